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
}
