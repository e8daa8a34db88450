package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.chart.ChartImages;
import org.tidtam.chart.Charts;
import org.tidtam.chart.ThaiFonts;
import org.tidtam.i18n.Lang;

class DashboardChartsTests {

  private static final DashboardFigures FIGURES = FiguresTests.wholeOffice();

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a PNG that ImageIO reads").isNotNull();
    return image;
  }

  /** Pixels that are not the white ground. */
  private static int inked(BufferedImage image) {
    int inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          inked++;
        }
      }
    }
    return inked;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "completeness",
        "strategies",
        "policies",
        "indicators",
        "budget-groups",
        "budget-sources",
        "schools-districts",
        "schools-sizes"
      })
  void drawsEveryTableAsAPngOfTheDashboardSize(String id) throws IOException {
    BufferedImage image = decode(DashboardCharts.png(FIGURES, id, Lang.TH));

    assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ChartImages.HEIGHT);
    assertThat(inked(image)).as("something is drawn").isGreaterThan(500);
  }

  @Test
  void everyTableHasAChart() {
    for (FigureTable table : FIGURES.tables()) {
      JFreeChart chart = DashboardCharts.chart(FIGURES, table.id(), Lang.EN);
      assertThat(chart.getTitle().getText()).isNotBlank();
    }
    assertThatThrownBy(() -> DashboardCharts.chart(FIGURES, "nothing", Lang.TH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void titlesAreThaiWithTheBuddhistEraYear() {
    JFreeChart chart = DashboardCharts.chart(FIGURES, "budget-groups", Lang.TH);

    assertThat(chart.getTitle().getText())
        .isEqualTo("งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม");
    assertThat(DashboardCharts.subtitle(FIGURES, Lang.TH))
        .isEqualTo("ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน");
    assertThat(DashboardCharts.chart(FIGURES, "indicators", Lang.TH).getTitle().getText())
        .isEqualTo("ตัวชี้วัดที่บรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด");
  }

  @Test
  void drawsAtTheSizeAskedAndRefusesNoSize() throws IOException {
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    series.put("ได้รับ", List.of(new BigDecimal("1500000"), new BigDecimal("20")));
    JFreeChart chart =
        Charts.bar(
            "แผนภูมิทดสอบ ภาษาไทย",
            "ปีงบประมาณ พ.ศ. 2569",
            List.of("กลุ่มนโยบายและแผน", "ก"),
            new LinkedHashMap<>(series),
            "บาท",
            true,
            false,
            List.of());

    BufferedImage image = decode(ChartImages.png(chart, 321, 123));

    assertThat(image.getWidth()).isEqualTo(321);
    assertThat(image.getHeight()).isEqualTo(123);
    assertThatThrownBy(() -> ChartImages.png(chart, 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thaiFontDrawsThaiWhenTheMachineHasOne() {
    assumeTrue(!ThaiFonts.family().equals(Font.SANS_SERIF), "no Thai font installed");

    assertThat(ThaiFonts.FAMILIES).contains(ThaiFonts.family());
    assertThat(ThaiFonts.font(Font.PLAIN, 12).canDisplayUpTo("ความครบถ้วน ๒๕๖๙")).isEqualTo(-1);
  }
}
