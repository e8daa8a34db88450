package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.testforms.Priority;
import org.tidtam.testforms.Status;
import org.tidtam.testforms.Target;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestReport;
import org.tidtam.validation.Violation;

class SubmissionCodecTests {

  private final SubmissionCodec codec = SubmissionCodec.create();
  private final TestFormPlugin plugin = new TestFormPlugin();

  private TestReport sample() {
    return codec.toForm(plugin, codec.sample(plugin));
  }

  private String sampleData(String replace, String with) {
    String json = codec.write(codec.sample(plugin));
    assertThat(json).contains(replace);
    return json.replace(replace, with);
  }

  private List<Violation> violations(String json) {
    SubmissionFormatException e =
        catchThrowableOfType(
            SubmissionFormatException.class, () -> codec.toForm(plugin, codec.read(json)));
    assertThat(e).as("expected a format error").isNotNull();
    return e.violations();
  }

  @Test
  void readsTheSampleIntoTheRecord() {
    TestReport report = sample();
    assertThat(report.projectName()).isEqualTo("โครงการพัฒนาการอ่านออกเขียนได้");
    assertThat(report.fiscalYear()).isEqualTo(2569);
    assertThat(report.status()).isEqualTo(Status.DONE);
    assertThat(report.priority()).isEqualTo(Priority.HIGH);
    assertThat(report.startDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(report.budget()).isEqualTo(new BigDecimal("150000.50"));
    assertThat(report.targets()).containsExactlyInAnyOrder(Target.STUDENTS, Target.TEACHERS);
    assertThat(report.rows()).hasSize(2);
    assertThat(report.rows().get(1).amount()).isEqualTo(new BigDecimal("99500.25"));
    assertThat(report.summary()).contains("\n");
    assertThat(report.signature()).isNotNull();
    assertThat(report.signature().data()).startsWith(0x89, 'P', 'N', 'G');
    assertThat(report.reporter().name()).isEqualTo("นางสาวสมศรี ใจดี");
  }

  @Test
  void roundTripsARecordThroughItsJson() {
    TestReport report = sample();
    String json = codec.write(codec.toDocument(plugin, report));
    SubmissionDocument again = codec.read(json);
    assertThat(again.form()).isEqualTo(FormId.of("T.1"));
    assertThat(again.schemaVersion()).isEqualTo(1);
    assertThat(codec.toForm(plugin, again)).isEqualTo(report);
  }

  @Test
  void writesIsoDatesExactDecimalsEnumNamesAndThaiAsIs() {
    String json = codec.write(codec.toDocument(plugin, sample()));
    assertThat(json)
        .contains("\"startDate\" : \"2025-10-01\"")
        .contains("\"budget\" : 150000.50")
        .contains("\"status\" : \"DONE\"")
        .contains("โครงการพัฒนาการอ่านออกเขียนได้")
        .startsWith("{\n  \"form\" : \"T.1\"");
  }

  @Test
  void neverWritesComputedValues() {
    String json = codec.write(codec.toDocument(plugin, sample()));
    assertThat(json)
        .doesNotContain("totalSpent")
        .doesNotContain("disbursementPct")
        .doesNotContain("remaining")
        .doesNotContain("active");
  }

  @Test
  void listsEveryUnknownFieldWithItsPath() {
    String json =
        sampleData("\"projectName\"", "\"xyz\" : 1, \"projectName\"")
            .replace("\"name\" : \"อบรมครู\"", "\"name\" : \"อบรมครู\", \"note\" : \"x\"");
    assertThat(violations(json))
        .extracting(Violation::toString)
        .containsExactly("xyz: ไม่รู้จักช่อง \"xyz\"", "rows[0].note: ไม่รู้จักช่อง \"note\"");
  }

  @Test
  void readsMissingAndNullListsAsEmpty() {
    String json =
        sampleData("\"photos\" : [ ]", "\"photos\" : null")
            .replace("\"problems\" : [ \"งบประมาณล่าช้า\" ],", "");
    TestReport report = codec.toForm(plugin, codec.read(json));
    assertThat(report.photos()).isEmpty();
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void rejectsComputedValuesInTheInput() {
    String json = sampleData("\"projectName\"", "\"totalSpent\" : 5, \"projectName\"");
    assertThat(violations(json))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("totalSpent"))
        .satisfies(v -> assertThat(v.message()).contains("คำนวณอัตโนมัติ"));
  }

  @Test
  void reportsValuesOfTheWrongTypeAtTheirPaths() {
    String json =
        sampleData("\"amount\" : 99500.25", "\"amount\" : \"มาก\"")
            .replace("\"fiscalYear\" : 2569", "\"fiscalYear\" : 2569.5")
            .replace("\"startDate\" : \"2025-10-01\"", "\"startDate\" : \"1/10/2568\"")
            .replace("\"status\" : \"DONE\"", "\"status\" : \"FINISHED\"")
            .replace("\"centralBudget\" : false", "\"centralBudget\" : null")
            .replace("\"STUDENTS\"", "\"PARENTS\"");
    assertThat(violations(json))
        .extracting(Violation::toString)
        .containsExactly(
            "fiscalYear: ต้องเป็นจำนวนเต็ม",
            "status: ไม่มีตัวเลือก \"FINISHED\" (ตัวเลือกที่มี: DONE, IN_PROGRESS)",
            "startDate: ต้องเป็นวันที่รูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2026-09-30",
            "centralBudget: ต้องระบุ",
            "rows[1].amount: ต้องเป็นตัวเลข",
            "targets[0]: ไม่มีตัวเลือก \"PARENTS\" (ตัวเลือกที่มี: STUDENTS, TEACHERS)");
  }

  @Test
  void checksImagesAndNestedGroups() {
    String json =
        sampleData("\"mediaType\" : \"image/png\"", "\"mediaType\" : 5")
            .replace("\"position\" : ", "\"rank\" : ");
    assertThat(violations(json))
        .extracting(Violation::toString)
        .containsExactly(
            "reporter.rank: ไม่รู้จักช่อง \"rank\"",
            "signature.mediaType: ต้องระบุชนิดของรูป เช่น image/png หรือ image/jpeg");
  }

  @Test
  void rejectsASubmissionOfAnotherForm() {
    String json = sampleData("\"form\" : \"T.1\"", "\"form\" : \"7.2\"");
    assertThat(violations(json))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("form"))
        .satisfies(v -> assertThat(v.message()).contains("7.2").contains("T.1"));
  }

  @Test
  void rejectsNewerAndOlderSchemaVersionsWithDifferentReasons() {
    assertThat(violations(sampleData("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("ใหม่กว่า"));
    assertThat(violations(sampleData("\"schemaVersion\" : 1", "\"schemaVersion\" : 0")))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("เก่ากว่า"));
  }

  @Test
  void rejectsABrokenEnvelope() {
    SubmissionFormatException e =
        catchThrowableOfType(
            SubmissionFormatException.class,
            () -> codec.read("{\"form\": \"T.1\", \"data\": [], \"extra\": true}"));
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("extra", "schemaVersion", "data");
    assertThat(e.getMessage()).contains("schemaVersion").contains("the submission does not fit");
  }

  @Test
  void reportsInvalidJsonWithItsLine() {
    assertThatThrownBy(() -> codec.read("{\n\"form\": \"T.1\",,\n}"))
        .isInstanceOf(SubmissionFormatException.class)
        .hasMessageContaining("ไม่ใช่ JSON ที่ถูกต้อง บรรทัด 2");
  }

  @Test
  void readsTheSampleFromNextToThePluginClass() {
    assertThat(codec.sample(plugin).data().get("projectName").stringValue())
        .isEqualTo("โครงการพัฒนาการอ่านออกเขียนได้");
    FormPlugin<SchemaDeriverTests.Plain> none =
        TestPlugins.of("P.9", SchemaDeriverTests.Plain.class);
    assertThatThrownBy(() -> codec.sample(none)).hasMessageContaining("sample-P.9.json");
  }
}
