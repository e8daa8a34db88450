package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTests {

  private static final PartContent NOTHING = out -> {};

  @Test
  void theDocumentNumberPrintsAsTheOfficeWritesIt() {
    assertThat(new DocumentNumber(2, 2569).text()).isEqualTo("เอกสารลำดับที่ 2/2569");
    assertThatThrownBy(() -> new DocumentNumber(2, 2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Buddhist-era");
    assertThatThrownBy(() -> new DocumentNumber(0, 2569))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTableRowOfTheWrongWidthIsRefusedWithItsCaption() {
    assertThatThrownBy(
            () ->
                ReportTable.of(
                    "งบประมาณ", List.of("ที่", "รายการ"), List.of(List.of("1", "ค่าวัสดุ", "500"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("งบประมาณ")
        .hasMessageContaining("3 cells");
  }

  @Test
  void partsPrintChaptersByOrderThenAnnexesAndTiesKeepTheContributorsOrder() {
    ReportContributor first =
        new ReportContributor() {
          @Override
          public List<ReportPart> reportParts(ReportScope scope) {
            return List.of(
                ReportPart.annex(1, "ภาคผนวกหนึ่ง", NOTHING),
                ReportPart.chapter(20, "บทยี่สิบ ก", NOTHING));
          }
        };
    ReportContributor second =
        new ReportContributor() {
          @Override
          public List<ReportPart> reportParts(ReportScope scope) {
            return List.of(
                ReportPart.chapter(20, "บทยี่สิบ ข", NOTHING),
                ReportPart.chapter(10, "บทสิบ", NOTHING));
          }
        };
    ReportContributor silent = new ReportContributor() {};

    AnnualReport report =
        AnnualReport.collect(
            ReportAssemblerTests.COVER,
            List.of(),
            List.of(),
            ReportAssemblerTests.SCOPE,
            List.of(first, silent, second));

    assertThat(report.parts())
        .extracting(ReportPart::title)
        .containsExactly("บทสิบ", "บทยี่สิบ ก", "บทยี่สิบ ข", "ภาคผนวกหนึ่ง");
    assertThat(report.annexes()).extracting(ReportPart::title).containsExactly("ภาคผนวกหนึ่ง");
  }

  @Test
  void aPartNeedsATitle() {
    assertThatThrownBy(() -> ReportPart.chapter(1, " ", NOTHING))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
