package org.tidtam.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the {@code ValidationMessages} bundles: core's main code holds
 * Thai only in its Thai formatting ({@code org.tidtam.thai}), the test kit and bilingual labels.
 */
class NoThaiLiteralsTests {

  @Test
  void coreMainCodeHasNoThaiTextOutsideTheBundlesAndBilingualLabels() throws IOException {
    Path sources = coreMainSources();
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        scanned++;
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (ThaiLiterals.Offender o : ThaiLiterals.offenders(source)) {
          offenders.add(sources.relativize(file) + ":" + o.line() + ": " + o.literal());
        }
      }
    }
    assertThat(scanned).as("Java files scanned").isGreaterThan(50);
    assertThat(offenders).as("Thai literals that should be message keys of the bundles").isEmpty();
  }

  @Test
  void findsAPlantedThaiLiteralAndAllowsOnlyTheBilingualConstructs() {
    String source =
        """
        package org.tidtam.example;

        // "ไม่นับ" in a comment
        /** Javadoc "ไม่นับ" too. */
        enum Size implements Labeled {
          SMALL("เล็ก", "Small"),
          ONLY_THAI("ใหญ่", "ใหญ่มาก");

          Size(String th, String en) {}
        }

        record Person(@Label(th = "ชื่อ", en = "Name") String name) {
          static final LocalizedText TITLE = LocalizedText.of("ผู้รายงาน", "Reporter");
          static final LocalizedText THAI_TWICE = LocalizedText.of("ผู้รายงาน", "ผู้รายงาน");
          static final Office OFFICE = new Office("กบ", TITLE, TITLE, "กระบี่");

          void check() {
            throw new IllegalStateException("ไม่พบแบบฟอร์ม (form not found)");
          }

          String glued() {
            return LocalizedText.of("ก" + "ข", "ab").th() + 'ค' + "\\u0E01";
          }

          @Label(th = "ช่อง", en = "ช่องภาษาไทย")
          String field() {
            return text(SMALL("ซ่อน", "hidden"));
          }
        }
        """;

    List<ThaiLiterals.Offender> offenders = ThaiLiterals.offenders(source);

    assertThat(offenders)
        .extracting(ThaiLiterals.Offender::line, ThaiLiterals.Offender::literal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "\"ใหญ่\""),
            org.assertj.core.groups.Tuple.tuple(7, "\"ใหญ่มาก\""),
            org.assertj.core.groups.Tuple.tuple(14, "\"ผู้รายงาน\""),
            org.assertj.core.groups.Tuple.tuple(14, "\"ผู้รายงาน\""),
            org.assertj.core.groups.Tuple.tuple(18, "\"ไม่พบแบบฟอร์ม (form not found)\""),
            org.assertj.core.groups.Tuple.tuple(22, "\"ก\""),
            org.assertj.core.groups.Tuple.tuple(22, "\"ข\""),
            org.assertj.core.groups.Tuple.tuple(22, "'ค'"),
            org.assertj.core.groups.Tuple.tuple(22, "\"\\u0E01\""),
            org.assertj.core.groups.Tuple.tuple(25, "\"ช่องภาษาไทย\""),
            org.assertj.core.groups.Tuple.tuple(27, "\"ซ่อน\""));
    assertThat(ThaiLiterals.offenders(source.replace("org.tidtam.example", "org.tidtam.thai")))
        .as("the Thai formatting package")
        .isEmpty();
  }

  /** {@code src/main/java} of core, from the core module (Maven) or the project root (an IDE). */
  private static Path coreMainSources() {
    Path here = Paths.get("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      for (Path candidate :
          List.of(
              dir.resolve("src/main/java/org/tidtam"),
              dir.resolve("core/src/main/java/org/tidtam"))) {
        if (Files.isDirectory(candidate.resolve("i18n"))) {
          return candidate.getParent().getParent();
        }
      }
    }
    throw new IllegalStateException("core/src/main/java not found from " + here);
  }
}
