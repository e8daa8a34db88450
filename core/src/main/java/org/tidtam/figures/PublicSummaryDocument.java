package org.tidtam.figures;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.report.PartWriter;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportChart;
import org.tidtam.report.ReportOptions;
import org.tidtam.report.ReportTable;
import org.tidtam.thai.ThaiNumbers;

/**
 * Prints a {@link PublicSummary} as a short Word document in the annual report's look (2 to 4
 * pages): the title with the office and the fiscal year, the key figures in a table, the year's
 * highlights, three charts and the schools' awards by level.
 */
public final class PublicSummaryDocument {

  /** The printed width of a chart: narrower than the report's, to keep the summary short. */
  static final double CHART_WIDTH_CM = 13;

  private static final Lang TH = Lang.TH;

  private PublicSummaryDocument() {}

  /** The summary as .docx bytes, in Thai, in the font and digits of the options. */
  public static byte[] render(PublicSummary summary, ReportOptions options) {
    List<String> title =
        List.of(
            Message.of("tidtam.summary.title").in(TH),
            summary.office().th(),
            Message.of("tidtam.summary.year", "year", String.valueOf(summary.fiscalYear())).in(TH));
    return new ReportAssembler(options).assembleBrief(title, out -> write(out, summary));
  }

  private static void write(PartWriter out, PublicSummary s) {
    out.heading(1, LocalizedText.of("ตัวเลขสำคัญ", "Key figures").in(TH));
    out.table(keyFigures(s));

    out.heading(1, LocalizedText.of("ผลการดำเนินงานที่สำคัญ", "Highlights").in(TH));
    if (s.highlights().isEmpty()) {
      out.paragraph(Message.of("tidtam.summary.none").in(TH));
    }
    int i = 1;
    for (LocalizedText highlight : s.highlights()) {
      out.paragraph(i++ + ". " + highlight.th());
    }

    if (s.indicators() > 0) {
      out.chart(chart(s.indicatorsChart(TH).getTitle().getText(), s.indicatorsChartPng(TH)));
    }
    if (!s.budgetByGroup().isEmpty()) {
      out.chart(chart(s.budgetChart(TH).getTitle().getText(), s.budgetChartPng(TH)));
    }
    if (!s.schoolsByDistrict().isEmpty()) {
      out.chart(chart(s.schoolsChart(TH).getTitle().getText(), s.schoolsChartPng(TH)));
    }

    if (!s.awardsByLevel().isEmpty()) {
      out.heading(1, LocalizedText.of("ผลงานและรางวัลของสถานศึกษา", "Schools' awards").in(TH));
      List<List<String>> rows = new ArrayList<>();
      for (PublicSummary.Count c : s.awardsByLevel()) {
        rows.add(List.of(c.label().th(), ThaiNumbers.integer(c.count())));
      }
      rows.add(List.of(FigureTables.TOTAL.th(), ThaiNumbers.integer(s.awards())));
      out.table(
          new ReportTable(
              LocalizedText.of(
                      "ผลงานและรางวัลของสถานศึกษา จำแนกตามระดับ", "Schools' awards by level")
                  .in(TH),
              List.of(
                  List.of(
                      LocalizedText.of("ระดับ", "Level").in(TH),
                      LocalizedText.of("จำนวนผลงาน/รางวัล", "Awards").in(TH))),
              rows,
              List.of(1)));
    }
  }

  /** The key figures: what, how many, and the percentage where there is one. */
  static ReportTable keyFigures(PublicSummary s) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            LocalizedText.of("สถานศึกษาในสังกัด (แห่ง)", "Schools").th(),
            ThaiNumbers.integer(s.schools()),
            "–"));
    rows.add(
        List.of(
            LocalizedText.of("นักเรียน (คน)", "Students").th(),
            s.students() == null ? "–" : ThaiNumbers.integer(s.students()),
            "–"));
    rows.add(
        List.of(
            LocalizedText.of("รายงานผลที่ส่งแล้ว (ฉบับ)", "Reports delivered").th(),
            of(s.reportsDelivered(), s.reportsExpected()),
            pct(s.reportsDeliveredPct())));
    rows.add(
        List.of(
            LocalizedText.of("ตัวชี้วัดที่บรรลุเป้าหมาย", "Indicators achieved").th(),
            of(s.indicatorsAchieved(), s.indicators()),
            pct(s.indicatorsAchievedPct())));
    rows.add(
        List.of(
            LocalizedText.of("งบประมาณที่ได้รับ (บาท)", "Budget allocated (baht)").th(),
            ThaiNumbers.decimal(s.allocated(), 2),
            "–"));
    rows.add(
        List.of(
            LocalizedText.of("ผลการเบิกจ่าย (บาท)", "Spent (baht)").th(),
            ThaiNumbers.decimal(s.spent(), 2),
            pct(s.spentPct())));
    rows.add(
        List.of(
            LocalizedText.of("โครงการที่รายงานผล (โครงการ)", "Projects reported").th(),
            ThaiNumbers.integer(s.projects()),
            "–"));
    rows.add(
        List.of(
            LocalizedText.of("ผลงานและรางวัลของสถานศึกษา (รายการ)", "Schools' awards").th(),
            ThaiNumbers.integer(s.awards()),
            "–"));
    return new ReportTable(
        LocalizedText.of("ตัวเลขสำคัญของปีงบประมาณ", "Key figures of the fiscal year").th(),
        List.of(
            List.of(
                LocalizedText.of("รายการ", "Item").th(),
                LocalizedText.of("จำนวน", "Number").th(),
                LocalizedText.of("ร้อยละ", "Percent").th())),
        rows,
        List.of(1, 2));
  }

  private static String of(int part, int whole) {
    return Message.of(
            "tidtam.summary.of",
            "part",
            ThaiNumbers.integer(part),
            "whole",
            ThaiNumbers.integer(whole))
        .in(TH);
  }

  private static String pct(@Nullable Object value) {
    return FigureTable.text(value, TH);
  }

  private static ReportChart chart(String caption, byte[] png) {
    return new ReportChart(caption, png, CHART_WIDTH_CM);
  }
}
