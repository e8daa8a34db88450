package org.tidtam.forms.esamonitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Help;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.Section;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.NoneOrRows;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.form.monitoring.ReportDateAfterRound;
import org.tidtam.form.monitoring.ReportRound;
import org.tidtam.form.monitoring.RoundReport;
import org.tidtam.thai.DatePeriod;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.ThaiPhone;
import org.tidtam.validation.Warning;

/**
 * One submission of form 7.1: the 6- or 12-month report of one group of the office on the
 * indicators of the office's plan that the group owns. Section 3 (the group's projects) is not
 * stored here: it is computed from the group's form 7.2 reports when the document is made.
 */
@Label(
    th = "แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา",
    en = "Monitoring and report form of the educational service area office")
@DataAsOfInRound
@ResultsOrRoutineWork(groups = Complete.class)
@NoneOrRows(rows = "bestPractices", none = "noBestPractice", groups = Complete.class)
@NoneOrRows(rows = "problems", none = "noProblems", groups = Complete.class)
@TwelveMonthCompleteness(groups = Complete.class)
@ReportDateAfterRound(groups = Complete.class, payload = Warning.class)
public record EsaMonitoring(
    // ส่วนที่ 1 ข้อมูลทั่วไป
    @Section(number = "1", th = "ข้อมูลทั่วไป", en = "General information")
        @Label(th = "ปีงบประมาณ (พ.ศ.)", en = "Fiscal year (B.E.)")
        @Min(value = 2560, message = "{tidtam.fiscalYear.range}")
        @Max(value = 2600, message = "{tidtam.fiscalYear.range}")
        int fiscalYear,
    @Label(th = "รอบการรายงาน", en = "Reporting round")
        @NotNull(message = "{tidtam.required}")
        @ReportRound
        Round round,
    @Label(th = "กลุ่ม/หน่วยที่รายงาน", en = "Reporting group")
        @CatalogRef(ReferenceKind.ORG_GROUP)
        @NotBlank(message = "{tidtam.required}")
        String reportingGroup,
    @Label(th = "ผู้ประสานงาน", en = "Contact person")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String contactName,
    @Label(th = "โทรศัพท์", en = "Phone")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @ThaiPhone
        String contactPhone,
    @Label(th = "อีเมล", en = "E-mail") @Email @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String contactEmail,
    @Label(th = "ข้อมูล ณ วันที่", en = "Data as of")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PastOrPresent(groups = Complete.class, message = "{tidtam.form71.dataAsOf.future}")
        LocalDate dataAsOf,

    // ส่วนที่ 2 ผลการดำเนินงานตามนโยบาย/กลยุทธ์และตัวชี้วัด
    @Section(
            number = "2",
            th = "ผลการดำเนินงานตามนโยบาย/กลยุทธ์และตัวชี้วัด",
            en = "Results by policy, strategy and indicator")
        @Label(th = "ผลการดำเนินงานตามตัวชี้วัด", en = "Indicator results")
        List<@Valid IndicatorResult> results,
    @Label(
            th = "ผลการดำเนินงานตามภารกิจงานประจำของกลุ่ม",
            en = "Results of the group's routine work")
        @Help(
            th =
                "สำหรับกลุ่มที่ไม่มีตัวชี้วัดในแผน เช่น กลุ่มบริหารงานบุคคล กลุ่มกฎหมายและคดี"
                    + " หน่วยตรวจสอบภายใน",
            en = "For a group that owns no indicator of the plan, e.g. personnel, legal, audit")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String routineWorkSummary,

    // ส่วนที่ 3 is computed from form 7.2 (see EsaMonitoringDerived)

    // ส่วนที่ 4 ผลการดำเนินงานที่เป็นเลิศ / แนวปฏิบัติที่ดี
    @Section(
            number = "4",
            th = "ผลการดำเนินงานที่เป็นเลิศ/แนวปฏิบัติที่ดี",
            en = "Best practice and innovation")
        @Label(th = "ไม่มีผลการดำเนินงานที่เป็นเลิศ", en = "None")
        boolean noBestPractice,
    @Label(th = "ผลการดำเนินงานที่เป็นเลิศ/แนวปฏิบัติที่ดี", en = "Best practices")
        List<@Valid BestPractice> bestPractices,

    // ส่วนที่ 5 ปัญหา อุปสรรค และข้อเสนอแนะ
    @Section(number = "5", th = "ปัญหา อุปสรรค และข้อเสนอแนะ", en = "Problems and suggestions")
        @Label(th = "ไม่มีปัญหาอุปสรรค", en = "No problems")
        boolean noProblems,
    @Label(th = "ปัญหาอุปสรรคและแนวทางแก้ไข", en = "Problems and solutions")
        List<@Valid ProblemSolution> problems,
    @Label(th = "ข้อเสนอแนะ", en = "Suggestions") List<@Valid Suggestion> suggestions,

    // ส่วนที่ 6 การรับรองข้อมูล
    @Section(number = "6", th = "การรับรองข้อมูล", en = "Certification")
        @Label(th = "ผู้รายงาน", en = "Reporter")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        Signature reporter,
    @Label(th = "ผู้รับรอง (ผู้อำนวยการกลุ่ม)", en = "Certifier (group director)")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        Signature certifier)
    implements RoundReport {

  public EsaMonitoring {
    results = FormLists.rows(results);
    bestPractices = FormLists.rows(bestPractices);
    problems = FormLists.rows(problems);
    suggestions = FormLists.rows(suggestions);
  }

  /**
   * Whether the fiscal year is in the range the form accepts, so that its dates can be worked out.
   */
  boolean knownYear() {
    return fiscalYear >= 2560 && fiscalYear <= 2600;
  }

  /** The dates the round covers, or null without a known year and round. */
  @Nullable DatePeriod roundPeriod() {
    return round == null || !knownYear() ? null : round.period(FiscalYear.ofBe(fiscalYear));
  }

  @Computed
  @Label(th = "รอบ 6 เดือน", en = "6-month round")
  public boolean round6m() {
    return round == Round.ROUND_6M;
  }

  @Computed
  @Label(th = "รอบ 12 เดือน", en = "12-month round")
  public boolean round12m() {
    return round == Round.ROUND_12M;
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัด", en = "Number of indicators")
  public int indicatorCount() {
    return results.size();
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัดที่บรรลุเป้าหมาย", en = "Indicators achieved")
  public int achievedCount() {
    return count(Assessment.ACHIEVED);
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัดที่ไม่บรรลุเป้าหมาย", en = "Indicators not achieved")
  public int notAchievedCount() {
    return count(Assessment.NOT_ACHIEVED);
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัดที่อยู่ระหว่างดำเนินการ", en = "Indicators in progress")
  public int inProgressCount() {
    return count(Assessment.IN_PROGRESS);
  }

  private int count(Assessment assessment) {
    return (int) results.stream().filter(r -> r.assessment() == assessment).count();
  }
}
