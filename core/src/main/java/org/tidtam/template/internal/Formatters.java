package org.tidtam.template.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.template.Formatter;
import org.tidtam.template.RenderContext;
import org.tidtam.thai.Baht;
import org.tidtam.thai.BahtText;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.ThaiDates;
import org.tidtam.thai.ThaiDigits;
import org.tidtam.thai.ThaiNumbers;

/**
 * The formatters a tag may name after {@code |}, and the default display of a value when no
 * formatter decides (Labeled -> label, date -> long Thai date, boolean -> yes/no, ...). A built-in
 * formatter never throws: a value it cannot format (NaN, a year out of range) passes unchanged.
 */
public final class Formatters {

  private static final int BE_YEARS_FROM = 2400;
  private static final Map<String, Formatter> BUILT_IN = builtIn();

  /** The engine's own formatters while it compiles a template (see {@link #compiling}). */
  private static final ScopedValue<Map<String, Formatter>> CUSTOM = ScopedValue.newInstance();

  private Formatters() {}

  /**
   * Runs a compilation with the engine's own formatters findable beside the built-in ones: the
   * linter checks names against them and the compiled template keeps the formatter objects, so no
   * formatter is looked up or built again when rendering.
   */
  public static <T> T compiling(
      Map<String, Formatter> custom, java.util.function.Supplier<T> work) {
    return custom.isEmpty() ? work.get() : ScopedValue.where(CUSTOM, custom).call(work::get);
  }

  /** The formatter names a tag may use (built-in and the compiling engine's own), sorted. */
  public static Set<String> names() {
    Set<String> names = new java.util.TreeSet<>(BUILT_IN.keySet());
    if (CUSTOM.isBound()) {
      names.addAll(CUSTOM.get().keySet());
    }
    return names;
  }

  public static @Nullable Formatter find(String name) {
    if (CUSTOM.isBound()) {
      Formatter custom = CUSTOM.get().get(name);
      if (custom != null) {
        return custom;
      }
    }
    return BUILT_IN.get(name);
  }

  /** Whether the formatter is one of the built-in ones, which never throw. */
  static boolean isBuiltIn(Formatter f) {
    return BUILT_IN.containsValue(f);
  }

  /** Whether the formatter needs an argument ({@code or:"–"}). */
  static boolean needsArgument(String name) {
    return name.equals("or");
  }

  private static Map<String, Formatter> builtIn() {
    Map<String, Formatter> m = new LinkedHashMap<>();
    m.put("thaiDate", date(ThaiDates::longDate));
    m.put("thaiDateEra", date(ThaiDates::longDateEra));
    m.put("thaiDateFull", date(ThaiDates::fullDate));
    m.put("thaiDateShort", date(ThaiDates::shortDate));
    m.put("thaiDateShort2", date(ThaiDates::shortDate2));
    m.put("beYear", (v, a, c) -> beYear(v));
    m.put("fiscalYear", (v, a, c) -> fiscalYear(v, c.lang()));
    m.put("baht", number(v -> grouped(decimal(v), 2)));
    m.put("bahtWhole", number(v -> grouped(decimal(v), 0)));
    m.put("bahtText", number(v -> BahtText.of(decimal(v))));
    m.put("percent", number(v -> grouped(decimal(v), 2)));
    m.put("number", number(v -> grouped(decimal(v), 0)));
    m.put("decimal", number(v -> grouped(decimal(v), 2)));
    m.put("thaiDigits", (v, a, c) -> v == null ? null : ThaiDigits.toThai(display(v, c)));
    m.put("or", (v, a, c) -> v == null || display(v, c).isBlank() ? (a == null ? "" : a) : v);
    m.put("yesNo", (v, a, c) -> v == null ? null : yesNo(truthy(v), c.lang()));
    m.put("check", (v, a, c) -> truthy(v) ? "☑" : "☐");
    m.put("label", (v, a, c) -> v == null ? null : display(v, c));
    m.put("upper", (v, a, c) -> v == null ? null : display(v, c).toUpperCase(Locale.ROOT));
    m.put("lines", (v, a, c) -> v);
    Map<String, Formatter> safe = new LinkedHashMap<>();
    m.forEach((name, f) -> safe.put(name, safe(f)));
    return Map.copyOf(safe);
  }

  private static Formatter safe(Formatter f) {
    return (v, a, c) -> {
      try {
        return f.apply(v, a, c);
      } catch (RuntimeException e) {
        return v;
      }
    };
  }

  /**
   * What {@link ThaiNumbers#decimal} and {@link Baht} print (grouped thousands, {@code scale}
   * decimals, half up), without building and parsing a {@code java.util.Formatter} on every call: a
   * report formats hundreds of amounts.
   */
  static String grouped(BigDecimal value, int scale) {
    String plain = value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    int digits = end - start;
    if (digits <= 3) {
      return plain;
    }
    StringBuilder out = new StringBuilder(plain.length() + digits / 3);
    out.append(plain, 0, start);
    int first = digits % 3 == 0 ? 3 : digits % 3;
    out.append(plain, start, start + first);
    for (int i = start + first; i < end; i += 3) {
      out.append(',').append(plain, i, i + 3);
    }
    return out.append(plain, end, plain.length()).toString();
  }

  /** A year below 2400 is read as a CE year, anything else as a BE year. */
  private static int toBeYear(int year) {
    return year < BE_YEARS_FROM ? ThaiDates.toBe(year) : year;
  }

  private interface DateText {
    String of(LocalDate date);
  }

  private interface NumberText {
    String of(Object value);
  }

  private static Formatter date(DateText f) {
    return (v, a, c) -> {
      LocalDate d = toDate(v);
      return d == null ? v : f.of(d);
    };
  }

  private static Formatter number(NumberText f) {
    return (v, a, c) -> {
      if (v == null || (v instanceof String s && s.isBlank())) {
        return null;
      }
      return isNumeric(v) ? f.of(v) : v;
    };
  }

  private static @Nullable Object beYear(@Nullable Object v) {
    if (v instanceof Number n) {
      return toBeYear(n.intValue());
    }
    LocalDate d = toDate(v);
    return d == null ? v : ThaiDates.beYear(d);
  }

  private static @Nullable Object fiscalYear(@Nullable Object v, Lang lang) {
    if (v instanceof FiscalYear fy) {
      return fy.label(lang);
    }
    if (v instanceof Number n) {
      return FiscalYear.ofBe(toBeYear(n.intValue())).label(lang);
    }
    LocalDate d = toDate(v);
    return d == null ? v : FiscalYear.of(d).label(lang);
  }

  private static @Nullable LocalDate toDate(@Nullable Object v) {
    return switch (v) {
      case LocalDate d -> d;
      case LocalDateTime dt -> dt.toLocalDate();
      case TemporalAccessor t when t.isSupported(java.time.temporal.ChronoField.EPOCH_DAY) ->
          LocalDate.from(t);
      case null, default -> null;
    };
  }

  private static boolean isNumeric(Object v) {
    if (v instanceof Double d) {
      return Double.isFinite(d);
    }
    if (v instanceof Float f) {
      return Float.isFinite(f);
    }
    if (v instanceof Number) {
      return true;
    }
    if (v instanceof String s) {
      try {
        new BigDecimal(s.strip().replace(",", ""));
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  static BigDecimal decimal(Object v) {
    return switch (v) {
      case BigDecimal b -> b;
      case Integer i -> BigDecimal.valueOf(i);
      case Long l -> BigDecimal.valueOf(l);
      case Number n -> new BigDecimal(n.toString());
      default -> new BigDecimal(v.toString().strip().replace(",", ""));
    };
  }

  private static final LocalizedText YES = LocalizedText.of("ใช่", "Yes");
  private static final LocalizedText NO = LocalizedText.of("ไม่ใช่", "No");

  private static String yesNo(boolean value, Lang lang) {
    return (value ? YES : NO).in(lang);
  }

  /** Falsy: null, false, empty text, empty collection, zero. */
  static boolean truthy(@Nullable Object v) {
    return switch (v) {
      case null -> false;
      case Boolean b -> b;
      case CharSequence s -> !s.isEmpty();
      case Collection<?> c -> !c.isEmpty();
      case Iterable<?> it -> it.iterator().hasNext();
      case Map<?, ?> m -> !m.isEmpty();
      case BigDecimal b -> b.signum() != 0;
      case Number n -> n.doubleValue() != 0;
      case java.util.Optional<?> o -> o.isPresent();
      default -> true;
    };
  }

  /** The default display of any value. */
  static String display(@Nullable Object v, RenderContext context) {
    return switch (v) {
      case null -> "";
      case String s -> s;
      case Labeled l -> l.label().in(context.lang());
      case LocalizedText t -> t.in(context.lang());
      case Enum<?> e -> e.name();
      case LocalDate d -> ThaiDates.longDate(d);
      case BigDecimal b -> b.toPlainString();
      case Boolean b -> yesNo(b, context.lang());
      default -> v.toString();
    };
  }
}
