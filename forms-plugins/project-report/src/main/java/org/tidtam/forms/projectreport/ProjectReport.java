package org.tidtam.forms.projectreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import org.tidtam.form.monitoring.Photo;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.form.monitoring.QualityLevel;
import org.tidtam.form.monitoring.ReportDateAfterRound;
import org.tidtam.form.monitoring.ReportRound;
import org.tidtam.form.monitoring.RoundReport;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * One submission of form 7.2: the 6- or 12-month performance report of one project of the office's
 * annual action plan, from the project's plan (section 1) through results, budget, problems and
 * attachments to the signatures (section 6).
 */
@Label(
    th = "แบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ",
    en = "Annual project performance report")
@OwnersHaveOneLeader(groups = Complete.class)
@ReportDates(groups = Complete.class)
@TwelveMonthCompleteness(groups = Complete.class)
@TargetsGiven(groups = Complete.class)
@BudgetBreakdownsMatch(groups = Complete.class, payload = Warning.class)
@ReportDateAfterRound(groups = Complete.class, payload = Warning.class)
public record ProjectReport(
    // ส่วนที่ 1 ข้อมูลโครงการ
    @Section(number = "1", th = "ข้อมูลโครงการ", en = "Project information")
        @Label(th = "ปีงบประมาณ (พ.ศ.)", en = "Fiscal year (B.E.)")
        @Min(value = 2560, message = "{tidtam.fiscalYear.range}")
        @Max(value = 2600, message = "{tidtam.fiscalYear.range}")
        int fiscalYear,
    @Label(th = "รอบการรายงาน", en = "Reporting round")
        @NotNull(message = "{tidtam.required}")
        @ReportRound
        Round round,
    @Label(th = "รหัสโครงการ", en = "Project code") @Size(max = 64, message = "{tidtam.tooLong}")
        @Nullable String projectCode,
    @Label(th = "ชื่อโครงการ", en = "Project name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String projectName,
    @Label(th = "ลักษณะโครงการ", en = "Project type")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        ProjectType projectType,
    @Label(th = "กลุ่ม/หน่วยที่รับผิดชอบ", en = "Responsible group")
        @CatalogRef(ReferenceKind.ORG_GROUP)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String responsibleGroup,
    @Label(th = "ผู้รับผิดชอบโครงการ", en = "Project owners")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.owners.required}")
        List<@Valid Owner> owners,
    @Label(th = "ความสอดคล้องกับยุทธศาสตร์ชาติ", en = "National strategy")
        @CatalogRef(ReferenceKind.NATIONAL_STRATEGY)
        @Nullable String nationalStrategy,
    @Label(th = "ความสอดคล้องกับนโยบาย สพฐ. (หลัก)", en = "OBEC policy (primary)")
        @CatalogRef(ReferenceKind.OBEC_POLICY)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String obecPolicy,
    @Label(th = "จุดเน้นและนโยบายเร่งด่วน (Quick Win)", en = "OBEC focus and Quick Win")
        @CatalogRef(ReferenceKind.OBEC_FOCUS)
        List<String> obecFocus,
    @Label(th = "กลยุทธ์ สพป.", en = "Office strategy")
        @CatalogRef(ReferenceKind.ESA_STRATEGY)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String esaStrategy,
    @Label(th = "ตัวชี้วัด สพป.", en = "Office indicators")
        @CatalogRef(ReferenceKind.ESA_INDICATOR)
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.esaIndicators.required}")
        List<String> esaIndicators,
    @Label(th = "หลักการและเหตุผล", en = "Rationale")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Meaningful(groups = Complete.class)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        String rationale,
    @Label(th = "วัตถุประสงค์", en = "Objectives")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.objectives.required}")
        List<
                @NotBlank(groups = Complete.class, message = "{tidtam.required}")
                @Size(max = 1000, message = "{tidtam.tooLong}") String>
            objectives,
    @Label(th = "เป้าหมายเชิงปริมาณ", en = "Quantitative targets")
        List<@Valid ProjectTarget> quantitativeTargets,
    @Label(th = "เป้าหมายเชิงคุณภาพ", en = "Qualitative targets")
        List<@Valid ProjectTarget> qualitativeTargets,
    @Label(th = "กลุ่มเป้าหมาย", en = "Target group")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String targetGroup,
    @Label(th = "พื้นที่ดำเนินการ (อำเภอ)", en = "Districts") @CatalogRef(ReferenceKind.DISTRICT)
        List<String> districts,
    @Label(th = "ระยะเวลาตามแผน (เริ่ม)", en = "Planned start")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        LocalDate plannedStart,
    @Label(th = "ระยะเวลาตามแผน (สิ้นสุด)", en = "Planned end")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        LocalDate plannedEnd,
    @Label(th = "กันเงินไว้เบิกเหลื่อมปี", en = "Carried over into the next fiscal year")
        boolean carryOver,

    // ส่วนที่ 2 ผลการดำเนินงาน
    @Section(number = "2", th = "ผลการดำเนินงาน", en = "Results")
        @Label(th = "ระยะเวลาดำเนินการจริง (เริ่ม)", en = "Actual start")
        @Nullable LocalDate actualStart,
    @Label(th = "ระยะเวลาดำเนินการจริง (สิ้นสุด)", en = "Actual end") @Nullable LocalDate actualEnd,
    @Label(th = "กิจกรรมและผลการดำเนินงาน", en = "Activities")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.activities.required}")
        List<@Valid Activity> activities,
    @Label(th = "ผลการดำเนินงานตามตัวชี้วัด", en = "Indicator results")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.indicatorResults.required}")
        List<@Valid IndicatorResult> indicatorResults,
    @Label(th = "ผลผลิต (Output)", en = "Outputs")
        @Kind(FieldType.LONG_TEXT)
        @Meaningful(groups = Complete.class)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String outputs,
    @Label(th = "ผลลัพธ์/ผลกระทบ (Outcome)", en = "Outcomes and impact")
        @Kind(FieldType.LONG_TEXT)
        @Meaningful(groups = Complete.class)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String outcomes,
    @Label(th = "ระดับความสำเร็จของโครงการ", en = "Success level")
        @Nullable QualityLevel successLevel,
    @Label(th = "ความก้าวหน้าของโครงการ (ร้อยละ)", en = "Progress (%)")
        @Kind(FieldType.PERCENT)
        @DecimalMin(value = "0", message = "{tidtam.percent.range}")
        @DecimalMax(value = "100", message = "{tidtam.percent.range}")
        @Nullable BigDecimal progressPercent,
    @Label(th = "ความพึงพอใจของผู้เข้าร่วม (ค่าเฉลี่ย)", en = "Participant satisfaction (mean)")
        @DecimalMin(value = "1", message = "{tidtam.form72.satisfaction.range}")
        @DecimalMax(value = "5", message = "{tidtam.form72.satisfaction.range}")
        @Nullable BigDecimal satisfactionMean,

    // ส่วนที่ 3 งบประมาณ
    @Section(number = "3", th = "งบประมาณ", en = "Budget")
        @Label(th = "แหล่งงบประมาณ", en = "Funding sources")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form72.fundingSources.required}")
        List<@Valid FundingRow> fundingSources,
    @Label(th = "ค่าใช้จ่ายจำแนกตามหมวด", en = "Spending by category")
        List<@Valid ExpenseItem> expenses,
    @Label(th = "การดำเนินการกับเงินคงเหลือ", en = "Handling of money left over")
        @Nullable LeftoverHandling leftoverHandling,
    @Label(th = "จำนวนเงินคงเหลือที่ดำเนินการ (บาท)", en = "Amount handled (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal leftoverAmount,
    @Label(th = "รายละเอียดการดำเนินการกับเงินคงเหลือ", en = "Details of the handling")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        @Nullable String leftoverNote,

    // ส่วนที่ 4 ปัญหา อุปสรรค และข้อเสนอแนะ
    @Section(number = "4", th = "ปัญหา อุปสรรค และข้อเสนอแนะ", en = "Problems and suggestions")
        @Label(th = "ปัญหา/อุปสรรค และแนวทางแก้ไข", en = "Problems and solutions")
        List<@Valid ProblemSolution> problems,
    @Label(th = "ข้อเสนอแนะ", en = "Suggestions")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String suggestions,
    @Label(th = "จุดเด่นของโครงการ", en = "Strengths")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String strengths,
    @Label(th = "จุดที่ควรพัฒนา", en = "Points to improve")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String improvements,

    // ส่วนที่ 5 ภาคผนวก / หลักฐาน
    @Section(number = "5", th = "ภาคผนวก/หลักฐาน", en = "Attachments and evidence")
        @Label(th = "ภาพกิจกรรม", en = "Photos")
        @Size(max = 6, message = "{tidtam.photos.tooMany}")
        List<@Valid Photo> photos,
    @Label(th = "ลิงก์เอกสารหลักฐาน", en = "Evidence links")
        List<
                @NotBlank(groups = Complete.class, message = "{tidtam.required}")
                @Size(max = 1000, message = "{tidtam.tooLong}") String>
            evidenceLinks,
    @Label(th = "การเผยแพร่", en = "Dissemination") List<DisseminationChannel> dissemination,

    // ส่วนที่ 6 ผู้รายงาน / ผู้เสนอ / ผู้ให้ความเห็นชอบ
    @Section(number = "6", th = "ผู้รายงาน ผู้เสนอ และผู้ให้ความเห็นชอบ", en = "Sign-off")
        @Label(th = "ผู้รายงาน", en = "Reporter")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        Signature reporter,
    @Label(th = "ผู้อำนวยการกลุ่ม", en = "Group director")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        Signature groupDirector,
    @Label(th = "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", en = "Deputy director") @Valid
        @Nullable Signature deputyDirector,
    @Label(
            th = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา (ทราบ/เห็นชอบ)",
            en = "Office director (acknowledged / endorsed)")
        @Help(
            th = "ไม่บังคับ: ลงนามเมื่อผู้อำนวยการ สพป. รับทราบหรือเห็นชอบรายงาน",
            en = "Optional: signed when the office director acknowledges or endorses the report")
        @Valid
        @Nullable Signature esaDirector)
    implements RoundReport {

  public ProjectReport {
    owners = FormLists.rows(owners);
    obecFocus = FormLists.rows(obecFocus);
    esaIndicators = FormLists.rows(esaIndicators);
    objectives = FormLists.texts(objectives);
    quantitativeTargets = FormLists.rows(quantitativeTargets);
    qualitativeTargets = FormLists.rows(qualitativeTargets);
    districts = FormLists.rows(districts);
    activities = FormLists.rows(activities);
    indicatorResults = FormLists.rows(indicatorResults);
    fundingSources = FormLists.rows(fundingSources);
    expenses = FormLists.rows(expenses);
    problems = FormLists.rows(problems);
    photos = FormLists.rows(photos);
    evidenceLinks = FormLists.texts(evidenceLinks);
    dissemination = FormLists.rows(dissemination);
  }

  /** The owner marked as project leader, or the first owner when none is. */
  @Computed
  @Label(th = "หัวหน้าโครงการ", en = "Project leader")
  public @Nullable Owner leader() {
    return owners.stream()
        .filter(Owner::leader)
        .findFirst()
        .orElse(owners.isEmpty() ? null : owners.getFirst());
  }

  @Computed
  @Label(th = "งบประมาณตามแผนรวม (บาท)", en = "Total planned (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalPlanned() {
    return Amounts.sum(fundingSources, FundingRow::planned);
  }

  @Computed
  @Label(th = "งบประมาณที่ได้รับจัดสรรรวม (บาท)", en = "Total allocated (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalAllocated() {
    return Amounts.sum(fundingSources, FundingRow::allocated);
  }

  @Computed
  @Label(th = "ได้รับเพิ่ม/โอนเข้ารวม (บาท)", en = "Total additional allocation (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalAdditional() {
    return Amounts.sum(fundingSources, FundingRow::additionalAllocation);
  }

  @Computed
  @Label(th = "งบประมาณที่ได้รับรวมทั้งสิ้น (บาท)", en = "Total available (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalAvailable() {
    return Amounts.sum(fundingSources, FundingRow::available);
  }

  @Computed
  @Label(th = "ผลการเบิกจ่าย 6 เดือนรวม (บาท)", en = "Total disbursed at 6 months (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalSpent6m() {
    return Amounts.sum(fundingSources, FundingRow::spent6m);
  }

  @Computed
  @Label(th = "ผลการเบิกจ่าย 12 เดือนรวม (บาท)", en = "Total disbursed at 12 months (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalSpent12m() {
    return Amounts.sum(fundingSources, FundingRow::spent12m);
  }

  @Computed
  @Label(th = "ผลการเบิกจ่ายสะสมรวม (บาท)", en = "Total disbursed to date (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalSpent() {
    return Amounts.sum(fundingSources, FundingRow::spent);
  }

  @Computed
  @Label(th = "งบประมาณคงเหลือรวม (บาท)", en = "Total remaining (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal totalRemaining() {
    return Amounts.sum(fundingSources, FundingRow::remaining);
  }

  /**
   * The money left over from the sources that must be returned or carried over (government budget,
   * subsidies, other agencies' funds); what is left of the office's own non-budget money stays.
   */
  @Computed
  @Label(
      th = "เงินคงเหลือที่ต้องส่งคืนหรือกันไว้เบิกเหลื่อมปี (บาท)",
      en = "Leftover to return or carry over (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal remainingToHandle() {
    return Amounts.sum(
        fundingSources.stream()
            .filter(f -> f.source() != null && f.source().leftoverHandled())
            .toList(),
        FundingRow::remaining);
  }

  /** Whether money is left over (total remaining above 0), so its handling is to be told. */
  @Computed
  @Label(th = "มีเงินคงเหลือ", en = "Money left over")
  public boolean hasRemaining() {
    return totalRemaining().signum() > 0;
  }

  /** Total spent as a percentage of the total available; null ("–") when nothing was allocated. */
  @Computed
  @Label(th = "ร้อยละการเบิกจ่ายรวม", en = "Total disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal totalDisbursementPct() {
    return Amounts.percent(totalSpent(), totalAvailable());
  }

  @Computed
  @Label(th = "ปริมาณการใช้เงินเทียบกับแผน", en = "Spending against the plan")
  public @Nullable SpendingVsPlan spendingVsPlan() {
    if (fundingSources.isEmpty()) {
      return null;
    }
    int c = totalSpent().compareTo(totalPlanned().signum() > 0 ? totalPlanned() : totalAllocated());
    return c == 0
        ? SpendingVsPlan.AS_PLANNED
        : c < 0 ? SpendingVsPlan.BELOW_PLAN : SpendingVsPlan.ABOVE_PLAN;
  }

  @Computed
  @Label(th = "งบประมาณตามแผนของกิจกรรมรวม (บาท)", en = "Activities' planned budget (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal activitiesPlannedTotal() {
    return Amounts.sum(activities, Activity::plannedBudget);
  }

  @Computed
  @Label(th = "ค่าใช้จ่ายจริงของกิจกรรมรวม (บาท)", en = "Activities' actual cost (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal activitiesSpentTotal() {
    return Amounts.sum(activities, Activity::spent);
  }

  @Computed
  @Label(th = "ค่าใช้จ่ายตามหมวดรวม (บาท)", en = "Spending by category, total (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal expensesTotal() {
    return Amounts.sum(expenses, ExpenseItem::amount);
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัดที่บรรลุเป้าหมาย", en = "Indicators achieved")
  public int indicatorsAchieved() {
    return (int) indicatorResults.stream().filter(r -> Boolean.TRUE.equals(r.achieved())).count();
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัดที่ไม่บรรลุเป้าหมาย", en = "Indicators not achieved")
  public int notAchievedCount() {
    return (int) indicatorResults.stream().filter(r -> Boolean.FALSE.equals(r.achieved())).count();
  }

  @Computed
  @Label(th = "จำนวนตัวชี้วัด", en = "Number of indicators")
  public int indicatorCount() {
    return indicatorResults.size();
  }

  @Computed
  @Label(th = "สถานะการดำเนินงานโครงการ", en = "Project status")
  public OperationStatus projectStatus() {
    List<OperationStatus> statuses = activities.stream().map(Activity::status).toList();
    if (statuses.isEmpty() || statuses.stream().allMatch(s -> s == OperationStatus.NOT_STARTED)) {
      return OperationStatus.NOT_STARTED;
    }
    if (statuses.stream().allMatch(s -> s == OperationStatus.CANCELLED)) {
      return OperationStatus.CANCELLED;
    }
    boolean allDone =
        statuses.stream()
            .allMatch(s -> s == OperationStatus.COMPLETED || s == OperationStatus.CANCELLED);
    return allDone ? OperationStatus.COMPLETED : OperationStatus.IN_PROGRESS;
  }

  @Computed
  @Label(th = "ผลการประเมินโครงการ", en = "Project assessment")
  public Assessment projectAssessment() {
    if (indicatorResults.isEmpty()
        || indicatorResults.stream().anyMatch(r -> r.achieved() == null)) {
      return Assessment.IN_PROGRESS;
    }
    return notAchievedCount() == 0 ? Assessment.ACHIEVED : Assessment.NOT_ACHIEVED;
  }

  /** The dates the round covers, e.g. {@code 1 ต.ค. 2568 – 30 ก.ย. 2569}; empty without a round. */
  @Computed
  @Label(th = "ช่วงเวลาของรอบการรายงาน", en = "Period of the round")
  public String reportingPeriod() {
    if (round == null || !FiscalPeriods.known(fiscalYear)) {
      return "";
    }
    return round.period(FiscalYear.ofBe(fiscalYear)).text();
  }

  @Computed
  @Label(th = "ระดับความพึงพอใจ", en = "Satisfaction level")
  public @Nullable SatisfactionLevel satisfactionLevel() {
    return satisfactionMean == null ? null : SatisfactionLevel.of(satisfactionMean);
  }
}
