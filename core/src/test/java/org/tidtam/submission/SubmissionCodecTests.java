package org.tidtam.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.schema.SchemaDeriverTests;
import org.tidtam.testforms.Priority;
import org.tidtam.testforms.Status;
import org.tidtam.testforms.Target;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
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
    assertThat(again.schemaVersion()).isEqualTo(2);
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
        .satisfies(
            v -> assertThat(v.text(Lang.TH) + " " + v.text(Lang.EN)).contains("คำนวณอัตโนมัติ"));
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
  void aDocumentMadeInMemoryReadsBackWithItsImages() {
    TestReport report = sample();

    TestReport again = codec.toForm(plugin, codec.toDocument(plugin, report));

    assertThat(again).isEqualTo(report);
    assertThat(again.signature()).isNotNull();
    assertThat(again.signature().data()).isEqualTo(report.signature().data());
  }

  @Test
  void aDraftMayLeaveOutATickBoxWhichThenReadsAsNotTicked() {
    String json = sampleData("\"centralBudget\" : false,", "");

    assertThat(codec.toForm(plugin, codec.read(json)).centralBudget()).isFalse();
  }

  @Test
  void anExplicitNullForATickBoxIsReportedAtTheField() {
    assertThat(violations(sampleData("\"centralBudget\" : false", "\"centralBudget\" : null")))
        .extracting(Violation::toString)
        .containsExactly("centralBudget: ต้องระบุ");
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() {
    String json = "\uFEFF" + codec.write(codec.sample(plugin));

    assertThat(codec.toForm(plugin, codec.read(json))).isEqualTo(sample());
  }

  @Test
  void refusesImagesWordCannotShow() {
    String gif = java.util.Base64.getEncoder().encodeToString("GIF89a-not-for-word".getBytes());
    String json =
        sampleData(
            "\"data\" : \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"",
            "\"data\" : \"" + gif + "\"");

    assertThat(violations(json))
        .extracting(Violation::toString)
        .contains("signature.data: รองรับเฉพาะรูป PNG หรือ JPEG");
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
        .satisfies(
            v ->
                assertThat(v.text(Lang.TH) + " " + v.text(Lang.EN))
                    .contains("7.2")
                    .contains("T.1"));
  }

  @Test
  void rejectsANewerSchemaVersion() {
    assertThat(violations(sampleData("\"schemaVersion\" : 2", "\"schemaVersion\" : 3")))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("schemaVersion"))
        .satisfies(
            v ->
                assertThat(v.text(Lang.TH) + " " + v.text(Lang.EN))
                    .contains("ใหม่กว่า")
                    .contains("newer"));
  }

  @Test
  void migratesAnOlderSubmissionToTheCurrentRecord() {
    SubmissionDocument v1 = version1();
    assertThat(v1.schemaVersion()).isEqualTo(1);
    TestReport report = codec.toForm(plugin, v1);
    assertThat(report).isEqualTo(sample());
    assertThat(report.group()).isEqualTo("GRP-ACAD");
    assertThat(report.reporter().position()).isEqualTo("ศึกษานิเทศก์ชำนาญการพิเศษ");
  }

  @Test
  void migratesACopyAndLeavesTheDocumentAsItIs() {
    SubmissionDocument v1 = version1();
    String before = codec.write(v1);
    codec.toForm(plugin, v1);
    assertThat(codec.write(v1)).isEqualTo(before).contains("groupCode").doesNotContain("\"group\"");
  }

  @Test
  void upgradesAnOlderDocumentForStoring() {
    SubmissionDocument upgraded = codec.upgrade(plugin, version1());
    assertThat(upgraded.form()).isEqualTo(FormId.of("T.1"));
    assertThat(upgraded.schemaVersion()).isEqualTo(2);
    assertThat(upgraded.data()).isEqualTo(codec.sample(plugin).data());
    assertThat(codec.write(upgraded)).doesNotContain("groupCode").doesNotContain("reporterName");
  }

  @Test
  void upgradeKeepsACurrentDocument() {
    SubmissionDocument current = codec.sample(plugin);
    assertThat(codec.upgrade(plugin, current)).isSameAs(current);
  }

  @Test
  void upgradeRejectsDataThatDoesNotFitAfterMigrating() {
    String json = codec.write(version1()).replace("\"reporterName\"", "\"reporterTitle\"");
    assertThatThrownBy(() -> codec.upgrade(plugin, codec.read(json)))
        .isInstanceOf(SubmissionFormatException.class)
        .hasMessageContaining("reporterTitle: unknown field");
  }

  @Test
  void namesTheMissingStepOfABrokenChain() {
    FormPlugin<TestReport> version3 = withMigrations(3, plugin.migrations());
    SubmissionFormatException e =
        catchThrowableOfType(
            SubmissionFormatException.class, () -> codec.toForm(version3, version1()));
    assertThat(e.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("schemaVersion"))
        .satisfies(
            v ->
                assertThat(v.text(Lang.TH) + " " + v.text(Lang.EN))
                    .contains("ข้อมูลรุ่น 1 เก่ากว่ารุ่นปัจจุบัน (รุ่น 3)")
                    .contains("ไม่มีขั้นตอนแปลงข้อมูลจากรุ่น 2 เป็นรุ่น 3")
                    .contains("no migration step from version 2 to 3"));
    assertThat(violations(sampleData("\"schemaVersion\" : 2", "\"schemaVersion\" : 0")))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.text(Lang.TH) + " " + v.text(Lang.EN))
                    .contains("จากรุ่น 0 เป็นรุ่น 1"));
  }

  @Test
  void appliesTheStepsInOrder() {
    List<SchemaMigration> steps =
        List.of(
            new SchemaMigration(
                2, data -> data.put("summary", data.get("summary").stringValue() + " (2)")),
            plugin.migrations().getFirst());
    FormPlugin<TestReport> version3 = withMigrations(3, steps);
    TestReport report = codec.toForm(version3, version1());
    assertThat(report.summary()).endsWith("ครูได้รับการอบรม 30 คน (2)");
    assertThat(report.group()).isEqualTo("GRP-ACAD");
  }

  @Test
  void reportsAFailingStepWithItsVersions() {
    FormPlugin<TestReport> failing =
        withMigrations(
            2,
            List.of(
                new SchemaMigration(
                    1,
                    data -> {
                      throw new IllegalStateException("no reporter");
                    })));
    assertThatThrownBy(() -> codec.toForm(failing, version1()))
        .isInstanceOf(SubmissionFormatException.class)
        .hasMessageContaining("migrating form T.1 from schema version 1 to 2 failed")
        .hasMessageContaining("no reporter");
  }

  @Test
  void refusesTwoStepsFromTheSameVersion() {
    SchemaMigration step = plugin.migrations().getFirst();
    FormPlugin<TestReport> twice = withMigrations(2, List.of(step, step));
    assertThatThrownBy(() -> codec.toForm(twice, version1()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two migrations from schema version 1");
  }

  @Test
  void aMigrationStartsAtVersionOne() {
    assertThatThrownBy(() -> new SchemaMigration(0, data -> data)).hasMessageContaining("got 0");
    assertThat(plugin.migrations().getFirst().toVersion()).isEqualTo(2);
  }

  private SubmissionDocument version1() {
    try (InputStream in = TestFormPlugin.class.getResourceAsStream("sample-T.1-v1.json")) {
      return codec.read(Objects.requireNonNull(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test form at another schema version with other migration steps. */
  private static FormPlugin<TestReport> withMigrations(int version, List<SchemaMigration> steps) {
    return new FormPlugin<>() {
      @Override
      public FormId id() {
        return FormId.of("T.1");
      }

      @Override
      public Class<TestReport> formType() {
        return TestReport.class;
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.of("ทดสอบ", "Test");
      }

      @Override
      public String templateName() {
        return "T.1-test.docx";
      }

      @Override
      public int schemaVersion() {
        return version;
      }

      @Override
      public List<SchemaMigration> migrations() {
        return steps;
      }
    };
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
        .hasMessageContaining("not valid JSON at line 2");
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
