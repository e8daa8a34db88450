package org.tidtam.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the string and character literals with Thai letters in Java source that are not one of the
 * bilingual label constructs: the {@code th} of {@code @Label} and {@code @Help}, the Thai of
 * {@code LocalizedText.of("th", "en")} or {@code new LocalizedText("th", "en")}, the Thai label of
 * an enum constant followed by its English label ({@code ROUND_6M("รอบ 6 เดือน", "6 months")}), and
 * the fields of an {@code Office}. Everything in package {@code org.tidtam.thai} (the Thai
 * formatting itself) is allowed. Comments and javadoc are skipped.
 */
final class ThaiLiterals {

  /** A literal that should come from the message bundles. */
  record Offender(int line, String literal) {}

  private static final Pattern THAI =
      Pattern.compile("[\\u0E00-\\u0E7F]|\\\\u+0[eE][0-7]\\p{XDigit}");
  private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
  private static final Pattern CALLEE =
      Pattern.compile(
          "(?:(\\bnew)\\s+)?(@?[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*$");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Thai formatting itself, and the test kit, whose texts are never shown to users (it reads Thai
   * out of rendered pages in plugins' tests).
   */
  private static final List<String> ALLOWED_PACKAGES =
      List.of("org.tidtam.thai", "org.tidtam.testkit");

  private ThaiLiterals() {}

  private record Literal(int start, int end, String text) {}

  /** The offending literals of one compilation unit, in source order. */
  static List<Offender> offenders(String source) {
    StringBuilder code = new StringBuilder(source.length());
    List<Literal> literals = lex(source, code);
    Matcher pkg = PACKAGE.matcher(code);
    if (pkg.find()) {
      String name = pkg.group(1);
      if (ALLOWED_PACKAGES.stream().anyMatch(a -> name.equals(a) || name.startsWith(a + "."))) {
        return List.of();
      }
    }
    List<Offender> offenders = new ArrayList<>();
    for (Literal literal : literals) {
      if (THAI.matcher(literal.text()).find() && !allowed(literal, code, literals)) {
        offenders.add(new Offender(line(source, literal.start()), literal.text()));
      }
    }
    return offenders;
  }

  /**
   * Copies the source into {@code code} with comments blanked and literal contents replaced by
   * {@code _} (same offsets, newlines kept), and returns the literals.
   */
  private static List<Literal> lex(String s, StringBuilder code) {
    List<Literal> literals = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          code.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(s, i, end, code);
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !s.startsWith("\"\"\"", end)) {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        i = literal(s, i, Math.min(n, end + 3), code, literals);
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && s.charAt(end) != c && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        i = literal(s, i, Math.min(n, end + 1), code, literals);
      } else {
        code.append(c);
        i++;
      }
    }
    code.setLength(Math.min(code.length(), n));
    while (code.length() < n) {
      code.append(' ');
    }
    return literals;
  }

  /** Records the literal at [start, end) and copies it as its quotes around {@code _}s. */
  private static int literal(
      String s, int start, int end, StringBuilder code, List<Literal> literals) {
    literals.add(new Literal(start, end, s.substring(start, end)));
    code.append(s.charAt(start));
    blank(s, start + 1, end - 1, code, '_');
    if (end - 1 > start) {
      code.append(s.charAt(end - 1));
    }
    return end;
  }

  private static void blank(String s, int from, int to, StringBuilder code) {
    blank(s, from, to, code, ' ');
  }

  private static void blank(String s, int from, int to, StringBuilder code, char fill) {
    for (int k = from; k < to; k++) {
      code.append(s.charAt(k) == '\n' ? '\n' : fill);
    }
  }

  private static boolean allowed(Literal literal, CharSequence code, List<Literal> literals) {
    int open = enclosingParen(code, literal.start());
    if (open < 0) {
      return false;
    }
    int close = matchingParen(code, open);
    List<int[]> args = arguments(code, open, close);
    int index = -1;
    for (int k = 0; k < args.size(); k++) {
      if (args.get(k)[0] <= literal.start() && literal.end() <= args.get(k)[1]) {
        index = k;
      }
    }
    if (index < 0) {
      return false;
    }
    String arg = text(code, args.get(index)).strip();
    String lit = code.subSequence(literal.start(), literal.end()).toString();
    Matcher m = CALLEE.matcher(code.subSequence(0, open));
    if (!m.find()) {
      return false;
    }
    boolean isNew = m.group(1) != null;
    String callee = m.group(2).replaceAll("\\s+", "");
    return switch (callee) {
      case "@Label", "@Help", "@org.tidtam.form.Label", "@org.tidtam.form.Help" ->
          arg.matches("th\\s*=\\s*\\Q" + lit + "\\E");
      case "LocalizedText.of", "LocalizedText" ->
          (isNew || callee.endsWith(".of"))
              && index == 0
              && bilingual(arg, lit, args, code, literals);
      case "Office" -> isNew && arg.equals(lit);
      default ->
          !isNew
              && ENUM_CONSTANT.matcher(callee).matches()
              && enumConstant(code, m.start(2))
              && index == 0
              && bilingual(arg, lit, args, code, literals);
    };
  }

  /** The Thai literal is a whole argument and the next argument is one literal without Thai. */
  private static boolean bilingual(
      String arg, String lit, List<int[]> args, CharSequence code, List<Literal> literals) {
    if (!arg.equals(lit) || args.size() < 2) {
      return false;
    }
    int[] second = args.get(1);
    String en = text(code, second).strip();
    for (Literal l : literals) {
      if (l.start() >= second[0] && l.end() <= second[1]) {
        return en.equals(code.subSequence(l.start(), l.end()).toString())
            && !THAI.matcher(l.text()).find()
            && l.text().length() > 2;
      }
    }
    return false;
  }

  /** An enum constant stands first in the enum body or after the comma of the one before. */
  private static boolean enumConstant(CharSequence code, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
      k--;
    }
    if (k < 0 || (code.charAt(k) != '{' && code.charAt(k) != ',')) {
      return false;
    }
    int body = code.charAt(k) == '{' ? k : enclosingBrace(code, k);
    return body >= 0
        && Pattern.compile("\\benum\\s+\\w+[^{;]*$").matcher(code.subSequence(0, body)).find();
  }

  private static int enclosingBrace(CharSequence code, int from) {
    int depth = 0;
    for (int k = from; k >= 0; k--) {
      char c = code.charAt(k);
      if (c == '}' || c == ')') {
        depth++;
      } else if (c == '{' || c == '(') {
        if (depth == 0) {
          return c == '{' ? k : -1;
        }
        depth--;
      }
    }
    return -1;
  }

  /** The open parenthesis whose argument list holds {@code at}, or -1. */
  private static int enclosingParen(CharSequence code, int at) {
    int depth = 0;
    for (int k = at - 1; k >= 0; k--) {
      char c = code.charAt(k);
      if (c == ')' || c == '}' || c == ']') {
        depth++;
      } else if (c == '(' || c == '{' || c == '[') {
        if (depth == 0) {
          return c == '(' ? k : -1;
        }
        depth--;
      } else if (c == ';' && depth == 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int matchingParen(CharSequence code, int open) {
    int depth = 0;
    for (int k = open; k < code.length(); k++) {
      char c = code.charAt(k);
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '}' || c == ']') && --depth == 0) {
        return k;
      }
    }
    return code.length();
  }

  /** The [start, end) spans of the top-level arguments between the parentheses. */
  private static List<int[]> arguments(CharSequence code, int open, int close) {
    List<int[]> args = new ArrayList<>();
    int depth = 0;
    int start = open + 1;
    for (int k = open + 1; k < close; k++) {
      char c = code.charAt(k);
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(new int[] {start, k});
        start = k + 1;
      }
    }
    args.add(new int[] {start, close});
    return args;
  }

  private static String text(CharSequence code, int[] span) {
    return code.subSequence(span[0], span[1]).toString();
  }

  private static int line(String source, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (source.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
