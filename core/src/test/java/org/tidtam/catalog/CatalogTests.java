package org.tidtam.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;

class CatalogTests {
  private final Catalog demo = Catalog.demoCatalog();

  @Test
  void demoCatalogIsKrabiForFiscalYear2569() {
    assertThat(demo.demo()).isTrue();
    assertThat(demo.fiscalYears()).containsExactly(2569);
    assertThat(demo.office().code()).isEqualTo("กบ");
    assertThat(demo.office().name().th()).isEqualTo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
    assertThat(demo.office().shortName().th()).isEqualTo("สพป.กระบี่");
    assertThat(demo.office().province()).isEqualTo("กระบี่");
    assertThat(Catalog.demoCatalog()).isSameAs(demo);
  }

  @Test
  void demoCatalogHasNoProblems() {
    assertThat(demo.problems()).isEmpty();
  }

  @Test
  void demoCatalogHasTwelveObecPoliciesFor2569() {
    List<CatalogItem> policies = demo.items(ReferenceKind.OBEC_POLICY, 2569);
    assertThat(policies).hasSize(12);
    assertThat(policies.getFirst().code()).isEqualTo("OBEC-2569-01");
    assertThat(policies.getFirst().label().th()).startsWith("1. ปลูกฝังความรักในสถาบันหลักของชาติ");
    assertThat(policies.getLast().code()).isEqualTo("OBEC-2569-12");
    assertThat(demo.items(ReferenceKind.OBEC_POLICY, 2570)).isEmpty();
  }

  @Test
  void demoCatalogHasTheSixNationalStrategyPillarsAndFiveStrategies() {
    assertThat(demo.items(ReferenceKind.NATIONAL_STRATEGY, 2569)).hasSize(6);
    assertThat(demo.items(ReferenceKind.ESA_STRATEGY, 2569)).hasSize(5);
    assertThat(demo.items(ReferenceKind.ESA_INDICATOR, 2569)).hasSize(11);
    assertThat(demo.items(ReferenceKind.ORG_GROUP, 2569)).hasSize(10);
    assertThat(demo.items(ReferenceKind.DISTRICT, 2569)).hasSize(8);
    assertThat(demo.schools()).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(ReferenceKind.class)
  void demoCatalogHasItemsOfEveryKind(ReferenceKind kind) {
    assertThat(demo.items(kind, 2569))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.kind()).isEqualTo(kind));
  }

  @Test
  void findsIndicatorsByCode() {
    Indicator dropout = demo.indicator("KBI-2569-3.2").orElseThrow();
    assertThat(dropout.title().th()).isEqualTo("อัตราการออกกลางคัน");
    assertThat(dropout.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(dropout.target()).isEqualByComparingTo("0.20");
    assertThat(dropout.ownerGroup())
        .as("dropout is the education-promotion group's")
        .isEqualTo("PROMO");

    Indicator disbursement = demo.indicator("KBI-2569-5.1").orElseThrow();
    assertThat(disbursement.target()).as("a numeric target to assess").isEqualByComparingTo("93");
    assertThat(disbursement.targetNote()).isEqualTo("ร้อยละ 93 ตามเป้าหมายมติ ครม.");
    assertThat(disbursement.ownerGroup()).isEqualTo("FINANCE");

    Indicator nt = demo.indicator("KBI-2569-2.2").orElseThrow();
    assertThat(nt.target()).isEqualByComparingTo("3");
    assertThat(nt.unit()).isEqualTo("คะแนน (เพิ่มขึ้น)");

    assertThat(demo.indicator("KBI-2569-9.9")).isEmpty();
  }

  @Test
  void demoSchoolCodesFollowTheSmisPatternOfTheOffice() {
    assertThat(demo.demo()).isTrue();
    assertThat(demo.schools())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.code()).as("province 81, area 01").matches("8101\\d{4}"));
  }

  @Test
  void findsStrategiesGroupsSchoolsAndPolicies() {
    assertThat(demo.indicatorsOf("KBS-2569-2"))
        .extracting(Indicator::code)
        .containsExactly("KBI-2569-2.1", "KBI-2569-2.2", "KBI-2569-2.3");
    assertThat(demo.strategy("KBS-2569-5").orElseThrow().title().th())
        .isEqualTo("พัฒนาระบบบริหารจัดการ");
    assertThat(demo.group("SUPERVISION").orElseThrow().name().th())
        .isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(demo.school("81010001").orElseThrow().name()).isEqualTo("โรงเรียนอนุบาลกระบี่");
    assertThat(demo.policy("NS-2569-3").orElseThrow().kind())
        .isEqualTo(ReferenceKind.NATIONAL_STRATEGY);
    assertThat(demo.item(ReferenceKind.OBEC_FOCUS, "FOCUS-2569-1").orElseThrow().label().th())
        .contains("ลดภาระงานครู");
  }

  @Test
  void everyIndicatorReferencesAnExistingStrategyAndGroup() {
    assertThat(demo.indicators())
        .allSatisfy(
            i -> {
              assertThat(demo.strategy(i.strategyCode())).isPresent();
              assertThat(demo.group(i.ownerGroup())).isPresent();
            });
    assertThat(demo.schools()).allSatisfy(s -> assertThat(demo.districts()).contains(s.district()));
  }

  @Test
  void reportsBrokenReferences() {
    List<Indicator> indicators = new ArrayList<>(demo.indicators());
    indicators.add(
        new Indicator(
            "KBI-2569-9.1",
            2569,
            "KBS-2569-9",
            LocalizedText.of("ตัวชี้วัดทดสอบ", "Test"),
            "ร้อยละ",
            null,
            null,
            Direction.HIGHER_IS_BETTER,
            "NOBODY"));
    indicators.add(demo.indicators().getFirst());
    List<School> schools = new ArrayList<>(demo.schools());
    schools.add(new School("81990001", "โรงเรียนบ้านทดสอบ", "ไม่มีอำเภอนี้", null, null));
    List<PolicyItem> policies = new ArrayList<>(demo.policies());
    policies.add(
        new PolicyItem(ReferenceKind.SCHOOL, "X-1", 2570, 1, LocalizedText.of("ทดสอบ", "")));

    Catalog broken =
        new Catalog(
            demo.office(),
            true,
            demo.fiscalYears(),
            demo.groups(),
            schools,
            demo.districts(),
            policies,
            demo.strategies(),
            indicators);

    assertThat(broken.problems())
        .extracting(p -> p.in(Lang.TH))
        .containsExactlyInAnyOrder(
            "ตัวชี้วัด: รหัส 'KBI-2569-1.1' ซ้ำ",
            "ตัวชี้วัด KBI-2569-9.1: ไม่พบกลยุทธ์รหัส 'KBS-2569-9'",
            "ตัวชี้วัด KBI-2569-9.1: ไม่พบกลุ่มผู้รับผิดชอบรหัส 'NOBODY'",
            "ตัวชี้วัด KBI-2569-9.1: ไม่มีค่าเป้าหมายหรือคำอธิบายเป้าหมาย",
            "สถานศึกษา 81990001: ไม่พบอำเภอ 'ไม่มีอำเภอนี้'",
            "นโยบาย X-1: ประเภท \"สถานศึกษา\" ไม่ใช่ประเภทของนโยบาย",
            "นโยบาย X-1: ปีงบประมาณ 2570 ไม่อยู่ในรายการปีของแคตตาล็อก");
  }

  @Test
  void reportsAnIndicatorWhoseStrategyIsOfAnotherYear() {
    Strategy later = new Strategy("KBS-2570-1", 2570, 1, LocalizedText.of("กลยุทธ์ปีหน้า", ""));
    Indicator i =
        new Indicator(
            "KBI-2569-X",
            2569,
            "KBS-2570-1",
            LocalizedText.of("ตัวชี้วัด", ""),
            "ร้อยละ",
            BigDecimal.TEN,
            null,
            Direction.MILESTONE,
            "PLAN");
    Catalog c =
        new Catalog(
            demo.office(),
            true,
            List.of(2569, 2570),
            demo.groups(),
            List.of(),
            List.of(),
            List.of(),
            List.of(later),
            List.of(i));
    assertThat(c.problems())
        .extracting(p -> p.in(Lang.TH))
        .containsExactly("ตัวชี้วัด KBI-2569-X: กลยุทธ์ KBS-2570-1 เป็นของปีงบประมาณ 2570");
    assertThat(c.problems())
        .extracting(p -> p.in(Lang.EN))
        .containsExactly("indicator KBI-2569-X: strategy KBS-2570-1 belongs to fiscal year 2570");
  }
}
