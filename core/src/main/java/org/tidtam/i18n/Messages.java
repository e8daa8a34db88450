package org.tidtam.i18n;

import jakarta.el.ELProcessor;
import java.math.BigDecimal;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@link Message}s into text with the {@code ValidationMessages} bundles of core and every
 * plugin merged, as Jakarta Validation does: {@code {name}} is an argument or, failing that,
 * another key of the bundles; {@code ${expression}} is a Jakarta EL expression over the arguments
 * (e.g. {@code ${inclusive ? 'ต้องไม่เกิน' : 'ต้องน้อยกว่า'}}); {@code \{}, {@code \}}, {@code \$}
 * and {@code \\} stand for themselves.
 */
public final class Messages {

  /** The base name of the bundles that core and plugins contribute to. */
  public static final String BUNDLE = "ValidationMessages";

  private static final int MAX_DEPTH = 5;
  private static final String PROVIDER_BUNDLE = "org.hibernate.validator.ValidationMessages";
  private static final Map<Key, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
  private static final Map<Lang, ResourceBundle> PROVIDER = new ConcurrentHashMap<>();

  private Messages() {}

  /** The text of a message in a language. */
  public static String render(Message message, Lang lang) {
    ResourceBundle bundle = bundle(lang);
    String template = lookup(bundle, message.key());
    if (template == null) {
      template = lookup(provider(lang), message.key());
    }
    return interpolate(
        template == null ? message.key() : template, message.args(), lang, bundle, 0);
  }

  /** Whether the bundles of a language hold a key. */
  public static boolean has(String key, Lang lang) {
    return lookup(bundle(lang), key) != null;
  }

  private static ResourceBundle bundle(Lang lang) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Messages.class.getClassLoader();
    }
    return BUNDLES.computeIfAbsent(
        new Key(loader, lang),
        k ->
            new PlatformResourceBundleLocator(BUNDLE, k.loader(), true)
                .getResourceBundle(k.lang().locale()));
  }

  /** The validation provider's own messages, for a built-in constraint no bundle of ours names. */
  private static @Nullable ResourceBundle provider(Lang lang) {
    return PROVIDER.computeIfAbsent(
        lang,
        l -> {
          try {
            return ResourceBundle.getBundle(
                PROVIDER_BUNDLE, l.locale(), Messages.class.getClassLoader());
          } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(PROVIDER_BUNDLE, java.util.Locale.ROOT);
          }
        });
  }

  private static @Nullable String lookup(@Nullable ResourceBundle bundle, String key) {
    if (bundle == null) {
      return null;
    }
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static String interpolate(
      String template,
      Map<String, Object> args,
      Lang lang,
      @Nullable ResourceBundle bundle,
      int depth) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(template.charAt(i + 1));
        i += 2;
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int end = closing(template, i + 1);
        if (end < 0) {
          out.append(template, i, template.length());
          break;
        }
        out.append(evaluate(template.substring(i + 2, end), args, lang));
        i = end + 1;
      } else if (c == '{') {
        int end = closing(template, i);
        if (end < 0) {
          out.append(template, i, template.length());
          break;
        }
        String name = template.substring(i + 1, end);
        out.append(parameter(name, args, lang, bundle, depth));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String parameter(
      String name,
      Map<String, Object> args,
      Lang lang,
      @Nullable ResourceBundle bundle,
      int depth) {
    if (args.containsKey(name)) {
      return show(args.get(name), lang);
    }
    String nested = depth < MAX_DEPTH ? lookup(bundle, name) : null;
    if (nested != null) {
      return interpolate(nested, args, lang, bundle, depth + 1);
    }
    return "{" + name + "}";
  }

  /** The index of the brace that closes the one at {@code open}, or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    boolean quoted = false;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == quote) {
          quoted = false;
        }
      } else if (c == '\'' || c == '"') {
        quoted = true;
        quote = c;
      } else if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String evaluate(String expression, Map<String, Object> args, Lang lang) {
    try {
      ELProcessor el = new ELProcessor();
      args.forEach((name, value) -> el.defineBean(name, elValue(value, lang)));
      Object value = el.eval(expression);
      return show(value, lang);
    } catch (RuntimeException e) {
      return "${" + expression + "}";
    }
  }

  private static @Nullable Object elValue(@Nullable Object value, Lang lang) {
    return value instanceof LocalizedText || value instanceof Labeled ? show(value, lang) : value;
  }

  /** An argument as text: localized texts and labels in the language, decimals in full. */
  static String show(@Nullable Object value, Lang lang) {
    return switch (value) {
      case null -> "";
      case LocalizedText t -> t.in(lang);
      case Labeled l -> l.label().in(lang);
      case BigDecimal d -> d.toPlainString();
      case Message m -> render(m, lang);
      default -> String.valueOf(value);
    };
  }

  private record Key(ClassLoader loader, Lang lang) {}
}
