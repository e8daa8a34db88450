package org.tidtam.app.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tidtam.app.catalog.service.CatalogFiles.SCHOOL_HEADERS;
import static org.tidtam.app.catalog.service.CatalogFiles.csv;
import static org.tidtam.app.catalog.service.CatalogFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tidtam.app.catalog.service.ImportPreview.Change;
import org.tidtam.app.catalog.service.ImportPreview.Problem;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.notice.service.Notices;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.sheets.SheetReader;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Project;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.monitoring.PlannedProject;

@SpringBootTest
class CatalogAdminTests {

  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Actor SCHOOL = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);

  @Autowired CatalogAdmin admin;
  @Autowired CatalogStore store;
  @Autowired AuditRepository audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired SubmissionWorkflow workflow;
  @Autowired Notices notices;
  @Autowired MonitoringPlans plans;

  /** Puts the demo catalog back: other tests share the database. */
  @AfterEach
  void restoreDemoCatalog() {
    transactions.executeWithoutResult(
        s -> {
          for (String table :
              List.of(
                  "catalog_office",
                  "catalog_fiscal_year",
                  "catalog_group",
                  "catalog_district",
                  "catalog_school",
                  "catalog_policy",
                  "catalog_strategy",
                  "catalog_indicator")) {
            jdbc.sql("delete from " + table).update();
          }
          jdbc.sql("delete from monitoring_project where fiscal_year <> 2569").update();
          jdbc.sql("update monitoring_project set retired = false").update();
          store.seed(Catalog.demoCatalog(), true);
        });
    store.changed();
  }

  private static String thai(Throwable e) {
    return ((LocalizedException) e).text(Lang.TH);
  }

  @Test
  void startsWithTheDemoCatalogMarkedAsDemo() {
    Catalog catalog = store.current();

    assertThat(catalog.demo()).isTrue();
    assertThat(catalog.schools()).isEqualTo(Catalog.demoCatalog().schools());
    assertThat(catalog.groups()).isEqualTo(Catalog.demoCatalog().groups());
    assertThat(catalog.policies()).isEqualTo(Catalog.demoCatalog().policies());
    assertThat(catalog.indicators())
        .usingRecursiveFieldByFieldElementComparator(
            org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .build())
        .isEqualTo(Catalog.demoCatalog().indicators());
    assertThat(catalog.problems()).isEmpty();
  }

  @Test
  void refusesEveryoneButPlannersAndAdministrators() {
    for (Actor actor : List.of(SCHOOL, DIRECTOR)) {
      assertThatThrownBy(() -> admin.entries(actor, CatalogList.SCHOOLS, 2569))
          .isInstanceOf(CatalogException.class)
          .satisfies(e -> assertThat(thai(e)).contains("เฉพาะกลุ่มนโยบายและแผนและผู้ดูแลระบบ"));
      assertThatThrownBy(
              () ->
                  admin.preview(actor, CatalogList.SCHOOLS, 2569, "s.csv", csv("รหัสสถานศึกษา\n")))
          .isInstanceOf(CatalogException.class);
    }
  }

  @Test
  void anXlsxSchoolListWithABadRowShowsTheRowAndSavesNothingUntilFixed() {
    List<List<?>> rows =
        new java.util.ArrayList<>(
            store.entries(CatalogList.SCHOOLS, 0).stream()
                .<List<?>>map(
                    e ->
                        List.of(
                            e.code(),
                            e.get("name"),
                            e.get("district"),
                            "",
                            e.get("students").isEmpty() ? "" : e.get("students")))
                .toList());
    rows.add(List.of("81019999", "โรงเรียนบ้านทดสอบ", "เมืองกระบี่", "ขนาดเล็ก", "สามร้อย"));
    List<CatalogEntry> before = store.entries(CatalogList.SCHOOLS, 0);

    ImportPreview preview =
        admin.preview(PLANNER, CatalogList.SCHOOLS, 0, "schools.xlsx", xlsx(SCHOOL_HEADERS, rows));

    assertThat(preview.hasErrors()).isTrue();
    Problem bad = preview.problems().stream().filter(p -> !p.warning()).findFirst().orElseThrow();
    assertThat(bad.row()).isEqualTo(3 + rows.size());
    assertThat(bad.column()).isEqualTo("จำนวนนักเรียน");
    assertThat(bad.message().in(Lang.TH)).contains("\"สามร้อย\" ไม่ใช่จำนวนเต็ม");
    assertThatThrownBy(() -> admin.save(PLANNER, preview))
        .isInstanceOf(CatalogException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ยังไม่ได้บันทึก"));
    assertThat(store.entries(CatalogList.SCHOOLS, 0)).isEqualTo(before);
    assertThat(store.current().school("81019999")).isEmpty();

    rows.set(
        rows.size() - 1, List.of("81019999", "โรงเรียนบ้านทดสอบ", "เมืองกระบี่", "ขนาดเล็ก", 300));
    ImportPreview fixed =
        admin.preview(PLANNER, CatalogList.SCHOOLS, 0, "schools.xlsx", xlsx(SCHOOL_HEADERS, rows));
    assertThat(fixed.hasErrors()).isFalse();
    assertThat(fixed.count(Change.NEW)).isEqualTo(1);
    long auditedBefore = audit.count();

    admin.save(PLANNER, fixed);

    assertThat(store.current().school("81019999"))
        .hasValueSatisfying(s -> assertThat(s.students()).isEqualTo(300));
    // the services built at start-up see the new school at once, without a restart
    assertThat(workflow.context().catalog().school("81019999")).isPresent();
    assertThat(notices.send(PLANNER, List.of(new Notices.Addressee("81019999", "")), "ทดสอบ"))
        .hasSize(1);
    AuditEntry entry = audit.findAll().getLast();
    assertThat(audit.count()).isEqualTo(auditedBefore + 1);
    assertThat(entry.getAction()).isEqualTo(AuditAction.CATALOG_IMPORT);
    assertThat(entry.getUsername()).isEqualTo("planner");
    assertThat(entry.getComment()).contains("สถานศึกษา", "schools.xlsx", "ใหม่ 1");
  }

  @Test
  void refusesAFileWithWrongColumnsNamingThem() {
    ImportPreview preview =
        admin.preview(
            PLANNER,
            CatalogList.SCHOOLS,
            0,
            "s.csv",
            csv("รหัสสถานศึกษา,ชื่อโรงเรียน,อำเภอ\n81010001,โรงเรียนอนุบาลกระบี่,เมืองกระบี่\n"));

    assertThat(preview.hasErrors()).isTrue();
    assertThat(preview.fileProblems())
        .extracting(p -> p.message().in(Lang.TH))
        .containsExactly(
            "ไม่รู้จักคอลัมน์ \"ชื่อโรงเรียน\"", "ไม่มีคอลัมน์ \"ชื่อสถานศึกษา\" ซึ่งต้องมี");
  }

  @Test
  void acceptsEnglishHeadersInAnyOrder() {
    ImportPreview preview =
        admin.preview(
            PLANNER,
            CatalogList.GROUPS,
            0,
            "g.csv",
            csv("Group name (Thai),Group code\nกลุ่มทดสอบ,TEST\n"));

    assertThat(preview.problems()).isEmpty();
    assertThat(preview.rows().getFirst().values()).containsEntry("code", "TEST");
    assertThat(preview.rows().getFirst().change()).isEqualTo(Change.NEW);
    assertThat(preview.retired()).hasSize(Catalog.demoCatalog().groups().size());
  }

  @Test
  void findsDuplicateCodesInTheFileAndCodesOfRetiredItems() {
    admin.retire(PLANNER, CatalogList.SCHOOLS, 0, "81010003", true);

    ImportPreview preview =
        admin.preview(
            PLANNER,
            CatalogList.SCHOOLS,
            0,
            "s.csv",
            csv(
                "รหัสสถานศึกษา,ชื่อสถานศึกษา,อำเภอ\n"
                    + "81010001,โรงเรียนอนุบาลกระบี่,เมืองกระบี่\n"
                    + "81010001,โรงเรียนซ้ำ,เมืองกระบี่\n"
                    + "81010003,โรงเรียนที่เลิกใช้,เมืองกระบี่\n"));

    assertThat(preview.problems())
        .extracting(p -> p.row() + " " + p.message().in(Lang.TH))
        .containsExactly(
            "3 รหัส 81010001 ซ้ำกับแถวที่ 2",
            "4 รหัส 81010003 เป็นของรายการที่เลิกใช้แล้ว ให้นำรายการนั้นกลับมาใช้บนหน้าจอแทน");
  }

  @Test
  void numberColumnsRefuseThaiTextAndGarbageButReadThaiDigitsAndGrouping() {
    ImportPreview preview =
        admin.preview(
            PLANNER,
            CatalogList.PROJECTS,
            2569,
            "p.csv",
            csv(
                "รหัสโครงการ,ชื่อโครงการ,กลุ่มผู้รับผิดชอบ,งบประมาณ (บาท)\n"
                    + "P-1,โครงการหนึ่ง,PLAN,หนึ่งแสนบาท\n"
                    + "P-2,โครงการสอง,PLAN,12abc\n"
                    + "P-3,โครงการสาม,PLAN,\"150,000.50\"\n"
                    + "P-4,โครงการสี่,PLAN,๒๐๐๐๐\n"
                    + "P-5,โครงการห้า,NOBODY,1.234\n"));

    assertThat(preview.problems())
        .extracting(p -> p.row() + " " + p.column() + " " + p.message().in(Lang.TH))
        .containsExactly(
            "2 งบประมาณ (บาท) \"หนึ่งแสนบาท\" ไม่ใช่ตัวเลข ให้กรอกเป็นตัวเลข ทศนิยมไม่เกิน 2 ตำแหน่ง"
                + " เช่น 150000.00",
            "3 งบประมาณ (บาท) \"12abc\" ไม่ใช่ตัวเลข ให้กรอกเป็นตัวเลข ทศนิยมไม่เกิน 2 ตำแหน่ง"
                + " เช่น 150000.00",
            "6 งบประมาณ (บาท) \"1.234\" ไม่ใช่ตัวเลข ให้กรอกเป็นตัวเลข ทศนิยมไม่เกิน 2 ตำแหน่ง"
                + " เช่น 150000.00",
            "6 กลุ่มผู้รับผิดชอบ ไม่รู้จักกลุ่ม \"NOBODY\" (รหัสกลุ่มที่มี: "
                + String.join(
                    ", ", Catalog.demoCatalog().groups().stream().map(g -> g.code()).toList())
                + ")");
    assertThat(preview.rows().get(2).values()).containsEntry("budget", "150000.5");
    assertThat(preview.rows().get(3).values()).containsEntry("budget", "20000");
  }

  @Test
  void warnsOfASchoolCodeOutsideTheOfficesPatternAndRefusesAnUnknownDistrict() {
    ImportPreview preview =
        admin.preview(
            PLANNER,
            CatalogList.SCHOOLS,
            0,
            "s.csv",
            csv("รหัสสถานศึกษา,ชื่อสถานศึกษา,อำเภอ\n1234,โรงเรียนหนึ่ง,กรุงเทพ\n"));

    assertThat(preview.problems())
        .extracting(Problem::warning, p -> p.message().in(Lang.TH))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                true, "รหัสสถานศึกษา 1234 ไม่ตรงรูปแบบ 8101xxxx (ตรวจสอบอีกครั้ง)"),
            org.assertj.core.groups.Tuple.tuple(
                false,
                "ไม่รู้จักอำเภอ \"กรุงเทพ\" (อำเภอที่มี: "
                    + String.join(", ", Catalog.demoCatalog().districts())
                    + ")"));
  }

  @Test
  void refusesAnEmptyFileAndAHeaderWithoutRows() {
    assertThatThrownBy(
            () ->
                admin.preview(
                    PLANNER,
                    CatalogList.SCHOOLS,
                    0,
                    "s.csv",
                    new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(SheetReader.UnreadableException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ไฟล์ว่าง"));
    ImportPreview headerOnly =
        admin.preview(
            PLANNER, CatalogList.SCHOOLS, 0, "s.csv", csv("รหัสสถานศึกษา,ชื่อสถานศึกษา,อำเภอ\n"));
    assertThat(headerOnly.problems())
        .extracting(p -> p.message().in(Lang.TH))
        .containsExactly("ไฟล์มีแต่หัวตาราง ไม่มีรายการ");
    assertThat(headerOnly.hasErrors()).isTrue();
  }

  @Test
  void refusesA10MegabyteFileBeforeParsingIt() {
    StringBuilder text = new StringBuilder("รหัสสถานศึกษา,ชื่อสถานศึกษา,อำเภอ\n");
    while (text.length() < 5 * 1024 * 1024) {
      text.append("81010001,โรงเรียนอนุบาลกระบี่,เมืองกระบี่\n");
    }
    byte[] tenMegabytes = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(tenMegabytes.length).isGreaterThan(10 * 1024 * 1024);

    assertThatThrownBy(
            () ->
                admin.preview(
                    PLANNER,
                    CatalogList.SCHOOLS,
                    0,
                    "big.csv",
                    new ByteArrayInputStream(tenMegabytes)))
        .isInstanceOf(SheetReader.UnreadableException.class)
        .satisfies(
            e ->
                assertThat(thai(e))
                    .isEqualTo(
                        "ไฟล์ใหญ่เกิน 5 MB ระบบไม่อ่านไฟล์นี้ แบ่งไฟล์ให้เล็กลงแล้วนำเข้าใหม่"));
  }

  @Test
  void refusesAZipBombAndAFileOfAnotherKind() throws Exception {
    assertThatThrownBy(
            () ->
                admin.preview(PLANNER, CatalogList.SCHOOLS, 0, "bomb.xlsx", CatalogFiles.zipBomb()))
        .isInstanceOf(SheetReader.UnreadableException.class)
        .satisfies(e -> assertThat(thai(e)).contains("อาจเป็นไฟล์อันตราย"));
    assertThatThrownBy(
            () ->
                admin.preview(
                    PLANNER, CatalogList.SCHOOLS, 0, "schools.xlsx", csv("not a workbook")))
        .isInstanceOf(SheetReader.UnreadableException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ไม่ใช่ไฟล์ Excel"));
    assertThatThrownBy(
            () -> admin.preview(PLANNER, CatalogList.SCHOOLS, 0, "schools.pdf", csv("x")))
        .isInstanceOf(SheetReader.UnreadableException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ใช้ไฟล์ Excel (.xlsx) หรือ CSV (.csv)"));
  }

  @Test
  void anExportReadsBackUnchanged() {
    for (CatalogList list : CatalogList.values()) {
      int year = list.perYear() ? 2569 : 0;
      byte[] book = org.tidtam.app.sheets.Workbooks.xlsx(admin.sheet(PLANNER, list, year, Lang.TH));
      ImportPreview fromXlsx =
          admin.preview(
              PLANNER, list, year, list.fileName() + ".xlsx", new ByteArrayInputStream(book));
      ImportPreview fromCsv =
          admin.preview(
              PLANNER,
              list,
              year,
              list.fileName() + ".csv",
              new ByteArrayInputStream(admin.csv(PLANNER, list, year, Lang.EN)));

      for (ImportPreview p : List.of(fromXlsx, fromCsv)) {
        assertThat(p.problems()).as(list + " " + p.fileName()).allMatch(Problem::warning);
        assertThat(p.rows())
            .as(list.name())
            .isNotEmpty()
            .allMatch(r -> r.change() == Change.UNCHANGED);
        assertThat(p.retired()).isEmpty();
      }
    }
  }

  @Test
  void anItemASubmissionUsesIsRetiredNotDeleted() {
    assertThatThrownBy(() -> admin.delete(PLANNER, CatalogList.SCHOOLS, 0, "81010001"))
        .isInstanceOf(CatalogException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ถูกใช้อยู่"));
    admin.retire(PLANNER, CatalogList.SCHOOLS, 0, "81010001", true);
    assertThat(store.current().school("81010001")).isEmpty();
    assertThat(store.entries(CatalogList.SCHOOLS, 0))
        .filteredOn(e -> e.code().equals("81010001"))
        .singleElement()
        .satisfies(e -> assertThat(e.retired()).isTrue());

    admin.save(
        PLANNER,
        CatalogList.SCHOOLS,
        0,
        Map.of("code", "81019998", "name", "โรงเรียนใหม่", "district", "ลำทับ"),
        true);
    assertThat(store.current().school("81019998")).isPresent();
    admin.delete(PLANNER, CatalogList.SCHOOLS, 0, "81019998");
    assertThat(store.entries(CatalogList.SCHOOLS, 0)).noneMatch(e -> e.code().equals("81019998"));
  }

  @Test
  void copiesAYearsPoliciesStrategiesIndicatorsAndProjectsToTheNext() {
    int copied = admin.copyYear(PLANNER, 2569);

    Catalog catalog = store.current();
    assertThat(catalog.fiscalYears()).contains(2569, 2570);
    assertThat(catalog.indicator("KBI-2570-1.1"))
        .hasValueSatisfying(
            i -> {
              assertThat(i.fiscalYear()).isEqualTo(2570);
              assertThat(i.strategyCode()).isEqualTo("KBS-2570-1");
            });
    assertThat(store.entries(CatalogList.PROJECTS, 2570))
        .hasSameSizeAs(store.entries(CatalogList.PROJECTS, 2569));
    assertThat(copied)
        .isEqualTo(
            catalog.policies().size() / 2
                + catalog.strategies().size() / 2
                + catalog.indicators().size() / 2
                + store.entries(CatalogList.PROJECTS, 2569).size());
    assertThat(catalog.problems()).isEmpty();
    assertThatThrownBy(() -> admin.copyYear(PLANNER, 2569))
        .isInstanceOf(CatalogException.class)
        .satisfies(e -> assertThat(thai(e)).contains("ปีงบประมาณ 2570 มี"));
  }

  @Test
  void aRetiredProjectIsNoLongerOfferedNorExpectedToReportAndComesBackWhenRestored() {
    String code = "KBI-2569-P04";
    assertThat(plans.require(2569).projects()).extracting(PlannedProject::code).contains(code);

    admin.retire(PLANNER, CatalogList.PROJECTS, 2569, code, true);

    assertThat(store.current().projectsOf(2569)).extracting(Project::code).doesNotContain(code);
    assertThat(plans.require(2569).projects())
        .extracting(PlannedProject::code)
        .doesNotContain(code);
    assertThat(admin.entries(PLANNER, CatalogList.PROJECTS, 2569))
        .filteredOn(e -> e.code().equals(code))
        .singleElement()
        .satisfies(e -> assertThat(e.retired()).isTrue());
    assertThat(audit.findAll().getLast().getAction()).isEqualTo(AuditAction.CATALOG_CHANGE);

    admin.retire(PLANNER, CatalogList.PROJECTS, 2569, code, false);

    assertThat(store.current().projectsOf(2569)).extracting(Project::code).contains(code);
    assertThat(plans.require(2569).projects()).extracting(PlannedProject::code).contains(code);
  }
}
