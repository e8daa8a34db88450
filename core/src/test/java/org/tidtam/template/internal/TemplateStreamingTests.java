package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;

/** A render streams: a report of any length needs the same memory. */
class TemplateStreamingTests {

  @Test
  void rendersTenThousandActivitiesWithinA128MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                ManyRowsUnderSmallHeap.class.getName(),
                "10000")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

    String last = output.lines().reduce((a, b) -> b).orElse("");
    assertThat(last).as(output).startsWith("rendered ");
    assertThat(Long.parseLong(last.substring("rendered ".length())))
        .as("the header row and one row an activity")
        .isEqualTo(10_001);
  }

  @Test
  void theReportOfTheHeapTestRendersEveryRow() {
    byte[] out =
        TemplateEngine.create()
            .compile("7.2-like.docx", ManyRowsUnderSmallHeap.template(), Vocabulary.ANY)
            .render(RenderModel.of(ManyRowsUnderSmallHeap.report(3)), RenderOptions.thai());

    List<String> rows =
        TestDocx.read(out).getTables().getFirst().getRows().stream()
            .map(r -> r.getCell(0).getText() + "|" + r.getCell(6).getText())
            .toList();
    assertThat(rows).containsExactly("ที่|สถานะ", "1|เสร็จ", "2|ดำเนินการ", "3|ดำเนินการ");
    assertThat(TestDocx.read(out).getTables().getFirst().getRow(1).getCell(3).getText())
        .isEqualTo("150,000.00");
  }
}
