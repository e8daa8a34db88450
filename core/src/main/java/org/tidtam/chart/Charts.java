package org.tidtam.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jspecify.annotations.Nullable;

/**
 * Bar, stacked bar and pie charts in the office's look: a Thai font throughout, flat colours on a
 * white ground, grouped numbers, values printed on the bars. Series are drawn in the order given
 * and coloured from {@link #PALETTE}.
 */
public final class Charts {

  /** Colours of the series, in order: blue, green, orange, grey, red, purple. */
  static final List<Color> PALETTE =
      List.of(
          new Color(0x1F77B4),
          new Color(0x2CA02C),
          new Color(0xFF7F0E),
          new Color(0x9E9E9E),
          new Color(0xD62728),
          new Color(0x9467BD));

  private Charts() {}

  /**
   * A bar chart: one group of bars per category, one bar per series.
   *
   * @param series each series' name and its value per category (null for none), in order
   * @param horizontal bars across the page, for long category names
   * @param stacked the series stacked into one bar per category
   * @param targets values marked across the chart with their labels
   */
  public static JFreeChart bar(
      String title,
      @Nullable String subtitle,
      List<String> categories,
      Map<String, List<@Nullable BigDecimal>> series,
      String valueAxis,
      boolean horizontal,
      boolean stacked,
      List<Target> targets) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach(
        (name, values) -> {
          for (int i = 0; i < categories.size(); i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            data.addValue(v, name, categories.get(i));
          }
        });
    PlotOrientation orientation =
        horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
    JFreeChart chart =
        stacked
            ? ChartFactory.createStackedBarChart(
                title, null, valueAxis, data, orientation, true, false, false)
            : ChartFactory.createBarChart(
                title, null, valueAxis, data, orientation, true, false, false);
    style(chart, subtitle);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setOutlineVisible(false);
    CategoryAxis domain = plot.getDomainAxis();
    domain.setTickLabelFont(ThaiFonts.font(Font.PLAIN, 11));
    domain.setMaximumCategoryLabelLines(3);
    domain.setCategoryMargin(0.15);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setTickLabelFont(ThaiFonts.font(Font.PLAIN, 11));
    range.setLabelFont(ThaiFonts.font(Font.PLAIN, 12));
    range.setNumberFormatOverride(grouped());
    range.setUpperMargin(0.12);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
    }
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", grouped()));
    renderer.setDefaultItemLabelFont(ThaiFonts.font(Font.PLAIN, 10));
    renderer.setDefaultItemLabelsVisible(true);
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      Color colour = t == 0 ? new Color(0xD62728) : new Color(0x8C564B);
      ValueMarker marker = new ValueMarker(target.value().doubleValue());
      marker.setPaint(colour);
      marker.setStroke(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      marker.setLabel(target.label());
      marker.setLabelFont(ThaiFonts.font(Font.PLAIN, 10));
      marker.setLabelPaint(colour);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      marker.setLabelAnchor(t == 0 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
      marker.setLabelTextAnchor(t == 0 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
      plot.addRangeMarker(marker);
      range.setAutoRangeIncludesZero(true);
      if (range.getUpperBound() < target.value().doubleValue() * 1.1) {
        range.setUpperBound(target.value().doubleValue() * 1.1);
      }
    }
    return chart;
  }

  /** A pie chart of parts with their share in percent; parts of zero are left out. */
  public static JFreeChart pie(
      String title, @Nullable String subtitle, Map<String, BigDecimal> parts) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    parts.forEach(
        (name, value) -> {
          if (value.signum() > 0) {
            data.setValue(name, value);
          }
        });
    JFreeChart chart = ChartFactory.createPieChart(title, data, true, false, false);
    style(chart, subtitle);
    @SuppressWarnings("unchecked")
    PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setShadowPaint(null);
    plot.setLabelFont(ThaiFonts.font(Font.PLAIN, 10));
    plot.setLabelGenerator(
        new StandardPieSectionLabelGenerator(
            "{2}",
            grouped(), new DecimalFormat("0.00%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    int i = 0;
    for (Object key : data.getKeys()) {
      plot.setSectionPaint((String) key, PALETTE.get(i++ % PALETTE.size()));
    }
    plot.setNoDataMessage("–");
    plot.setNoDataMessageFont(ThaiFonts.font(Font.PLAIN, 12));
    return chart;
  }

  /** Whole numbers only on the value axis of a bar chart (for counts). */
  public static JFreeChart wholeNumbers(JFreeChart chart) {
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return chart;
  }

  /** The series of a bar chart in these colours, in order. */
  public static JFreeChart colours(JFreeChart chart, Color... colours) {
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    for (int i = 0; i < colours.length; i++) {
      renderer.setSeriesPaint(i, colours[i]);
    }
    return chart;
  }

  private static void style(JFreeChart chart, @Nullable String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(ThaiFonts.font(Font.BOLD, 14));
    }
    if (subtitle != null) {
      chart.addSubtitle(new TextTitle(subtitle, ThaiFonts.font(Font.PLAIN, 11)));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(ThaiFonts.font(Font.PLAIN, 11));
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private static DecimalFormat grouped() {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** A value marked across a bar chart, e.g. a target. */
  public record Target(BigDecimal value, String label) {}
}
