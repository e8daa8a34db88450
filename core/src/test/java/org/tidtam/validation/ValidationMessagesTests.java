package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.MessageBundles;

class ValidationMessagesTests {

  @Test
  void coreBundleTranslatesEveryKeyIntoThaiAndEnglish() {
    assertThat(MessageBundles.keys(FormValidator.class))
        .contains(
            "jakarta.validation.constraints.NotNull.message",
            "org.tidtam.validation.CleanText.message");
    assertThat(MessageBundles.missingKeys(FormValidator.class, "th")).isEmpty();
    assertThat(MessageBundles.missingKeys(FormValidator.class, "en")).isEmpty();
  }

  @Test
  void coreBundleOverridesEveryStandardJakartaMessage() throws Exception {
    java.util.Properties hv = new java.util.Properties();
    try (var in =
        org.hibernate.validator.HibernateValidator.class.getResourceAsStream(
            "/org/hibernate/validator/ValidationMessages.properties")) {
      hv.load(in);
    }
    var standard =
        hv.stringPropertyNames().stream()
            .filter(k -> k.startsWith("jakarta.validation.constraints."))
            .toList();
    assertThat(standard).hasSizeGreaterThan(20);
    assertThat(MessageBundles.keys(FormValidator.class)).containsAll(standard);
  }

  @Test
  void theTestPluginsBundleIsCheckedAsItsOwn() {
    assertThat(MessageBundles.keys(org.tidtam.testforms.TestFormPlugin.class))
        .containsExactly("T.1.amountsWithinBudget");
    assertThat(MessageBundles.missingKeys(org.tidtam.testforms.TestFormPlugin.class, "th"))
        .isEmpty();
  }

  @Test
  void everyKeyCoreNamesHasThaiAndEnglishText() {
    assertThat(MessageBundles.usedKeys(FormValidator.class))
        .contains("tidtam.required", "tidtam.indicator.levelRange", "tidtam.template.tag.empty");
    assertThat(MessageBundles.untranslatedKeys(FormValidator.class)).isEmpty();
  }

  @Test
  void coreSaysRequiredOneWayAndKeepsToTheFormsTermsInThai() {
    assertThat(MessageBundles.otherRequiredWordings(FormValidator.class)).isEmpty();
    assertThat(MessageBundles.otherTerms(FormValidator.class)).isEmpty();
  }

  @Test
  void coreGivesEachGenericTextOnce() {
    var th = MessageBundles.bundle(FormValidator.class, "th");
    var en = MessageBundles.bundle(FormValidator.class, "en");
    var byText = new java.util.TreeMap<String, java.util.List<String>>();
    for (String key : th.stringPropertyNames()) {
      if (key.startsWith("tidtam.") || key.startsWith("org.tidtam.")) {
        byText
            .computeIfAbsent(
                th.getProperty(key) + " / " + en.getProperty(key), t -> new java.util.ArrayList<>())
            .add(key);
      }
    }
    byText.values().removeIf(keys -> keys.size() < 2);
    assertThat(byText).as("one key per text").isEmpty();
  }
}
