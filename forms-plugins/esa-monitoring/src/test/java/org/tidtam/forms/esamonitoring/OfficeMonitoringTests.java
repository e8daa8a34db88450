package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.esamonitoring.Forms71.sample;
import static org.tidtam.forms.esamonitoring.Forms71.submit;
import static org.tidtam.testkit.Records.with;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

/** The office's own 7.1 combined from hand-built reports of three groups. */
class OfficeMonitoringTests {

  static final String DIRECTOR = "นายสมศักดิ์  ใจงาม";

  /** The demo catalog, whose office names its director. */
  static Catalog catalog() {
    Catalog demo = Catalog.demoCatalog();
    Office o = demo.office();
    return with(
        demo, "office", new Office(o.code(), o.name(), o.shortName(), o.province(), DIRECTOR));
  }

  /** The sample: กลุ่มนิเทศฯ, indicators 2.1, 2.2 (not achieved) and 2.3, one best practice. */
  static EsaMonitoring supervision() {
    return sample();
  }

  /** กลุ่มส่งเสริมฯ: indicators 3.1, 1.1 and 2.1 (also reported by กลุ่มนิเทศฯ), in that order. */
  static EsaMonitoring promotion() {
    IndicatorResult first = sample().results().getFirst();
    IndicatorResult r31 =
        with(
            with(with(first, "indicatorCode", "KBI-2569-3.1"), "strategy", "KBS-2569-3"),
            "indicator",
            "ร้อยละของสถานศึกษาที่จัดการเรียนรู้เชิงรุก");
    IndicatorResult r11 =
        with(
            with(with(first, "indicatorCode", "KBI-2569-1.1"), "strategy", "KBS-2569-1"),
            "owner",
            null);
    IndicatorResult r21 = with(first, "narrative", "กลุ่มส่งเสริมฯ ติดตามการอ่านของนักเรียน ป.1");
    EsaMonitoring f = with(sample(), "reportingGroup", "PROMO");
    f = with(f, "results", List.of(r31, r11, r21));
    f = with(f, "noBestPractice", true);
    f = with(f, "bestPractices", List.of());
    f =
        with(
            f,
            "problems",
            List.of(new ProblemSolution("สถานศึกษาขาดครูประจำชั้นปฐมวัย", "จ้างครูอัตราจ้าง")));
    f =
        with(
            f,
            "suggestions",
            List.of(
                new Suggestion(
                    Addressee.OTHER,
                    "องค์การบริหารส่วนจังหวัดกระบี่",
                    "สนับสนุนรถรับส่งนักเรียน")));
    return with(f, "dataAsOf", LocalDate.of(2026, 9, 28));
  }

  /** กลุ่มนโยบายและแผน, which consolidates: routine work only, nothing else to say. */
  static EsaMonitoring planning() {
    EsaMonitoring f = with(sample(), "reportingGroup", "PLAN");
    f = with(f, "results", List.of());
    f =
        with(
            f, "routineWorkSummary", "จัดทำแผนปฏิบัติการประจำปีและติดตามผลการดำเนินงานของทุกกลุ่ม");
    f = with(f, "noBestPractice", true);
    f = with(f, "bestPractices", List.of());
    f = with(f, "noProblems", true);
    f = with(f, "problems", List.of());
    f = with(f, "suggestions", List.of());
    f = with(f, "contactName", "นายวิทยา  แผนดี");
    f = with(f, "contactPhone", "075-611-234");
    f = with(f, "dataAsOf", LocalDate.of(2026, 9, 25));
    return with(
        f,
        "reporter",
        new Signature(
            "นาย", "วิทยา  แผนดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ", LocalDate.of(2026, 10, 9)));
  }

  static EsaMonitoring combined(List<EsaMonitoring> reports) {
    return OfficeMonitoring.combine(reports, 2569, Round.ROUND_12M, catalog()).orElseThrow();
  }

  static final EsaMonitoring OFFICE = combined(List.of(supervision(), promotion(), planning()));

  @Test
  void theOfficeIsTheReportingUnitOfTheYearAndRound() {
    assertThat(OFFICE.reportingGroup()).isEqualTo("กบ");
    assertThat(OFFICE.fiscalYear()).isEqualTo(2569);
    assertThat(OFFICE.round()).isEqualTo(Round.ROUND_12M);
    assertThat(OFFICE.dataAsOf()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(OfficeMonitoring.isOffice(catalog(), OFFICE.reportingGroup())).isTrue();
    assertThat(OfficeMonitoring.isOffice(catalog(), "PLAN")).isFalse();
  }

  @Test
  void everyGroupsRowsComeByStrategyAndIndicatorAndADuplicateIndicatorKeepsBothRows() {
    assertThat(OFFICE.results())
        .extracting(IndicatorResult::indicatorCode)
        .containsExactly(
            "KBI-2569-1.1",
            "KBI-2569-2.1",
            "KBI-2569-2.1",
            "KBI-2569-2.2",
            "KBI-2569-2.3",
            "KBI-2569-3.1");
    // the two rows of 2.1 in the catalog's order of the groups, each naming its group
    assertThat(OFFICE.results().get(1).narrative())
        .isEqualTo("กลุ่มส่งเสริมฯ ติดตามการอ่านของนักเรียน ป.1");
    assertThat(OFFICE.results().get(1).owner())
        .isEqualTo("นางพิมพ์ชนก  ศรีสุข ศึกษานิเทศก์ชำนาญการพิเศษ (กลุ่มส่งเสริมการจัดการศึกษา)");
    assertThat(OFFICE.results().get(2).owner())
        .isEqualTo(
            "นางพิมพ์ชนก  ศรีสุข ศึกษานิเทศก์ชำนาญการพิเศษ"
                + " (กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา)");
    assertThat(OFFICE.results().getFirst().owner()).isEqualTo("กลุ่มส่งเสริมการจัดการศึกษา");
  }

  @Test
  void theTotalsCountEveryRowOfEveryGroup() {
    assertThat(OFFICE.indicatorCount()).isEqualTo(6);
    assertThat(OFFICE.achievedCount())
        .isEqualTo(supervision().achievedCount() + promotion().achievedCount())
        .isEqualTo(5);
    assertThat(OFFICE.notAchievedCount()).isEqualTo(1);
    assertThat(OFFICE.results().get(3).assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(OFFICE.inProgressCount()).isZero();
  }

  @Test
  void bestPracticesProblemsSuggestionsAndRoutineWorkAreGatheredInTheGroupsOrder() {
    assertThat(OFFICE.bestPractices()).hasSize(1);
    assertThat(OFFICE.noBestPractice()).isFalse();
    assertThat(OFFICE.bestPractices().getFirst().owner())
        .endsWith("(กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา)");
    assertThat(OFFICE.bestPractices().getFirst().photos()).hasSize(2);
    // PROMO comes before SUPERVISION in the catalog
    assertThat(OFFICE.problems())
        .extracting(ProblemSolution::problem)
        .containsExactly(
            "สถานศึกษาขาดครูประจำชั้นปฐมวัย",
            supervision().problems().get(0).problem(),
            supervision().problems().get(1).problem());
    assertThat(OFFICE.noProblems()).isFalse();
    assertThat(OFFICE.suggestions())
        .extracting(Suggestion::addresseeText)
        .containsExactly("องค์การบริหารส่วนจังหวัดกระบี่", "สพฐ.", "สพป.");
    assertThat(OFFICE.routineWorkSummary())
        .isEqualTo(
            "กลุ่มนโยบายและแผน: จัดทำแผนปฏิบัติการประจำปีและติดตามผลการดำเนินงานของทุกกลุ่ม");
  }

  @Test
  void thePlanningGroupReportsAndTheDirectorCertifies() {
    assertThat(OFFICE.reporter()).isEqualTo(planning().reporter());
    assertThat(OFFICE.contactName()).isEqualTo("นายวิทยา  แผนดี");
    assertThat(OFFICE.certifier().name()).isEqualTo(DIRECTOR);
    assertThat(OFFICE.certifier().position())
        .isEqualTo("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
  }

  @Test
  void theCombinedReportPassesTheChecksOfSubmitting() {
    assertThat(submit(OFFICE)).isEmpty();
  }

  @Test
  void withoutTheDirectorsNameTheCertifierIsLeftForTheOfficeToFillIn() {
    EsaMonitoring office =
        OfficeMonitoring.combine(List.of(planning()), 2569, Round.ROUND_12M, Catalog.demoCatalog())
            .orElseThrow();

    assertThat(office.certifier().name()).isEmpty();
    assertThat(submit(office))
        .extracting(Violation.Shown::path, Violation.Shown::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("certifier.name", Severity.ERROR));
  }

  @Test
  void withoutAGroupReportThePlanningGroupDoesNotReportTheFirstGroupDoes() {
    EsaMonitoring office = combined(List.of(supervision(), promotion()));

    assertThat(office.reporter()).isEqualTo(promotion().reporter());
    assertThat(office.routineWorkSummary()).isNull();
  }

  @Test
  void reportsOfAnotherYearOrRoundOrOfTheOfficeItselfAreLeftOut() {
    EsaMonitoring sixMonths = with(promotion(), "round", Round.ROUND_6M);
    EsaMonitoring lastYear = with(planning(), "fiscalYear", 2568);

    assertThat(combined(List.of(supervision(), sixMonths, lastYear, OFFICE)).results())
        .extracting(IndicatorResult::indicatorCode)
        .containsExactly("KBI-2569-2.1", "KBI-2569-2.2", "KBI-2569-2.3");
    assertThat(OfficeMonitoring.combine(List.of(sixMonths), 2569, Round.ROUND_12M, catalog()))
        .isEmpty();
    assertThat(OfficeMonitoring.combine(List.of(), 2569, Round.ROUND_12M, catalog())).isEmpty();
  }

  @Test
  void longRoutineWorkIsShortenedToFitTheForm() {
    String longText = "ก".repeat(3000);
    EsaMonitoring legal =
        with(with(planning(), "reportingGroup", "LEGAL"), "routineWorkSummary", longText);
    EsaMonitoring audit =
        with(with(planning(), "reportingGroup", "AUDIT"), "routineWorkSummary", longText);

    EsaMonitoring office = combined(List.of(legal, audit));

    assertThat(office.routineWorkSummary()).hasSizeLessThanOrEqualTo(4000).contains("…\n");
    assertThat(office.routineWorkSummary().split("\n")).hasSize(2);
    assertThat(submit(office)).isEmpty();
  }

  @Test
  void codesOrderAsNumbersAreRead() {
    assertThat(
            List.of("KBI-2569-2.10", "KBI-2569-2.9", "KBI-2569-10.1", "KBI-2569-2.1").stream()
                .sorted(OfficeMonitoring.CodeOrder.INSTANCE)
                .toList())
        .containsExactly("KBI-2569-2.1", "KBI-2569-2.9", "KBI-2569-2.10", "KBI-2569-10.1");
  }

  @Test
  void thePluginsOfficeFormIsOfTheLatestRoundOfTheScopesYear() {
    ReportScope scope =
        new ReportScope(2569, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่", sources(catalog()));
    EsaMonitoring sixMonths = with(promotion(), "round", Round.ROUND_6M);

    EsaMonitoring office =
        Forms71.PLUGIN.officeForm(List.of(sixMonths, supervision()), scope).orElseThrow();

    assertThat(office.round()).isEqualTo(Round.ROUND_12M);
    assertThat(office.indicatorCount()).isEqualTo(3);
    assertThat(Forms71.PLUGIN.officeForm(List.of(sixMonths), scope).orElseThrow().round())
        .isEqualTo(Round.ROUND_6M);
    assertThat(
            Forms71.PLUGIN.officeForm(
                List.of(supervision()),
                new ReportScope(2570, scope.officeName(), sources(catalog()))))
        .isEmpty();
  }

  /** Sources with a catalog and nothing else. */
  static ReportSources sources(Catalog catalog) {
    return new ReportSources() {
      @Override
      public Catalog catalog() {
        return catalog;
      }

      @Override
      public <F extends Record> List<F> forms(Class<F> type) {
        return List.of();
      }

      @Override
      public byte[] render(Record form) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
