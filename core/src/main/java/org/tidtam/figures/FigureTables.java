package org.tidtam.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.figures.DashboardFigures.Achievement;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.figures.DashboardFigures.SchoolGroup;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.ThaiNumbers;

/** The dashboard's figures as tables, with their Thai and English titles and headers. */
public final class FigureTables {

  static final LocalizedText TOTAL = LocalizedText.of("รวม", "Total");
  static final LocalizedText ACHIEVED = LocalizedText.of("บรรลุเป้าหมาย", "Achieved");
  static final LocalizedText NOT_ACHIEVED = LocalizedText.of("ไม่บรรลุเป้าหมาย", "Not achieved");
  static final LocalizedText NOT_REPORTED = LocalizedText.of("ยังไม่รายงาน", "Not reported");

  private FigureTables() {}

  private static List<@Nullable Object> row(@Nullable Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** A form's name, e.g. แบบ 7.1. */
  public static LocalizedText form(String formId) {
    return message("tidtam.figures.form", "form", formId);
  }

  public static FigureTable completeness(DashboardFigures f) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (FormCompleteness c : f.completeness()) {
      rows.add(completenessRow(form(c.formId()), c));
    }
    return new FigureTable(
        "completeness",
        LocalizedText.of(
            "ความครบถ้วนและความทันเวลาของการรายงาน", "Completeness and timeliness of the reports"),
        List.of(
            LocalizedText.of("แบบรายงาน", "Form"),
            LocalizedText.of("ต้องส่ง", "Expected"),
            LocalizedText.of("ส่งแล้ว", "Submitted"),
            LocalizedText.of("ร้อยละความครบถ้วน", "Complete (%)"),
            LocalizedText.of("ส่งทันเวลา", "On time"),
            LocalizedText.of("ร้อยละความทันเวลา", "On time (%)"),
            LocalizedText.of("ส่งล่าช้า", "Late"),
            LocalizedText.of("ยังไม่ส่ง", "Missing")),
        rows,
        completenessRow(TOTAL, f.totalCompleteness()));
  }

  private static List<@Nullable Object> completenessRow(Object label, FormCompleteness c) {
    return row(
        label,
        c.expected(),
        c.submitted(),
        c.completenessPct(),
        c.onTime(),
        c.timelinessPct(),
        c.late(),
        c.missing());
  }

  public static FigureTable strategies(DashboardFigures f) {
    return achievements(
        "strategies",
        LocalizedText.of(
            "ผลการดำเนินงานตามตัวชี้วัด จำแนกตามกลยุทธ์", "Indicators achieved by strategy"),
        LocalizedText.of("กลยุทธ์", "Strategy"),
        f.strategies(),
        true);
  }

  public static FigureTable policies(DashboardFigures f) {
    return achievements(
        "policies",
        LocalizedText.of(
            "ผลการดำเนินงานตามตัวชี้วัด จำแนกตามนโยบาย สพฐ. (ผ่านโครงการที่สอดคล้อง)",
            "Indicators achieved by OBEC policy (through the projects that serve them)"),
        LocalizedText.of("นโยบาย สพฐ.", "OBEC policy"),
        f.policies(),
        false);
  }

  private static FigureTable achievements(
      String id, LocalizedText title, LocalizedText first, List<Achievement> lines, boolean total) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Achievement a : lines) {
      rows.add(
          row(
              a.title(),
              a.indicators(),
              a.reported(),
              a.achieved(),
              a.notAchieved(),
              a.achievedPct()));
    }
    List<@Nullable Object> totals = null;
    if (total) {
      int y = lines.stream().mapToInt(Achievement::indicators).sum();
      int reported = lines.stream().mapToInt(Achievement::reported).sum();
      int x = lines.stream().mapToInt(Achievement::achieved).sum();
      totals = row(TOTAL, y, reported, x, reported - x, DashboardFigures.pct(x, y));
    }
    return new FigureTable(
        id,
        title,
        List.of(
            first,
            LocalizedText.of("ตัวชี้วัดทั้งหมด", "Indicators"),
            LocalizedText.of("รายงานผลแล้ว", "Reported"),
            LocalizedText.of("บรรลุเป้าหมาย", "Achieved"),
            LocalizedText.of("ไม่บรรลุเป้าหมาย", "Not achieved"),
            LocalizedText.of("ร้อยละที่บรรลุ", "Achieved (%)")),
        rows,
        totals);
  }

  public static FigureTable indicators(DashboardFigures f) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (IndicatorLine i : f.indicators()) {
      rows.add(
          row(
              i.indicator().code(),
              i.indicator().title(),
              i.indicator().unit(),
              i.targetText(),
              i.result(),
              i.achieved() == null ? NOT_REPORTED : i.achieved() ? ACHIEVED : NOT_ACHIEVED,
              i.source() == null ? null : form(i.source())));
    }
    return new FigureTable(
        "indicators",
        LocalizedText.of(
            "ผลการดำเนินงานตามตัวชี้วัดเทียบค่าเป้าหมาย", "Indicator results against targets"),
        List.of(
            LocalizedText.of("รหัส", "Code"),
            LocalizedText.of("ตัวชี้วัด", "Indicator"),
            LocalizedText.of("หน่วยนับ", "Unit"),
            LocalizedText.of("ค่าเป้าหมาย", "Target"),
            LocalizedText.of("ผลการดำเนินงาน", "Result"),
            LocalizedText.of("การบรรลุเป้าหมาย", "Achievement"),
            LocalizedText.of("ที่มา", "Source")),
        rows,
        null);
  }

  public static FigureTable groups(DashboardFigures f) {
    return budgets(
        "budget-groups",
        LocalizedText.of(
            "งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม",
            "Budget allocated and spent by group"),
        LocalizedText.of("กลุ่ม/หน่วย", "Group"),
        f.groups());
  }

  public static FigureTable sources(DashboardFigures f) {
    return budgets(
        "budget-sources",
        LocalizedText.of(
            "งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามแหล่งงบประมาณ",
            "Budget allocated and spent by funding source"),
        LocalizedText.of("แหล่งงบประมาณ", "Funding source"),
        f.sources());
  }

  private static FigureTable budgets(
      String id, LocalizedText title, LocalizedText first, List<Budget> budgets) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Budget b : budgets) {
      rows.add(budgetRow(b.title(), b));
    }
    BigDecimal allocated = Amounts.sum(budgets, Budget::allocated);
    BigDecimal spent = Amounts.sum(budgets, Budget::spent);
    return new FigureTable(
        id,
        title,
        List.of(
            first,
            LocalizedText.of("จำนวนโครงการ", "Projects"),
            LocalizedText.of("งบประมาณที่ได้รับ (บาท)", "Allocated (baht)"),
            LocalizedText.of("ผลการเบิกจ่าย (บาท)", "Spent (baht)"),
            LocalizedText.of("คงเหลือ (บาท)", "Remaining (baht)"),
            LocalizedText.of("ร้อยละการเบิกจ่าย", "Disbursed (%)")),
        rows,
        id.equals("budget-groups")
            ? budgetRow(
                TOTAL,
                new Budget(
                    "", TOTAL, budgets.stream().mapToInt(Budget::projects).sum(), allocated, spent))
            : row(
                TOTAL,
                null,
                allocated,
                spent,
                allocated.subtract(spent),
                Amounts.percent(spent, allocated)));
  }

  private static List<@Nullable Object> budgetRow(Object label, Budget b) {
    return row(label, b.projects(), b.allocated(), b.spent(), b.remaining(), b.disbursedPct());
  }

  public static FigureTable districts(DashboardFigures f) {
    return schools(
        "schools-districts",
        LocalizedText.of("ผลการดำเนินงานของสถานศึกษา จำแนกตามอำเภอ", "Schools by district"),
        LocalizedText.of("อำเภอ", "District"),
        f.districts(),
        f.targets());
  }

  public static FigureTable sizes(DashboardFigures f) {
    return schools(
        "schools-sizes",
        LocalizedText.of("ผลการดำเนินงานของสถานศึกษา จำแนกตามขนาด", "Schools by size"),
        LocalizedText.of("ขนาดสถานศึกษา", "Size"),
        f.sizes(),
        f.targets());
  }

  private static FigureTable schools(
      String id,
      LocalizedText title,
      LocalizedText first,
      List<SchoolGroup> groups,
      QualityTargets targets) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (SchoolGroup g : groups) {
      rows.add(
          row(
              g.title(),
              g.schools(),
              g.reported(),
              g.rtMean(),
              g.rtAtTarget(),
              g.ntMean(),
              g.ntAtTarget(),
              g.awards()));
    }
    List<@Nullable Object> totals =
        row(
            TOTAL,
            groups.stream().mapToInt(SchoolGroup::schools).sum(),
            groups.stream().mapToInt(SchoolGroup::reported).sum(),
            null,
            groups.stream().mapToInt(SchoolGroup::rtAtTarget).sum(),
            null,
            groups.stream().mapToInt(SchoolGroup::ntAtTarget).sum(),
            groups.stream().mapToInt(SchoolGroup::awards).sum());
    return new FigureTable(
        id,
        title,
        List.of(
            first,
            LocalizedText.of("จำนวนโรงเรียน", "Schools"),
            LocalizedText.of("รายงานแล้ว", "Reported"),
            LocalizedText.of("RT ป.1 เฉลี่ย (ร้อยละ)", "RT grade 1, mean (%)"),
            atTarget("RT", targets.rt()),
            LocalizedText.of("NT ป.3 เฉลี่ย (ร้อยละ)", "NT grade 3, mean (%)"),
            atTarget("NT", targets.nt()),
            LocalizedText.of("ผลงาน/รางวัล", "Awards")),
        rows,
        totals);
  }

  private static LocalizedText atTarget(String test, @Nullable BigDecimal target) {
    String value = target == null ? "–" : ThaiNumbers.decimal(target, 2);
    return message("tidtam.figures.atTarget", "test", test, "target", value);
  }

  /** A message of the bundles in both languages, for a title or header that carries values. */
  static LocalizedText message(String key, Object... namesAndValues) {
    Message message = Message.of(key, namesAndValues);
    return LocalizedText.of(message.in(Lang.TH), message.in(Lang.EN));
  }
}
