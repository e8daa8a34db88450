package org.tidtam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageBundlesTests {

  @TempDir Path dir;

  @Test
  void listsTheKeysATranslationLacks() throws IOException {
    Files.writeString(dir.resolve("ValidationMessages.properties"), "a.one=one\na.two=two\n");
    Files.writeString(dir.resolve("ValidationMessages_th.properties"), "a.one=หนึ่ง\n");
    assertThat(MessageBundles.missingKeys(dir.toUri().toURL(), "th")).containsExactly("a.two");
    assertThat(MessageBundles.missingKeys(dir.toUri().toURL(), "en"))
        .containsExactly("a.one", "a.two");
  }

  @Test
  void aJarWithoutMessagesLacksNothing() throws IOException {
    assertThat(MessageBundles.missingKeys(dir.toUri().toURL(), "th")).isEmpty();
  }

  @Test
  void findsPluginKeysThatRepeatCore() throws IOException {
    Path core = Files.createDirectory(dir.resolve("core"));
    Path plugin = Files.createDirectory(dir.resolve("plugin"));
    Files.writeString(
        core.resolve("ValidationMessages_th.properties"), "tidtam.required=ต้องระบุ\n");
    Files.writeString(
        core.resolve("ValidationMessages_en.properties"), "tidtam.required=Required\n");
    Files.writeString(
        plugin.resolve("ValidationMessages_th.properties"),
        "p.required=ต้องระบุ\np.own=ต้องระบุชื่อ\ntidtam.required=ต้องระบุ\n");
    Files.writeString(
        plugin.resolve("ValidationMessages_en.properties"),
        "p.required=Must be given\np.own=Give the name\ntidtam.required=Required\n");

    assertThat(MessageBundles.repeatedCoreKeys(plugin.toUri().toURL(), core.toUri().toURL()))
        .containsExactly(
            "p.required repeats core's tidtam.required", "tidtam.required redefines core's key");
  }

  @Test
  void findsOtherWordingsOfRequiredInThai() throws IOException {
    Files.writeString(
        dir.resolve("ValidationMessages_th.properties"),
        "a=กรุณากรอกชื่อ\nb=ต้องระบุชื่อ\nc=จำเป็นต้องมีชื่อ\nd=โปรดระบุชื่อ\n",
        java.nio.charset.StandardCharsets.UTF_8);

    assertThat(MessageBundles.otherRequiredWordings(dir.toUri().toURL()))
        .containsExactly("a: กรุณากรอก", "c: จำเป็นต้อง", "d: โปรดระบุ");
  }

  @Test
  void readsTheKeysTheClassesOfAJarName() {
    assertThat(MessageBundles.usedKeys(org.tidtam.testforms.TestFormPlugin.class))
        .contains("T.1.amountsWithinBudget")
        .doesNotContain("row.name", "reporter.phone");
    assertThat(
            MessageBundles.untranslatedKeys(
                java.util.Set.of("tidtam.required", "x.none"), getClass().getClassLoader()))
        .containsExactly("x.none (th)", "x.none (en)");
  }

  @Test
  void namesTheTermToUseInstead() {
    assertThat(MessageBundles.otherTerms("งบประมาณที่ใช้จริงของกิจกรรม"))
        .containsExactly(
            "งบประมาณที่ใช้จริง: say ผลการเบิกจ่าย (แหล่งงบประมาณ) or ค่าใช้จ่ายจริง (กิจกรรม)");
    assertThat(MessageBundles.otherTerms("จุดเน้นและนโยบายเร่งด่วน (Quick Win) ผลการเบิกจ่าย"))
        .isEmpty();
  }

  @Test
  void namesOtherSpellingsOfTheTerms() {
    assertThat(MessageBundles.otherTerms("เบิกจ่าย ๑๒ เดือน (บาท)"))
        .containsExactly("เบิกจ่าย ๑๒ เดือน: say ผลการเบิกจ่าย");
    assertThat(MessageBundles.otherTerms("ใช้จริง (บาท)"))
        .containsExactly("ใช้จริง: say ค่าใช้จ่ายจริง (กิจกรรม) or ผลการเบิกจ่าย (แหล่งงบประมาณ)");
    assertThat(MessageBundles.otherTerms("สรุป: บรรลุ 2 ตัวชี้วัด ไม่บรรลุ 1 ตัวชี้วัด"))
        .containsExactly(
            "บรรลุ: say บรรลุเป้าหมาย or ไม่บรรลุเป้าหมาย",
            "ไม่บรรลุ: say บรรลุเป้าหมาย or ไม่บรรลุเป้าหมาย");
    assertThat(MessageBundles.otherTerms("จำนวนผู้ผ่านเกณฑ์")).hasSize(1);
    assertThat(MessageBundles.otherTerms("เบิกจ่ายแล้ว 140,000.00 บาท"))
        .containsExactly("เบิกจ่ายแล้ว: say ผลการเบิกจ่าย");
    assertThat(
            MessageBundles.otherTerms(
                "ผลการเบิกจ่าย 6 เดือน (บาท) ค่าใช้จ่ายจริง (บาท) ประเมินว่าบรรลุหรือไม่บรรลุเป้าหมาย"
                    + " จำนวนที่ผ่านเกณฑ์ ผลการเบิกจ่าย (บาท)"))
        .isEmpty();
  }
}
