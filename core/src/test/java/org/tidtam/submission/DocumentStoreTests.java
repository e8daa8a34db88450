package org.tidtam.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.ProjectFact;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.schema.FormRegistry;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestProjectPlugin;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;

class DocumentStoreTests {

  private static final FormId T2 = FormId.of("T.2");

  private final SubmissionCodec codec = SubmissionCodec.create();
  private final TestFormPlugin reports = new TestFormPlugin();
  private final TestProjectPlugin projects = new TestProjectPlugin();
  private final FormRegistry registry = FormRegistry.of(List.of(reports, projects));
  private final Catalog catalog = FormPluginHarness.demoCatalog();
  private final SubmissionService service = SubmissionService.create(registry);

  @TempDir Path dir;

  private static String projectJson(
      String code, String round, String group, String allocated, String spent) {
    return """
        {"form": "T.2", "schemaVersion": 2, "data": {
          "code": "%s", "name": "โครงการ %s", "fiscalYear": 2569, "round": "%s",
          "responsibleGroup": "%s", "allocated": %s, "spent": %s, "status": "DONE"}}
        """
        .formatted(code, code, round, group, allocated, spent);
  }

  /** Version 1 of T.2 called the spent amount "disbursed". */
  private static String version1ProjectJson(String code, String group) {
    return """
        {"form": "T.2", "schemaVersion": 1, "data": {
          "code": "%s", "name": "โครงการ %s", "fiscalYear": 2569, "round": "ROUND_6M",
          "responsibleGroup": "%s", "allocated": 1000, "disbursed": 250.50}}
        """
        .formatted(code, code, group);
  }

  private List<SubmissionDocument> documents() {
    return List.of(
        codec.read(projectJson("P-03", "ROUND_6M", "GRP-ACAD", "50000", "45000")),
        codec.read(version1ProjectJson("P-01", "GRP-ACAD")),
        codec.read(projectJson("P-02", "ROUND_6M", "GRP-PLAN", "100", "0")),
        codec.read(projectJson("P-04", "ROUND_12M", "GRP-ACAD", "100", "100")),
        codec.sample(reports));
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void listsTheProjectsOfAGroupInAYearAndRoundByCode() {
    FormContext context = service.context(catalog, DocumentStore.of(documents(), registry));
    List<ProjectFact> found = context.projects(2569, Round.ROUND_6M, "GRP-ACAD");
    assertThat(found).extracting(ProjectFact::code).containsExactly("P-01", "P-03");
    assertThat(found.get(0).spent()).isEqualByComparingTo("250.50");
    assertThat(found.get(0).status()).isNull();
    assertThat(found.get(1).remaining()).isEqualByComparingTo("5000");
    assertThat(found.get(1).status()).isEqualTo(LocalizedText.of("ดำเนินการแล้ว", "Done"));
    assertThat(context.projects(2569, Round.ROUND_12M, "GRP-ACAD"))
        .extracting(ProjectFact::code)
        .containsExactly("P-04");
    assertThat(context.projects(2570, Round.ROUND_6M, "GRP-ACAD")).isEmpty();
    assertThat(context.catalog()).isSameAs(catalog);
  }

  @Test
  void summarizesTheProjectsOnceAndOnlyWhenAsked() {
    FormContext context = service.context(catalog, DocumentStore.of(documents(), registry));
    assertThat(projects.summaries()).isZero();
    List<ProjectFact> first = context.projects(2569, Round.ROUND_6M, "GRP-ACAD");
    context.projects(2569, Round.ROUND_12M, "GRP-ACAD");
    assertThat(projects.summaries())
        .as("only the submissions of the group, year and round asked")
        .isEqualTo(3);
    assertThat(context.projects(2569, Round.ROUND_6M, "GRP-ACAD")).isEqualTo(first);
    assertThat(projects.summaries()).as("read once per context").isEqualTo(3);
    assertThatThrownBy(() -> first.add(first.getFirst()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void groupsUpgradedSubmissionsByFormYearAndRound() {
    DocumentStore store = DocumentStore.of(documents(), registry);
    List<SubmissionDocument> found = store.find(T2, 2569, Round.ROUND_6M, null);
    assertThat(found)
        .extracting(d -> d.data().get("code").stringValue())
        .containsExactly("P-03", "P-01", "P-02");
    assertThat(found).allSatisfy(d -> assertThat(d.schemaVersion()).isEqualTo(2));
    assertThat(found.get(1).data().get("spent").decimalValue()).isEqualByComparingTo("250.50");
    assertThat(found.get(1).data().has("disbursed")).isFalse();
    assertThat(store.find(T2, 2569, Round.ROUND_12M, null)).hasSize(1);
    assertThat(store.find(T2, 2569, Round.ROUND_6M, "GRP-PLAN"))
        .extracting(d -> d.data().get("code").stringValue())
        .containsExactly("P-02");
    assertThat(store.find(FormId.of("T.1"), 2569, Round.ROUND_6M, null)).isEmpty();
  }

  @Test
  void leavesADraftWithoutItsRoundOutOfTheLists() {
    String draft =
        projectJson("P-09", "ROUND_6M", "GRP-ACAD", "1", "1")
            .replace("\"round\": \"ROUND_6M\",", "");
    DocumentStore store = DocumentStore.of(List.of(codec.read(draft)), registry);
    FormContext context = service.context(catalog, store);
    assertThat(store.find(T2, 2569, Round.ROUND_6M, null)).isEmpty();
    assertThat(context.projects(2569, Round.ROUND_6M, "GRP-ACAD")).isEmpty();
  }

  @Test
  void namesEveryDocumentThatCannotBeRead() {
    List<SubmissionDocument> documents =
        List.of(
            codec.read(projectJson("P-01", "ROUND_6M", "GRP-ACAD", "1", "1")),
            new SubmissionDocument(FormId.of("9.9"), 1, codec.sample(reports).data()),
            codec.read(projectJson("P-02", "ROUND_6M", "GRP-ACAD", "\"มาก\"", "1")));
    LocalizedException e =
        catchThrowableOfType(LocalizedException.class, () -> DocumentStore.of(documents, registry));
    assertThat(e.messages()).extracting(m -> m.in(Lang.TH)).hasSize(4);
    assertThat(e.text(Lang.TH))
        .startsWith("อ่านข้อมูลประกอบไม่ได้:\n")
        .contains("\nข้อมูลลำดับที่ 2: ไม่รู้จักแบบฟอร์มรหัส \"9.9\" (มี: T.1, T.2)\n")
        .contains("\nข้อมูลลำดับที่ 3 ไม่ตรงตามรูปแบบของแบบฟอร์ม:\n")
        .endsWith("\n  - allocated: ต้องเป็นตัวเลข")
        .doesNotContain("submission")
        .doesNotContain("ลำดับที่ 1");
    assertThat(e.text(Lang.EN))
        .startsWith("the context cannot be read:\n")
        .contains("\nsubmission 2: unknown form \"9.9\" (known: T.1, T.2)\n")
        .contains("\nsubmission 3 does not fit its form:\n")
        .endsWith("\n  - allocated: must be a number")
        .doesNotContain("submission 1")
        .doesNotContainPattern("[\\u0E00-\\u0E7F]");
    assertThat(e.getMessage()).isEqualTo(e.text(Lang.EN));
  }

  @Test
  void readsTheCatalogAndEverySubmissionBelowADirectory() throws IOException {
    Catalog office =
        new Catalog(
            catalog.office(),
            false,
            List.of(2569),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    write("catalog.json", CatalogJson.write(office));
    write("2569/7.2/p-03.json", projectJson("P-03", "ROUND_6M", "GRP-ACAD", "1", "1"));
    write("p-01.json", version1ProjectJson("P-01", "GRP-ACAD"));
    write("2569/T.1.json", codec.write(codec.sample(reports)));
    write("notes.txt", "ไม่ใช่ข้อมูล");
    FormContext context = service.context(dir);
    assertThat(context.catalog()).isEqualTo(office);
    assertThat(context.projects(2569, Round.ROUND_6M, "GRP-ACAD"))
        .extracting(ProjectFact::code)
        .containsExactly("P-01", "P-03");
    assertThat(DocumentStore.fromDirectory(dir, registry).find(T2, 2569, Round.ROUND_6M, null))
        .extracting(d -> d.data().get("code").stringValue())
        .as("in the order of the files' relative paths")
        .containsExactly("P-03", "P-01");
  }

  @Test
  void usesTheDemoCatalogWhenTheDirectoryHasNone() throws IOException {
    write("p-01.json", projectJson("P-01", "ROUND_6M", "GRP-ACAD", "1", "1"));
    FormContext context = service.context(dir);
    assertThat(context.catalog()).isSameAs(Catalog.demoCatalog());
    assertThat(context.projects(2569, Round.ROUND_6M, "GRP-ACAD")).hasSize(1);
  }

  @Test
  void namesEveryFileThatCannotBeRead() throws IOException {
    write("good.json", projectJson("P-01", "ROUND_6M", "GRP-ACAD", "1", "1"));
    write("broken/bad.json", "{\"form\": \"T.2\",");
    write(
        "other/unknown.json",
        codec.write(new SubmissionDocument(FormId.of("9.9"), 1, codec.sample(reports).data())));
    write("late.json", projectJson("P-02", "ROUND_6M", "GRP-ACAD", "1", "true"));
    LocalizedException e =
        catchThrowableOfType(LocalizedException.class, () -> service.context(dir));
    assertThat(e.text(Lang.TH))
        .contains("แฟ้ม broken/bad.json ไม่ตรงตามรูปแบบของแบบฟอร์ม:")
        .contains("ไม่ใช่ JSON ที่ถูกต้อง")
        .contains("แฟ้ม other/unknown.json: ไม่รู้จักแบบฟอร์มรหัส \"9.9\"")
        .contains("แฟ้ม late.json ไม่ตรงตามรูปแบบของแบบฟอร์ม:")
        .contains("spent: ต้องเป็นตัวเลข")
        .doesNotContain("good.json");
    assertThat(e.getMessage())
        .contains("file broken/bad.json does not fit its form:\n  - not valid JSON")
        .contains("file other/unknown.json: unknown form \"9.9\"")
        .contains("file late.json does not fit its form")
        .contains("spent: must be a number")
        .doesNotContain("good.json");
  }

  @Test
  void namesABrokenCatalogFile() throws IOException {
    write("catalog.json", "{\"office\": 5}");
    LocalizedException e =
        catchThrowableOfType(LocalizedException.class, () -> service.context(dir));
    assertThat(e.messages()).hasSize(2);
    assertThat(e.text(Lang.TH))
        .startsWith(
            "แฟ้ม catalog.json ไม่ใช่บัญชีข้อมูลอ้างอิงที่ถูกต้อง:\nไฟล์แคตตาล็อกไม่ถูกต้องที่ office");
    assertThat(e.getMessage())
        .startsWith("file catalog.json is not a valid catalog:\ninvalid catalog file at office");
  }

  @Test
  void rejectsAMissingDirectory() {
    Path missing = dir.resolve("none");
    assertThatThrownBy(() -> service.context(missing))
        .isInstanceOf(LocalizedException.class)
        .hasMessage("the context directory " + missing + " does not exist")
        .satisfies(
            e ->
                assertThat(((LocalizedException) e).text(Lang.TH))
                    .isEqualTo("ไม่พบโฟลเดอร์ข้อมูลประกอบ " + missing));
  }

  @Test
  void summariesKeepTheirAmountsExact() {
    FormContext context =
        service.context(
            catalog,
            DocumentStore.of(
                List.of(
                    codec.read(projectJson("P-05", "Q1", "GRP-ACAD", "150000.50", "147500.25"))),
                registry));
    ProjectFact only = context.projects(2569, Round.Q1, "GRP-ACAD").getFirst();
    assertThat(only.allocated()).isEqualTo(new BigDecimal("150000.50"));
    assertThat(only.disbursementPct()).isEqualTo("98.33");
  }
}
