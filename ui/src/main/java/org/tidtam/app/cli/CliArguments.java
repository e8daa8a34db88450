package org.tidtam.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * The verbs and the options each accepts. {@code serve} (the web application) is not among them:
   * it is only recognised as the first argument, see {@link #isCommand}.
   */
  static final Map<String, Set<String>> VERBS =
      Map.ofEntries(
          Map.entry("forms", Set.of("lang")),
          Map.entry("schema", Set.of("form", "out", "lang")),
          Map.entry("sample", Set.of("form", "out", "lang")),
          Map.entry("validate", Set.of("form", "in", "stage", "lang", "context")),
          Map.entry(
              "render",
              Set.of(
                  "form",
                  "in",
                  "out",
                  "stage",
                  "lang",
                  "numerals",
                  "font",
                  "context",
                  "template",
                  "data",
                  "no-lint")),
          Map.entry("lint", Set.of("form", "template", "data", "lang")),
          Map.entry("prefill", Set.of("form", "year", "round", "unit", "out", "lang", "context")),
          Map.entry("new-form", Set.of("id", "name", "package", "title-th", "title-en", "root")),
          Map.entry("report", Set.of("year", "context", "out", "pdf", "numerals", "lang")),
          Map.entry("office-form", Set.of("form", "year", "context", "out", "numerals", "lang")),
          Map.entry("provenance", Set.of("in", "json", "lang")),
          Map.entry("demo", Set.of("schools", "projects", "year", "seed", "out", "lang")),
          Map.entry("help", Set.of("lang")),
          Map.entry("version", Set.of("lang")));

  /** Options that take no value. */
  static final Set<String> FLAGS = Set.of("no-lint", "pdf", "json");

  /**
   * Verbs that take one file without an option name, as {@code --in}: {@code provenance x.docx}.
   */
  static final Set<String> TAKES_FILE = Set.of("provenance");

  /** The first argument that starts the web application instead of the command line. */
  static final String SERVE = "serve";

  private static final Set<String> HELP_ALIASES = Set.of("help", "--help", "-h");
  private static final Set<String> VERSION_ALIASES = Set.of("version", "--version");

  CliArguments {
    options = Map.copyOf(options);
  }

  /**
   * Whether these arguments ask for the command line rather than the web application: the web
   * application starts only with no arguments or with {@code serve} first; anything else, a typo or
   * an option without a verb included, is the command line (which explains what it did not
   * understand instead of starting a server).
   */
  static boolean isCommand(String[] args) {
    return args.length > 0 && !args[0].equals(SERVE);
  }

  /** The arguments for the web application: those after {@code serve}. */
  static String[] serverArguments(String[] args) {
    return args.length > 0 && args[0].equals(SERVE)
        ? Arrays.copyOfRange(args, 1, args.length)
        : args.clone();
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
    List<String> withoutValue = new ArrayList<>();
    List<String> list = List.of(args);
    for (int i = 0; i < list.size(); i++) {
      String arg = list.get(i);
      if (arg.equals("--debug")) {
        debug = true;
      } else if (verb == null && HELP_ALIASES.contains(arg)) {
        verb = "help";
      } else if (verb == null && VERSION_ALIASES.contains(arg)) {
        verb = "version";
      } else if (verb == null && !arg.startsWith("-")) {
        verb = knownVerb(arg);
      } else if (arg.startsWith("--") && arg.length() > 2) {
        String name = arg.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (i + 1 < list.size() && !list.get(i + 1).startsWith("--")) {
          value = list.get(++i);
        } else if (FLAGS.contains(name)) {
          value = "true";
        } else {
          withoutValue.add(name);
          continue;
        }
        if (options.put(name, value) != null) {
          throw new CliException(
              "ตัวเลือก --" + name + " ซ้ำ", "option --" + name + " is given twice");
        }
      } else if (verb != null && TAKES_FILE.contains(verb) && !options.containsKey("in")) {
        options.put("in", arg);
      } else {
        throw new CliException(
            "ไม่เข้าใจอาร์กิวเมนต์ '" + arg + "' (ดู: help)",
            "unexpected argument '" + arg + "' (see: help)");
      }
    }
    if (verb == null) {
      if (options.isEmpty() && withoutValue.isEmpty()) {
        return new CliArguments("help", options, debug);
      }
      String option =
          "--" + (options.isEmpty() ? withoutValue.getFirst() : options.keySet().iterator().next());
      throw new CliException(
          "ตัวเลือก " + option + " ไม่มีคำสั่ง (ดู: help; เริ่มเว็บแอปพลิเคชันด้วย: serve)",
          "option "
              + option
              + " without a command (see: help; to start the web application: serve)");
    }
    List<String> given = new ArrayList<>(options.keySet());
    given.addAll(withoutValue);
    for (String name : given) {
      if (!VERBS.get(verb).contains(name)) {
        throw new CliException(
            "คำสั่ง " + verb + " ไม่รู้จักตัวเลือก --" + name,
            "unknown option --" + name + " for command " + verb);
      }
    }
    if (!withoutValue.isEmpty()) {
      String name = withoutValue.getFirst();
      throw new CliException(
          "ตัวเลือก --" + name + " ต้องมีค่า", "option --" + name + " needs a value");
    }
    return new CliArguments(verb, options, debug);
  }

  private static String knownVerb(String arg) {
    if (VERBS.containsKey(arg)) {
      return arg;
    }
    if (arg.equals(SERVE)) {
      throw new CliException(
          "serve ต้องเป็นอาร์กิวเมนต์แรก: java -jar tidtam.jar serve",
          "serve must be the first argument: java -jar tidtam.jar serve");
    }
    Optional<String> near = nearestVerb(arg);
    if (near.isPresent()) {
      throw new CliException(
          "ไม่รู้จักคำสั่ง '" + arg + "' หมายถึง " + near.get() + " หรือเปล่า? (ดู: help)",
          "unknown command '" + arg + "', did you mean " + near.get() + "? (see: help)");
    }
    throw new CliException(
        "ไม่รู้จักคำสั่ง '" + arg + "' (ดู: help)", "unknown command '" + arg + "' (see: help)");
  }

  /** The verb a typo most likely meant: at most two edits away, a swap of neighbours being one. */
  static Optional<String> nearestVerb(String typo) {
    String word = typo.toLowerCase(Locale.ROOT);
    List<String> verbs = new ArrayList<>(VERBS.keySet());
    verbs.add(SERVE);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String verb : verbs.stream().sorted().toList()) {
      int d = distance(word, verb);
      if (d < bestDistance) {
        best = verb;
        bestDistance = d;
      }
    }
    int allowed = Math.min(2, Math.max(1, word.length() / 3));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The optimal-string-alignment distance: insertions, deletions, changes and neighbour swaps. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
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
