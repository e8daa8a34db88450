package org.tidtam.chart;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart as a PNG of an exact size, headless. Anti-aliasing of shapes and text is set
 * explicitly (on, with fractional metrics off), so an image does not depend on the machine's
 * defaults.
 */
public final class ChartImages {

  /** The size of the dashboard's charts, also right for a half page of the annual report. */
  public static final int WIDTH = 720;

  public static final int HEIGHT = 400;

  private ChartImages() {}

  /** The chart as PNG bytes, {@code width} × {@code height} pixels. */
  public static byte[] png(JFreeChart chart, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a chart needs a positive size: " + width + "x" + height);
    }
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart
        .getRenderingHints()
        .put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
    BufferedImage image =
        chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The chart as PNG bytes at the dashboard's size. */
  public static byte[] png(JFreeChart chart) {
    return png(chart, WIDTH, HEIGHT);
  }
}
