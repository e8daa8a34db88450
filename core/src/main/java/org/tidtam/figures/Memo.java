package org.tidtam.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.figures.DashboardFigures.MissingUnit;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.ThaiDates;
import org.tidtam.thai.ThaiNumbers;

/**
 * The memo to the director (บันทึกข้อความเสนอผู้บริหาร) summarising a round in the Thai government
 * memo form (DOMAIN §8): the head (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน), the paragraphs with the
 * completeness of the reports, the indicators achieved and the budget disbursed, the issues that
 * need a decision (the units that have not reported and the indicators below target), the proposals
 * and the signer's position. The template {@code memo-director.docx} lays it out; every sentence is
 * made here, so the template holds no arithmetic.
 *
 * @param reference the memo's number (ที่), left as a dotted line for the registry to fill
 * @param date the memo's date, printed in the Buddhist era
 * @param issues the issues, each a sentence; empty when there is none
 */
public record Memo(
    String agency,
    String reference,
    LocalDate date,
    String subject,
    String addressee,
    String opening,
    String completeness,
    String indicators,
    String budget,
    List<String> issues,
    List<String> proposals,
    String closing,
    String signerPosition) {

  /** Units or indicators named in one issue at most; the rest are counted. */
  static final int NAMED = 5;

  public Memo {
    Objects.requireNonNull(date, "date");
    issues = List.copyOf(issues);
    proposals = List.copyOf(proposals);
  }

  /** Whether there is an issue to decide on. */
  public boolean hasIssues() {
    return !issues.isEmpty();
  }

  /**
   * The memo of a round's figures, written by the policy and planning group, dated {@code date}.
   */
  public static Memo of(DashboardFigures f, Catalog catalog, LocalDate date) {
    Office office = catalog.office();
    String officeName = office.name().th();
    int year = f.filter().fiscalYear();
    String round = f.filter().round().label().th();
    String scope = scope(f, catalog);

    FormCompleteness total = f.totalCompleteness();
    List<String> perForm = new ArrayList<>();
    for (FormCompleteness c : f.completeness()) {
      perForm.add(
          FigureTables.form(c.formId()).th()
              + " รายงานแล้ว "
              + n(c.submitted())
              + " จาก "
              + n(c.expected())
              + " ฉบับ");
    }
    String completeness =
        "1. การรายงานผล หน่วยที่ต้องรายงานทั้งสิ้น "
            + n(total.expected())
            + " ฉบับ รายงานแล้ว "
            + n(total.submitted())
            + " ฉบับ คิดเป็นร้อยละ "
            + pct(total.completenessPct())
            + " ส่งทันตามกำหนด "
            + n(total.onTime())
            + " ฉบับ คิดเป็นร้อยละ "
            + pct(total.timelinessPct())
            + " และยังไม่ส่ง "
            + n(total.missing())
            + " ฉบับ"
            + (perForm.isEmpty() ? "" : " (" + String.join(" ", perForm) + ")");

    int all = f.indicators().size();
    int achieved = f.indicatorsAchieved();
    int notAchieved = f.indicatorsNotAchieved().size();
    String indicators =
        "2. ผลการดำเนินงานตามตัวชี้วัด บรรลุเป้าหมาย "
            + n(achieved)
            + " จาก "
            + n(all)
            + " ตัวชี้วัด คิดเป็นร้อยละ "
            + pct(DashboardFigures.pct(achieved, all))
            + " ไม่บรรลุเป้าหมาย "
            + n(notAchieved)
            + " ตัวชี้วัด และยังไม่รายงานผล "
            + n(all - achieved - notAchieved)
            + " ตัวชี้วัด";

    Budget budget = f.totalBudget();
    String money =
        "3. การใช้จ่ายงบประมาณ โครงการที่รายงานผล "
            + n(budget.projects())
            + " โครงการ ได้รับงบประมาณรวม "
            + baht(budget.allocated())
            + " บาท เบิกจ่ายแล้ว "
            + baht(budget.spent())
            + " บาท คิดเป็นร้อยละ "
            + pct(budget.disbursedPct())
            + " คงเหลือ "
            + baht(budget.remaining())
            + " บาท";

    List<String> issues = new ArrayList<>();
    List<String> proposals = new ArrayList<>();
    if (!f.missing().isEmpty()) {
      issues.add(
          "หน่วยที่ยังไม่ส่งรายงาน "
              + n(f.missing().size())
              + " ฉบับ ได้แก่ "
              + named(
                  f.missing().stream().map(MissingUnit::unit).map(u -> u.th()).toList(),
                  f.missing().stream().map(m -> FigureTables.form(m.formId()).th()).toList()));
      proposals.add("เห็นควรมอบกลุ่มนโยบายและแผนเร่งรัดหน่วยที่ยังไม่ส่งรายงานให้ส่งภายใน 7 วัน");
    }
    if (notAchieved > 0) {
      List<IndicatorLine> below = f.indicatorsNotAchieved();
      issues.add(
          "ตัวชี้วัดที่ไม่บรรลุเป้าหมาย "
              + n(notAchieved)
              + " ตัวชี้วัด ได้แก่ "
              + named(
                  below.stream().map(i -> i.indicator().title().th()).toList(),
                  below.stream()
                      .map(
                          i ->
                              "เป้าหมาย "
                                  + Objects.requireNonNullElse(i.targetText(), "–")
                                  + " ผล "
                                  + FigureTable.text(i.result(), Lang.TH))
                      .toList()));
      proposals.add(
          "เห็นควรให้กลุ่มที่รับผิดชอบตัวชี้วัดที่ไม่บรรลุเป้าหมายวิเคราะห์สาเหตุและเสนอแนวทาง"
              + "แก้ไขในรอบการรายงานถัดไป");
    }
    proposals.add("เห็นควรแจ้งผลการติดตามให้กลุ่ม/หน่วยและสถานศึกษาในสังกัดทราบ");

    String opening =
        "ตามที่ "
            + officeName
            + " ได้จัดทำแผนกำกับ ติดตาม และเร่งรัดการรายงานผลการดำเนินงานตามนโยบายและกลยุทธ์"
            + " ประจำปีงบประมาณ พ.ศ. "
            + year
            + " โดยให้กลุ่ม/หน่วย โครงการ และสถานศึกษาในสังกัดรายงานผลการดำเนินงาน "
            + round
            + " นั้น กลุ่มนโยบายและแผนได้รวบรวมและสรุปผลการดำเนินงาน"
            + scope
            + " ณ วันที่ "
            + ThaiDates.longDate(date)
            + " ดังนี้";
    return new Memo(
        "กลุ่มนโยบายและแผน " + officeName,
        "................................",
        date,
        "รายงานผลการติดตามการดำเนินงานตามนโยบายและกลยุทธ์ ประจำปีงบประมาณ พ.ศ. "
            + year
            + " "
            + round,
        "ผู้อำนวยการ" + officeName,
        opening,
        completeness,
        indicators,
        money,
        issues,
        proposals,
        "จึงเรียนมาเพื่อโปรดทราบและพิจารณา",
        "ผู้อำนวยการกลุ่มนโยบายและแผน");
  }

  /** " (อำเภอ…, กลุ่ม…)" when the figures are of one district or group; empty otherwise. */
  private static String scope(DashboardFigures f, Catalog catalog) {
    List<String> parts = new ArrayList<>();
    if (f.filter().district() != null) {
      parts.add("อำเภอ" + f.filter().district());
    }
    if (f.filter().groupCode() != null) {
      parts.add(
          catalog
              .group(f.filter().groupCode())
              .map(g -> g.name().th())
              .orElse(f.filter().groupCode()));
    }
    return parts.isEmpty() ? "" : " เฉพาะ" + String.join(" ", parts);
  }

  /** "ก (x) ข (y) และอีก n รายการ": the first few names with their note. */
  private static String named(List<String> names, List<String> notes) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < names.size() && i < NAMED; i++) {
      shown.add(names.get(i) + " (" + notes.get(i) + ")");
    }
    String more = names.size() > NAMED ? " และอีก " + n(names.size() - NAMED) + " รายการ" : "";
    return String.join(" ", shown) + more;
  }

  private static String n(int value) {
    return ThaiNumbers.integer(value);
  }

  private static String pct(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
    return FigureTable.text(value, Lang.TH);
  }

  private static String baht(java.math.BigDecimal value) {
    return ThaiNumbers.decimal(value, 2);
  }
}
