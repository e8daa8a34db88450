package org.tidtam.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class UiMessagesTests {

  private final UiMessages messages = new UiMessages();

  @Test
  void thaiIsTheDefaultAndEnglishIsSwitchable() {
    assertThat(messages.get(Lang.TH, "app.name")).isEqualTo("ติดตาม");
    assertThat(messages.get(Lang.EN, "app.name")).isEqualTo("Tidtam");
    assertThat(messages.getTranslation("app.name", Locale.GERMAN)).isEqualTo("ติดตาม");
  }

  @Test
  void anUnknownKeyIsVisible() {
    assertThat(messages.get(Lang.EN, "no.such.key")).isEqualTo("!no.such.key!");
  }

  @Test
  void everyBundleHasTheSameKeysInBothLanguages() throws Exception {
    for (String base : UiMessages.BUNDLES) {
      String path = base.replace('.', '/');
      Properties th = load(path + ".properties");
      Properties en = load(path + "_en.properties");
      assertThat(en.stringPropertyNames()).as(base).isEqualTo(th.stringPropertyNames());
    }
  }

  private static Properties load(String resource) throws Exception {
    var props = new Properties();
    try (var in = UiMessages.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return props;
  }
}
