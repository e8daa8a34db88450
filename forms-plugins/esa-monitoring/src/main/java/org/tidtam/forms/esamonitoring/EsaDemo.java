package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.form.DemoText;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.PrefillRequest;
import org.tidtam.form.RecordCopy;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.thai.DemoNames;
import org.tidtam.thai.DemoNames.Person;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * The demo 12-month (or 6-month, its indicators in progress) report of a group (see {@link
 * org.tidtam.form.FormPlugin#demo}): the {@linkplain Drafts#prefill prefilled} draft, so that its
 * rows are the group's indicators linked to its projects with their budgets, each with a result:
 * the one the group's 7.2 reports state for the indicator, or an invented one that meets the target
 * four times out of five. A group without indicators reports its routine work. Invented contact and
 * signers; the first suggestion starts with {@link DemoText#NOTE}.
 */
final class EsaDemo {

  private static final String REASON =
      "ผลการดำเนินงานยังต่ำกว่าค่าเป้าหมาย เนื่องจากสถานศึกษาบางแห่งดำเนินกิจกรรมล่าช้ากว่าแผน";

  private static final List<String[]> PROBLEMS =
      List.of(
          new String[] {
            "บุคลากรของกลุ่มมีภารกิจเร่งด่วนซ้อนกันหลายด้าน การติดตามผลจึงไม่ต่อเนื่อง",
            "กำหนดปฏิทินการติดตามร่วมกับกลุ่มอื่นและใช้ระบบติดตามออนไลน์"
          },
          new String[] {
            "การเดินทางไปโรงเรียนบนเกาะใช้เวลาและงบประมาณสูง",
            "ใช้การนิเทศออนไลน์สลับกับการลงพื้นที่ และรวมการติดตามหลายโรงเรียนเป็นรอบเดียว"
          },
          new String[] {
            "สถานศึกษาส่งข้อมูลไม่ครบตามกำหนด ทำให้สรุปผลล่าช้า",
            "ดึงข้อมูลจากระบบกลางแทนการให้สถานศึกษารายงานซ้ำ"
          });

  private EsaDemo() {}

  static List<EsaMonitoring> of(
      EsaMonitoring sample, Filing filing, FormContext context, RandomGenerator random) {
    Catalog catalog = context.catalog();
    Optional<OrgGroup> found = catalog.group(filing.unitCode());
    boolean sixMonths = filing.round() == Round.ROUND_6M;
    if ((filing.round() != Round.ROUND_12M && !sixMonths) || found.isEmpty()) {
      return List.of();
    }
    OrgGroup group = found.get();
    EsaMonitoring draft =
        Drafts.prefill(
                new PrefillRequest(filing.fiscalYear(), filing.round(), filing.unitCode()), context)
            .orElseThrow();
    List<IndicatorFact> stated =
        context.indicatorResults(filing.fiscalYear(), filing.round(), group.code()).stream()
            .filter(f -> f.from(CrossChecks.PROJECT_REPORT) && f.result() != null)
            .toList();
    Person contact = DemoNames.person(random);
    Person director = DemoNames.person(random);
    List<IndicatorResult> rows = new ArrayList<>();
    boolean anyMissed = false;
    for (IndicatorResult row : draft.results()) {
      Indicator indicator = catalog.indicator(row.indicatorCode()).orElseThrow();
      IndicatorMeasure measure = measure(indicator, stated, random);
      if (sixMonths) {
        // at six months the indicators are still in progress
        measure =
            RecordCopy.of(measure).with("result", null).with("notAchievedReason", null).build();
      }
      anyMissed |= Boolean.FALSE.equals(measure.achieved());
      rows.add(
          RecordCopy.of(row)
              .with("owner", contact.fullName() + " " + position(random))
              .with("measure", measure)
              .with("routineWork", row.projectCodes().isEmpty())
              .with(
                  "narrative",
                  group.name().th()
                      + " ขับเคลื่อนตัวชี้วัดผ่าน"
                      + (row.projectCodes().isEmpty()
                          ? "การนิเทศ ติดตาม และงานตามภารกิจของกลุ่ม"
                          : "โครงการ " + String.join(", ", row.projectCodes()))
                      + (sixMonths
                          ? " อยู่ระหว่างดำเนินการ"
                          : " ผลการดำเนินงาน "
                              + measure.resultText()
                              + " "
                              + indicator.unit()
                              + (Boolean.FALSE.equals(measure.achieved())
                                  ? " ยังไม่บรรลุค่าเป้าหมาย"
                                  : " บรรลุค่าเป้าหมาย")))
              .with(
                  "evidenceUrls",
                  List.of(
                      "https://www.example.org/tidtam-demo/"
                          + indicator.code().toLowerCase(java.util.Locale.ROOT)))
              .build());
    }
    boolean noProblems = !anyMissed && random.nextInt(3) == 0;
    List<ProblemSolution> problems = new ArrayList<>();
    if (!noProblems) {
      String[] p = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
      problems.add(new ProblemSolution(p[0], p[1]));
    }
    boolean noBestPractice = random.nextBoolean();
    FiscalYear year = FiscalYear.ofBe(filing.fiscalYear());
    LocalDate asOf = filing.round().period(year).end();
    LocalDate today = LocalDate.now();
    if (asOf.isAfter(today)) {
      asOf = today;
    }
    LocalDate reported = filing.round().period(year).end().plusDays(random.nextInt(5, 12));
    return List.of(
        RecordCopy.of(sample)
            .with("fiscalYear", filing.fiscalYear())
            .with("round", filing.round())
            .with("reportingGroup", group.code())
            .with("contactName", contact.fullName())
            .with("contactPhone", DemoNames.phone(random))
            .with("contactEmail", null)
            .with("dataAsOf", asOf)
            .with("results", rows)
            .with(
                "routineWorkSummary",
                rows.isEmpty()
                    ? group.name().th()
                        + " ดำเนินงานตามภารกิจประจำครบถ้วนตามแผน ให้บริการและสนับสนุนสถานศึกษาในสังกัด"
                        + " ตามกรอบระยะเวลาที่กำหนด"
                    : null)
            .with("noBestPractice", noBestPractice)
            .with(
                "bestPractices",
                noBestPractice
                    ? List.of()
                    : List.of(
                        new BestPractice(
                            "การติดตามผลแบบมีส่วนร่วมผ่านเครือข่ายสถานศึกษา",
                            "จัดเครือข่ายสถานศึกษาทุกอำเภอ ใช้แบบติดตามออนไลน์ร่วมกัน และประชุมทบทวนผลทุกไตรมาส",
                            "สถานศึกษารายงานผลครบถ้วนและตรงเวลามากขึ้น ลดการรายงานซ้ำซ้อน",
                            List.of(),
                            group.name().th())))
            .with("noProblems", noProblems)
            .with("problems", problems)
            .with(
                "suggestions",
                List.of(
                    new Suggestion(
                        Addressee.ESA,
                        null,
                        DemoText.marked(
                            "ควรบูรณาการการติดตามผลของทุกกลุ่มให้เป็นระบบเดียวเพื่อลดภาระของสถานศึกษา"))))
            .with(
                "reporter",
                new Signature(contact.prefix(), contact.name(), position(random), reported))
            .with(
                "certifier",
                new Signature(
                    director.prefix(),
                    director.name(),
                    "ผู้อำนวยการ" + group.name().th(),
                    reported.plusDays(1)))
            .build());
  }

  private static String position(RandomGenerator random) {
    return random.nextBoolean() ? "ศึกษานิเทศก์ชำนาญการพิเศษ" : "นักวิเคราะห์นโยบายและแผนชำนาญการ";
  }

  /**
   * The result the group's project reports state for the indicator (the first of them), or else an
   * invented one.
   */
  private static IndicatorMeasure measure(
      Indicator indicator, List<IndicatorFact> stated, RandomGenerator random) {
    Optional<BigDecimal> fromProjects =
        stated.stream()
            .filter(f -> f.indicatorCode().equals(indicator.code()))
            .map(IndicatorFact::result)
            .filter(Objects::nonNull)
            .findFirst();
    if (fromProjects.isEmpty() || indicator.target() == null) {
      return IndicatorMeasure.demo(indicator, random.nextInt(100) < 80, REASON, random);
    }
    BigDecimal result = fromProjects.get();
    boolean achieved =
        Direction.orDefault(indicator.direction()).achieved(result, indicator.target());
    return new IndicatorMeasure(
        indicator.unit(),
        indicator.direction(),
        indicator.target(),
        indicator.targetNote(),
        result,
        null,
        null,
        null,
        null,
        achieved ? null : REASON);
  }
}
