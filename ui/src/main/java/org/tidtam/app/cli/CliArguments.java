package org.tidtam.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;
import org.tidtam.template.Numerals;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;

/**
 * The parsed command line: a verb and its {@code --name value} options. Each verb accepts only its
 * own options, so a mistyped option is an error instead of being silently ignored.
 */
record CliArguments(String verb, Map<String, String> options, boolean debug) {

  static final Map<String, Set<String>> VERBS =
      Map.of(
          "forms", Set.of("lang"),
          "schema", Set.of("form", "out", "lang"),
          "sample", Set.of("form", "out", "lang"),
          "validate", Set.of("form", "in", "stage", "lang", "context"),
          "render",
              Set.of(
                  "form", "in", "out", "stage", "lang", "numerals", "font", "context", "template"),
          "lint", Set.of("form", "template", "lang"),
          "prefill", Set.of("form", "year", "round", "unit", "out", "lang", "context"),
          "help", Set.of("lang"));

  private static final Set<String> HELP_ALIASES = Set.of("help", "--help", "-h");

  CliArguments {
    options = Map.copyOf(options);
  }

  /** Whether these arguments ask for the command line rather than the web application. */
  static boolean isCommand(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (HELP_ALIASES.contains(arg) || VERBS.containsKey(arg)) {
        return true;
      }
      if (arg.startsWith("--") && !arg.equals("--debug") && !arg.contains("=")) {
        i++; // the option's value
      }
    }
    return false;
  }

  /** The language asked for with {@code --lang}, read leniently so errors can be reported in it. */
  static Lang langOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null && value.trim().equalsIgnoreCase("en")) {
        return Lang.EN;
      }
    }
    return Lang.TH;
  }

  static CliArguments parse(String[] args) {
    String verb = null;
    boolean debug = false;
    Map<String, String> options = new LinkedHashMap<>();
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String arg = list.get(i);
      if (arg.equals("--debug")) {
        debug = true;
      } else if (verb == null && HELP_ALIASES.contains(arg)) {
        verb = "help";
      } else if (verb == null && !arg.startsWith("-")) {
        if (!VERBS.containsKey(arg)) {
          throw new CliException(
              "ไม่รู้จักคำสั่ง '" + arg + "' (ดู: help)",
              "unknown command '" + arg + "' (see: help)");
        }
        verb = arg;
      } else if (arg.startsWith("--") && arg.length() > 2) {
        String name = arg.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < list.size() && !list.get(i + 1).startsWith("--")) {
          value = list.get(++i);
        } else {
          throw new CliException(
              "ตัวเลือก --" + name + " ต้องมีค่า", "option --" + name + " needs a value");
        }
        if (options.put(name, value) != null) {
          throw new CliException(
              "ตัวเลือก --" + name + " ซ้ำ", "option --" + name + " is given twice");
        }
      } else {
        throw new CliException(
            "ไม่เข้าใจอาร์กิวเมนต์ '" + arg + "'", "unexpected argument '" + arg + "'");
      }
    }
    if (verb == null) {
      verb = "help";
    }
    for (String name : options.keySet()) {
      if (!VERBS.get(verb).contains(name)) {
        throw new CliException(
            "คำสั่ง " + verb + " ไม่รู้จักตัวเลือก --" + name,
            "unknown option --" + name + " for command " + verb);
      }
    }
    return new CliArguments(verb, options, debug);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  String required(String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new CliException(
          "คำสั่ง " + verb + " ต้องมีตัวเลือก --" + name,
          "command " + verb + " needs option --" + name);
    }
    return value;
  }

  Lang lang() {
    return option("lang").map(CliArguments::parseLang).orElse(Lang.TH);
  }

  Stage stage(Stage fallback) {
    return option("stage")
        .map(
            s ->
                switch (s.trim().toLowerCase(Locale.ROOT)) {
                  case "draft" -> Stage.DRAFT;
                  case "submit" -> Stage.SUBMIT;
                  default -> throw badChoice("stage", s, "draft, submit");
                })
        .orElse(fallback);
  }

  Numerals numerals() {
    return option("numerals")
        .map(
            s ->
                switch (s.trim().toLowerCase(Locale.ROOT)) {
                  case "arabic" -> Numerals.ARABIC;
                  case "thai" -> Numerals.THAI;
                  case "thai-text" -> Numerals.THAI_TEXT_ARABIC_TABLES;
                  default -> throw badChoice("numerals", s, "arabic, thai, thai-text");
                })
        .orElse(Numerals.ARABIC);
  }

  /** The {@code --round} option: {@code 6m}, {@code 12m}, {@code 9m}, {@code q1}..{@code q4}. */
  Round round() {
    String value = required("round").trim().toUpperCase(Locale.ROOT);
    for (Round r : Round.values()) {
      if (r.name().equals(value) || r.name().equals("ROUND_" + value)) {
        return r;
      }
    }
    throw badChoice("round", value, "6m, 9m, 12m, q1, q2, q3, q4");
  }

  /** The {@code --year} option: a Buddhist-era fiscal year such as 2569. */
  int fiscalYear() {
    String value = required("year").trim();
    try {
      int year = Integer.parseInt(value);
      if (year > 2400) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CliException(
        "--year ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2569 (ได้ '" + value + "')",
        "--year must be a Buddhist-era fiscal year such as 2569 (got '" + value + "')");
  }

  @Nullable String font() {
    return options.get("font");
  }

  private static Lang parseLang(String code) {
    return switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "th" -> Lang.TH;
      case "en" -> Lang.EN;
      default -> throw badChoice("lang", code, "th, en");
    };
  }

  private static CliException badChoice(String option, String value, String choices) {
    return new CliException(
        "ค่า --" + option + " '" + value + "' ใช้ไม่ได้ (เลือก: " + choices + ")",
        "invalid --" + option + " '" + value + "' (choose: " + choices + ")");
  }
}
