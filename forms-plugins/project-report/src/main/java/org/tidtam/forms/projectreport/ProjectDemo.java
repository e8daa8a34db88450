package org.tidtam.forms.projectreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.Project;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.DemoText;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.RecordCopy;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.form.monitoring.QualityLevel;
import org.tidtam.thai.DemoNames;
import org.tidtam.thai.DemoNames.Person;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * The demo 12-month (and 6-month) reports of a group's projects (see {@link
 * org.tidtam.form.FormPlugin#demo}): one per project of the catalog's action plan that the group
 * owns, with the project's name and budget, an office indicator of the group (or, for a group that
 * owns none, of the plan), PDCA activities within the fiscal year whose money adds up to the
 * budget, disbursement of 85–100 % with the rest returned, and invented owners and signers. The
 * suggestions start with {@link DemoText#NOTE}.
 */
final class ProjectDemo {

  private static final String[][] STEPS = {
    {"ประชุมชี้แจงแนวทางการดำเนินงานและแต่งตั้งคณะทำงาน", "PLAN"},
    {"จัดทำแผนการดำเนินงานและเครื่องมือติดตามผล", "PLAN"},
    {"ดำเนินกิจกรรมตามโครงการร่วมกับสถานศึกษาในสังกัด", "DO"},
    {"นิเทศ ติดตาม และประเมินผลการดำเนินงานของสถานศึกษา", "CHECK"},
    {"สรุปผล ถอดบทเรียน และรายงานผลการดำเนินงาน", "ACT"}
  };

  /** The share of the budget of each step, in per cent; they add up to 100. */
  private static final int[] SHARES = {8, 12, 50, 20, 10};

  private static final List<String[]> PROBLEMS =
      List.of(
          new String[] {
            "ช่วงเวลาดำเนินกิจกรรมตรงกับภารกิจอื่นของสถานศึกษา ทำให้ผู้เข้าร่วมไม่ครบตามเป้าหมาย",
            "ปรับตารางกิจกรรมและจัดกิจกรรมเสริมผ่านระบบออนไลน์"
          },
          new String[] {
            "โรงเรียนบนเกาะเดินทางลำบากในช่วงมรสุม การติดตามผลไม่ต่อเนื่อง",
            "ใช้การนิเทศทางไกลผ่านระบบประชุมออนไลน์ร่วมกับการลงพื้นที่นอกฤดูมรสุม"
          },
          new String[] {
            "ได้รับจัดสรรงบประมาณล่าช้า ทำให้เริ่มกิจกรรมช้ากว่าแผน",
            "เร่งรัดกิจกรรมในไตรมาสที่ 3 และ 4 และประสานกลุ่มการเงินเพื่อเบิกจ่ายให้ทันกำหนด"
          });

  private static final List<String> STRENGTHS =
      List.of(
          "มีเครือข่ายความร่วมมือครอบคลุมทุกอำเภอ และมีข้อมูลการดำเนินงานรายโรงเรียน",
          "ผู้บริหารให้ความสำคัญและติดตามผลอย่างต่อเนื่อง",
          "ใช้เทคโนโลยีดิจิทัลในการติดตามผล ลดภาระการรายงานของสถานศึกษา");

  private static final List<String> IMPROVEMENTS =
      List.of(
          "การติดตามผลหลังสิ้นสุดกิจกรรมในระยะยาว",
          "การเผยแพร่ผลการดำเนินงานที่ดีให้สถานศึกษาอื่นนำไปใช้",
          "การวางแผนใช้งบประมาณให้สอดคล้องกับปฏิทินของสถานศึกษา");

  private ProjectDemo() {}

  static List<ProjectReport> of(
      ProjectReport sample, Filing filing, FormContext context, RandomGenerator random) {
    Catalog catalog = context.catalog();
    boolean sixMonths = filing.round() == Round.ROUND_6M;
    if ((filing.round() != Round.ROUND_12M && !sixMonths)
        || catalog.group(filing.unitCode()).isEmpty()) {
      return List.of();
    }
    OrgGroup group = catalog.group(filing.unitCode()).orElseThrow();
    List<Indicator> owned =
        catalog.indicators().stream()
            .filter(i -> i.fiscalYear() == filing.fiscalYear())
            .filter(i -> group.code().equals(i.ownerGroup()))
            .toList();
    List<Indicator> all =
        catalog.indicators().stream().filter(i -> i.fiscalYear() == filing.fiscalYear()).toList();
    List<ProjectReport> out = new ArrayList<>();
    Map<String, IndicatorMeasure> measures = new HashMap<>();
    for (Project project : catalog.projectsOf(filing.fiscalYear())) {
      if (!group.code().equals(project.ownerGroup()) || all.isEmpty()) {
        continue;
      }
      List<Indicator> choices = owned.isEmpty() ? all : owned;
      Indicator indicator = choices.get(random.nextInt(choices.size()));
      // the group's projects that serve the same indicator report the same result for it
      IndicatorMeasure measure =
          measures.computeIfAbsent(
              indicator.code(),
              code ->
                  IndicatorMeasure.demo(
                      indicator,
                      random.nextInt(100) < 80,
                      "ผลการดำเนินงานยังต่ำกว่าค่าเป้าหมาย เนื่องจากสถานศึกษาบางแห่งเริ่มกิจกรรมล่าช้า",
                      random));
      ProjectReport report =
          report(sample, filing, catalog, group, project, indicator, measure, random);
      out.add(sixMonths ? sixMonths(report) : report);
    }
    return out;
  }

  private static ProjectReport report(
      ProjectReport sample,
      Filing filing,
      Catalog catalog,
      OrgGroup group,
      Project project,
      Indicator indicator,
      IndicatorMeasure measure,
      RandomGenerator random) {
    FiscalYear year = FiscalYear.ofBe(filing.fiscalYear());
    LocalDate start = year.start();
    String office = catalog.office().shortName().th();
    BigDecimal budget =
        project.budget() == null || project.budget().signum() <= 0
            ? new BigDecimal("50000.00")
            : project.budget().setScale(2, RoundingMode.HALF_UP);
    // 85 to 100 per cent disbursed, in whole hundreds of baht
    BigDecimal spent =
        budget
            .multiply(BigDecimal.valueOf(random.nextInt(85, 101)))
            .divide(BigDecimal.valueOf(10000), 0, RoundingMode.DOWN)
            .multiply(BigDecimal.valueOf(100))
            .setScale(2);
    BigDecimal spent6m =
        spent
            .multiply(BigDecimal.valueOf(random.nextInt(35, 61)))
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    BigDecimal remaining = budget.subtract(spent);
    boolean achieved = !Boolean.FALSE.equals(measure.achieved());
    List<ProblemSolution> problems =
        problems(random, achieved ? random.nextInt(0, 2) : 1 + random.nextInt(2));
    Person leader = DemoNames.person(random);
    Person coordinator = DemoNames.person(random);
    Person director = DemoNames.person(random);
    Person deputy = DemoNames.person(random);
    Person esaDirector = DemoNames.person(random);
    String indicatorTitle = indicator.title().th();
    LocalDate reported = year.end().plusDays(random.nextInt(3, 10));
    PolicyItem policy = pick(catalog, ReferenceKind.OBEC_POLICY, filing.fiscalYear(), random);
    PolicyItem focus = pick(catalog, ReferenceKind.OBEC_FOCUS, filing.fiscalYear(), random);
    PolicyItem national =
        pick(catalog, ReferenceKind.NATIONAL_STRATEGY, filing.fiscalYear(), random);
    int schools = Math.max(1, catalog.schools().size() * random.nextInt(40, 101) / 100);
    List<String> districts = new ArrayList<>(catalog.districts());
    while (districts.size() > 3 && random.nextInt(3) == 0) {
      districts.remove(random.nextInt(districts.size()));
    }
    String position = "ผู้อำนวยการ" + group.name().th();
    return RecordCopy.of(sample)
        .with("fiscalYear", filing.fiscalYear())
        .with("round", filing.round())
        .with("projectCode", project.code())
        .with("projectName", project.name())
        .with("projectType", random.nextBoolean() ? ProjectType.CONTINUING : ProjectType.NEW)
        .with("responsibleGroup", group.code())
        .with(
            "owners",
            List.of(
                new Owner(
                    leader.fullName(),
                    random.nextBoolean()
                        ? "ศึกษานิเทศก์ชำนาญการพิเศษ"
                        : "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                    "หัวหน้าโครงการ",
                    DemoNames.phone(random),
                    true),
                new Owner(
                    coordinator.fullName(),
                    "ศึกษานิเทศก์ชำนาญการ",
                    "ผู้ประสานงานโครงการ",
                    null,
                    false)))
        .with("nationalStrategy", national == null ? null : national.code())
        .with("obecPolicy", policy == null ? sample.obecPolicy() : policy.code())
        .with("obecFocus", focus == null ? List.of() : List.of(focus.code()))
        .with("esaStrategy", indicator.strategyCode())
        .with("esaIndicators", List.of(indicator.code()))
        .with(
            "rationale",
            project.name()
                + "ดำเนินการเพื่อขับเคลื่อนกลยุทธ์ของ"
                + office
                + " และยกระดับผลการดำเนินงานตามตัวชี้วัด "
                + indicatorTitle
                + " โดยบูรณาการความร่วมมือกับสถานศึกษาในสังกัดทุกอำเภอ ให้สอดคล้องกับนโยบายของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน")
        .with(
            "objectives",
            List.of(
                "เพื่อขับเคลื่อนการดำเนินงานตามตัวชี้วัด " + indicatorTitle,
                "เพื่อส่งเสริม สนับสนุน และติดตามการดำเนินงานของสถานศึกษาในสังกัด"))
        .with(
            "quantitativeTargets",
            List.of(
                new ProjectTarget(
                    "สถานศึกษาในสังกัดเข้าร่วมโครงการ", String.valueOf(schools), "โรงเรียน")))
        .with(
            "qualitativeTargets",
            List.of(
                new ProjectTarget(
                    indicatorTitle,
                    indicator.target() == null ? "ตามเป้าหมาย" : indicator.target().toPlainString(),
                    indicator.unit())))
        .with(
            "targetGroup",
            "ผู้บริหาร ครู และบุคลากรทางการศึกษาในสถานศึกษาสังกัด"
                + office
                + " จำนวน "
                + schools
                + " โรงเรียน")
        .with("districts", districts)
        .with("plannedStart", start.plusMonths(1))
        .with("plannedEnd", year.end().minusDays(15))
        .with("carryOver", false)
        .with("actualStart", start.plusMonths(1).plusDays(random.nextInt(0, 20)))
        .with("actualEnd", year.end().minusDays(random.nextInt(0, 12)))
        .with("activities", activities(start, budget, spent, leader, coordinator))
        .with(
            "indicatorResults",
            List.of(
                new IndicatorResult(
                    indicatorTitle, indicator.code(), IndicatorType.QUANTITATIVE, measure, null)))
        .with(
            "outputs",
            "สถานศึกษาในสังกัดเข้าร่วมโครงการ "
                + schools
                + " โรงเรียน ดำเนินกิจกรรมครบ "
                + STEPS.length
                + " กิจกรรม")
        .with(
            "outcomes",
            "ผลการดำเนินงานตามตัวชี้วัด "
                + indicatorTitle
                + " "
                + measure.resultText()
                + " "
                + indicator.unit()
                + (achieved ? " บรรลุค่าเป้าหมาย" : " ยังไม่บรรลุค่าเป้าหมาย"))
        .with(
            "successLevel",
            achieved
                ? (random.nextBoolean() ? QualityLevel.VERY_GOOD : QualityLevel.EXCELLENT)
                : QualityLevel.GOOD)
        .with("progressPercent", new BigDecimal("100"))
        .with("satisfactionMean", BigDecimal.valueOf(random.nextInt(380, 481), 2))
        .with(
            "fundingSources",
            List.of(
                new FundingRow(
                    FundingSource.GOVERNMENT_BUDGET, budget, budget, null, null, spent6m, spent)))
        .with("expenses", expenses(spent))
        .with("leftoverHandling", remaining.signum() > 0 ? LeftoverHandling.RETURNED : null)
        .with("leftoverAmount", remaining.signum() > 0 ? remaining : null)
        .with("leftoverNote", null)
        .with("problems", problems)
        .with(
            "suggestions",
            DemoText.marked(
                "ควรต่อยอดโครงการในปีงบประมาณถัดไปและขยายผลสู่สถานศึกษาที่ยังไม่เข้าร่วม"))
        .with("strengths", STRENGTHS.get(random.nextInt(STRENGTHS.size())))
        .with("improvements", IMPROVEMENTS.get(random.nextInt(IMPROVEMENTS.size())))
        .with("photos", List.of())
        .with(
            "evidenceLinks",
            List.of(
                "https://www.example.org/tidtam-demo/"
                    + project.code().toLowerCase(java.util.Locale.ROOT)))
        .with("reporter", new Signature(leader.prefix(), leader.name(), "หัวหน้าโครงการ", reported))
        .with(
            "groupDirector",
            new Signature(director.prefix(), director.name(), position, reported.plusDays(1)))
        .with(
            "deputyDirector",
            new Signature(
                deputy.prefix(),
                deputy.name(),
                "รองผู้อำนวยการ" + catalog.office().name().th(),
                reported.plusDays(2)))
        .with(
            "esaDirector",
            new Signature(
                esaDirector.prefix(),
                esaDirector.name(),
                "ผู้อำนวยการ" + catalog.office().name().th(),
                reported.plusDays(3)))
        .build();
  }

  /**
   * The report of the same project at six months: the planning steps done, the main activity under
   * way and the rest not started, the money disbursed by then (its share of the budget being the
   * progress), the indicator still in progress, no result, leftover or satisfaction yet, signed in
   * April.
   */
  private static ProjectReport sixMonths(ProjectReport twelve) {
    FiscalYear year = FiscalYear.ofBe(twelve.fiscalYear());
    FundingRow funding = twelve.fundingSources().getFirst();
    BigDecimal spent6m = funding.spent6m();
    List<Activity> activities = new ArrayList<>();
    BigDecimal done = BigDecimal.ZERO;
    for (int i = 0; i < twelve.activities().size(); i++) {
      Activity a = twelve.activities().get(i);
      if (i < 2) {
        activities.add(a);
        done = done.add(a.spent());
      } else if (i == 2) {
        activities.add(
            RecordCopy.of(a)
                .with("actualTo", null)
                .with("spent", spent6m.subtract(done))
                .with("status", OperationStatus.IN_PROGRESS)
                .with("result", "อยู่ระหว่างดำเนินการ")
                .build());
      } else {
        activities.add(
            RecordCopy.of(a)
                .with("actualFrom", null)
                .with("actualTo", null)
                .with("spent", null)
                .with("status", OperationStatus.NOT_STARTED)
                .with("result", null)
                .build());
      }
    }
    List<IndicatorResult> results =
        twelve.indicatorResults().stream()
            .map(
                r ->
                    RecordCopy.of(r)
                        .with(
                            "measure",
                            RecordCopy.of(r.measure())
                                .with("result", null)
                                .with("notAchievedReason", null)
                                .with("assessmentOverride", null)
                                .with("explanation", null)
                                .build())
                        .build())
            .toList();
    // no more random choices: the next project's are those of its 12-month report
    LocalDate reported = Round.ROUND_6M.period(year).end().plusDays(5);
    return RecordCopy.of(twelve)
        .with("round", Round.ROUND_6M)
        .with("actualEnd", null)
        .with("activities", activities)
        .with("indicatorResults", results)
        .with(
            "outputs",
            "ดำเนินกิจกรรมขั้นวางแผนแล้วเสร็จ และอยู่ระหว่างดำเนินกิจกรรมหลักกับสถานศึกษาในสังกัด")
        .with("outcomes", null)
        .with("successLevel", null)
        .with(
            "progressPercent",
            spent6m
                .multiply(BigDecimal.valueOf(100))
                .divide(funding.available(), 0, RoundingMode.HALF_UP))
        .with("satisfactionMean", null)
        .with("fundingSources", List.of(RecordCopy.of(funding).with("spent12m", null).build()))
        .with("expenses", expenses(spent6m))
        .with("leftoverHandling", null)
        .with("leftoverAmount", null)
        .with("reporter", signedOn(twelve.reporter(), reported))
        .with("groupDirector", signedOn(twelve.groupDirector(), reported.plusDays(1)))
        .with("deputyDirector", signedOn(twelve.deputyDirector(), reported.plusDays(2)))
        .with("esaDirector", signedOn(twelve.esaDirector(), reported.plusDays(3)))
        .build();
  }

  private static Signature signedOn(Signature signature, LocalDate day) {
    return signature == null ? null : RecordCopy.of(signature).with("date", day).build();
  }

  private static PolicyItem pick(
      Catalog catalog, ReferenceKind kind, int year, RandomGenerator random) {
    List<PolicyItem> items =
        catalog.policies().stream()
            .filter(p -> p.kind() == kind && p.fiscalYear() == year)
            .toList();
    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
  }

  private static List<ProblemSolution> problems(RandomGenerator random, int count) {
    List<String[]> pool = new ArrayList<>(PROBLEMS);
    List<ProblemSolution> out = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      String[] p = pool.remove(random.nextInt(pool.size()));
      out.add(new ProblemSolution(p[0], p[1]));
    }
    return out;
  }

  /** The five PDCA steps, a month or two each, sharing the budget and the money spent. */
  private static List<Activity> activities(
      LocalDate start, BigDecimal budget, BigDecimal spent, Person leader, Person coordinator) {
    List<Activity> out = new ArrayList<>();
    BigDecimal plannedLeft = budget;
    BigDecimal spentLeft = spent;
    int[][] months = {{1, 2}, {2, 3}, {3, 8}, {6, 10}, {10, 11}};
    for (int i = 0; i < STEPS.length; i++) {
      boolean last = i == STEPS.length - 1;
      BigDecimal planned = last ? plannedLeft : share(budget, SHARES[i]);
      BigDecimal used = last ? spentLeft : share(spent, SHARES[i]);
      plannedLeft = plannedLeft.subtract(planned);
      spentLeft = spentLeft.subtract(used);
      LocalDate from = start.plusMonths(months[i][0]);
      LocalDate to = start.plusMonths(months[i][1]).minusDays(1);
      out.add(
          new Activity(
              STEPS[i][0],
              PdcaPhase.valueOf(STEPS[i][1]),
              from,
              to,
              from.plusDays(3),
              to.minusDays(2),
              (i % 2 == 0 ? leader : coordinator).fullName(),
              planned,
              used,
              OperationStatus.COMPLETED,
              "ดำเนินการแล้วเสร็จตามแผน",
              null));
    }
    return out;
  }

  private static BigDecimal share(BigDecimal amount, int percent) {
    return amount
        .multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
  }

  /** Compensation, services and materials adding up to the money spent. */
  private static List<ExpenseItem> expenses(BigDecimal spent) {
    BigDecimal compensation = share(spent, 20);
    BigDecimal services = share(spent, 55);
    return List.of(
        new ExpenseItem(ExpenseCategory.COMPENSATION, compensation, "ค่าตอบแทนวิทยากร"),
        new ExpenseItem(ExpenseCategory.SERVICES, services, "ค่าอาหาร ค่าที่พัก ค่าพาหนะ"),
        new ExpenseItem(
            ExpenseCategory.MATERIALS,
            spent.subtract(compensation).subtract(services),
            "ค่าวัสดุและเอกสาร"));
  }
}
