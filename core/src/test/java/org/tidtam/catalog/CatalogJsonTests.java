package org.tidtam.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class CatalogJsonTests {
  private final Catalog demo = Catalog.demoCatalog();

  @Test
  void writesAndReadsBackTheSameCatalog() {
    String json = CatalogJson.write(demo);
    assertThat(CatalogJson.read(json)).isEqualTo(demo);
  }

  @Test
  void roundTripsThroughStreamsAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogJson.write(demo, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"สพป.กระบี่\"");
    assertThat(CatalogJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(demo);
  }

  @Test
  void keepsDecimalsAsWrittenAndLeavesOutAbsentTargets() {
    String json = CatalogJson.write(demo);
    assertThat(json).contains("\"target\" : 0.20").doesNotContain("null");
    assertThat(json.indexOf("\"office\"")).isLessThan(json.indexOf("\"indicators\""));
  }

  @Test
  void readsTheDirectorOfTheOfficeWhenTheCatalogNamesOne() {
    assertThat(demo.office().director()).isNull();
    String json =
        CatalogJson.write(demo)
            .replaceFirst("\"province\" : \"กระบี่\"", "$0, \"director\" : \"นายสมศักดิ์ ใจงาม\"");

    Catalog named = CatalogJson.read(json);

    assertThat(named.office().director()).isEqualTo("นายสมศักดิ์ ใจงาม");
    assertThat(CatalogJson.read(CatalogJson.write(named))).isEqualTo(named);
  }

  @Test
  void ignoresTheNoteButRejectsUnknownFields() {
    String json = CatalogJson.write(demo);
    String noted = json.replaceFirst("\\{", "{ \"_note\" : \"ข้อมูลสาธิต\",");
    assertThat(CatalogJson.read(noted)).isEqualTo(demo);

    String misspelt = json.replaceFirst("\"targetNote\"", "\"tagretNote\"");
    assertThatThrownBy(() -> CatalogJson.read(misspelt))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("invalid catalog file at indicators[")
        .hasMessageContaining("tagretNote")
        .satisfies(
            e ->
                assertThat(((CatalogFormatException) e).text(Lang.TH))
                    .startsWith("ไฟล์แคตตาล็อกไม่ถูกต้องที่ indicators[")
                    .contains("tagretNote"))
        .satisfies(
            e -> assertThat(((CatalogFormatException) e).path()).matches("indicators\\[\\d+].*"));
  }

  @Test
  void reportsWhereAValueHasTheWrongType() {
    String json = CatalogJson.write(demo).replaceFirst("\"target\" : 100", "\"target\" : \"มาก\"");
    assertThatThrownBy(() -> CatalogJson.read(json))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("indicators[0].target")
        .hasMessageContaining("(line ")
        .satisfies(
            e ->
                assertThat(((CatalogFormatException) e).text(Lang.TH))
                    .contains("ที่ indicators[0].target (บรรทัด "));
  }

  @Test
  void readsMissingFieldsAsAbsentSoThatProblemsCanListThem() {
    String json =
        CatalogJson.write(demo)
            .replaceFirst("\"code\" : \"ADMIN\",", "")
            .replaceFirst("\"title\" : \\{[^}]*},", "");
    Catalog read = CatalogJson.read(json);
    assertThat(read.problems())
        .extracting(p -> p.in(Lang.TH))
        .containsExactlyInAnyOrder(
            "กลุ่ม: มีรายการที่ไม่มีรหัส",
            "ตัวชี้วัด KBI-2569-5.2: ไม่พบกลุ่มผู้รับผิดชอบรหัส 'ADMIN'",
            "ตัวชี้วัด KBI-2569-1.1: ไม่มีชื่อเรื่อง");
  }

  @Test
  void listsWhatIsMissingInsteadOfCrashing() {
    String json =
        CatalogJson.write(demo)
            .replaceFirst("\"district\" : \"[^\"]*\",", "")
            .replaceFirst("\"strategyCode\" : \"[^\"]*\",", "")
            .replaceFirst(",\\s*\"districts\" : \\[[^\\]]*]", "");

    Catalog read = CatalogJson.read(json);

    assertThat(read.districts()).isEmpty();
    assertThat(read.problems())
        .extracting(p -> p.in(Lang.TH))
        .anySatisfy(p -> assertThat(p).contains("ไม่พบอำเภอ"))
        .anySatisfy(p -> assertThat(p).contains("ไม่พบกลยุทธ์"));
    assertThat(read.problems())
        .extracting(p -> p.in(Lang.EN))
        .anySatisfy(p -> assertThat(p).contains("district 'null' not found"))
        .anySatisfy(p -> assertThat(p).contains(": no strategy with code"));
  }

  @Test
  void readsTextThatStartsWithAByteOrderMark() {
    assertThat(CatalogJson.read("\uFEFF" + CatalogJson.write(demo))).isEqualTo(demo);
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> CatalogJson.read("{ office: "))
        .isInstanceOf(CatalogFormatException.class);
  }

  @Test
  void keepsTheActionPlansProjectsAndReadsAFileWithoutThem() {
    Catalog withProjects =
        new Catalog(
            demo.office(),
            demo.demo(),
            demo.fiscalYears(),
            demo.groups(),
            demo.schools(),
            demo.districts(),
            demo.policies(),
            demo.strategies(),
            demo.indicators(),
            java.util.List.of(
                new Project(
                    "KBI-2569-P01",
                    2569,
                    "โครงการติดตามและประเมินผล",
                    "PLAN",
                    new java.math.BigDecimal("60000.00"))));

    Catalog read = CatalogJson.read(CatalogJson.write(withProjects));

    assertThat(read).isEqualTo(withProjects);
    assertThat(read.projectsOf(2569)).extracting(Project::code).containsExactly("KBI-2569-P01");
    assertThat(read.projectsOf(2570)).isEmpty();
    assertThat(demo.projects()).isEmpty();
  }

  @Test
  void readsEveryPolicyLevelOfTheDemo() {
    assertThat(demo.policies())
        .extracting(PolicyItem::kind)
        .contains(
            ReferenceKind.MOE_POLICY, ReferenceKind.OBEC_ACTION_PLAN, ReferenceKind.PROVINCIAL_PLAN)
        .allMatch(ReferenceKind::policyLevel);
    assertThat(ReferenceKind.ESA_INDICATOR.policyLevel()).isFalse();
  }
}
