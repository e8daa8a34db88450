package org.tidtam.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.tidtam.i18n.Lang;

/**
 * Translations of the web application, read from the UTF-8 bundles under {@code
 * org/tidtam/app/i18n/}: {@code shell} (layout, sign-in, lists, review) and {@code editor} (a
 * submission's editing page). Thai is the default; a key missing in English falls back to Thai, a
 * key missing everywhere shows as {@code !key!} so that tests catch it.
 */
@Component
public class UiMessages implements I18NProvider {

  static final List<String> BUNDLES =
      List.of(
          "org.tidtam.app.i18n.shell",
          "org.tidtam.app.i18n.editor",
          "org.tidtam.app.i18n.monitoring",
          "org.tidtam.app.i18n.dashboard",
          "org.tidtam.app.i18n.catalog",
          "org.tidtam.app.i18n.report");

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(Lang.TH.locale(), Lang.EN.locale());
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Lang lang = Lang.of(locale == null ? Lang.TH.locale() : locale);
    for (String base : BUNDLES) {
      ResourceBundle bundle = bundle(base, lang);
      if (bundle != null && bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return params.length == 0
            ? pattern
            : new MessageFormat(pattern, lang.locale()).format(params);
      }
    }
    return "!" + key + "!";
  }

  /** The text of {@code key} in {@code lang}. */
  public String get(Lang lang, String key, Object... params) {
    return getTranslation(key, lang.locale(), params);
  }

  private static ResourceBundle bundle(String base, Lang lang) {
    try {
      // the base file is Thai; English lives in _en. No fallback to the JVM's default locale.
      return ResourceBundle.getBundle(
          base,
          lang.locale(),
          UiMessages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
