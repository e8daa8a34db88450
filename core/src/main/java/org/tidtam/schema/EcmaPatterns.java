package org.tidtam.schema;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the Java regular expressions of {@code @Pattern} into ECMA-262 ones for JSON Schema, with
 * the same meaning: Java matches the whole value, so the result is anchored ({@code ^(?:...)$});
 * the character classes whose meaning differs between the two ({@code .}, {@code \s}, {@code \S},
 * and {@code \p{javaWhitespace}}, white space as {@link String#strip()} and {@link
 * String#isBlank()} see it) are spelled out. Only a common subset is translated: literals, classes
 * with ranges, the classes {@code \d \w \s} and their negations, groups, alternatives and greedy or
 * lazy quantifiers. Anything else (flags, look-around, back references, possessive quantifiers,
 * {@code \p{..}}, class intersections, characters outside the Basic Multilingual Plane) gives no
 * translation, so the schema leaves that rule out rather than say something else.
 */
final class EcmaPatterns {

  /** What Java's {@code .} matches without flags: anything but a line terminator. */
  static final String JAVA_DOT = "[^\\n\\r\\u0085\\u2028\\u2029]";

  private static final String JAVA_SPACES = "\\t\\n\\u000b\\f\\r ";

  /** What Java's {@code \p{javaWhitespace}} matches: {@link Character#isWhitespace(int)}. */
  private static final String JAVA_WHITESPACE = ranges(Character::isWhitespace);

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private int at;

  private EcmaPatterns(String java) {
    this.source = java;
  }

  /** The ECMA-262 pattern that accepts exactly the strings the Java regex matches entirely. */
  static Optional<String> fromJava(String regex) {
    String body = regex;
    if (body.startsWith("^")) {
      body = body.substring(1);
    }
    if (body.endsWith("$") && !body.endsWith("\\$")) {
      body = body.substring(0, body.length() - 1);
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
    EcmaPatterns t = new EcmaPatterns(body);
    try {
      t.alternatives(0);
      if (t.at != body.length()) {
        return Optional.empty();
      }
    } catch (Unsupported e) {
      return Optional.empty();
    }
    return Optional.of("^(?:" + t.out + ")$");
  }

  /**
   * An ECMA-262 character class of the Basic Multilingual Plane characters that satisfy a test, as
   * ranges of Unicode escapes (the class of white space starts with tab to carriage return);
   * negated when {@code negate}.
   */
  static String charClass(IntPredicate test, boolean negate) {
    return (negate ? "[^" : "[") + ranges(test) + "]";
  }

  /** The inside of {@link #charClass}: the ranges without brackets. */
  private static String ranges(IntPredicate test) {
    StringBuilder sb = new StringBuilder();
    int c = 0;
    while (c <= 0xFFFF) {
      if (!test.test(c) || Character.isSurrogate((char) c)) {
        c++;
        continue;
      }
      int end = c;
      while (end + 1 <= 0xFFFF && test.test(end + 1) && !Character.isSurrogate((char) (end + 1))) {
        end++;
      }
      sb.append(escape(c));
      if (end > c) {
        sb.append('-').append(escape(end));
      }
      c = end + 1;
    }
    return sb.toString();
  }

  private static String escape(int c) {
    return String.format("\\u%04x", c);
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private boolean more() {
    return at < source.length();
  }

  private char peek() {
    return source.charAt(at);
  }

  private void alternatives(int depth) {
    sequence(depth);
    while (more() && peek() == '|') {
      at++;
      out.append('|');
      sequence(depth);
    }
  }

  private void sequence(int depth) {
    while (more() && peek() != '|' && !(peek() == ')' && depth > 0)) {
      atom(depth);
      quantifier();
    }
  }

  private void atom(int depth) {
    char c = peek();
    switch (c) {
      case '(' -> {
        at++;
        if (more() && peek() == '?') {
          if (at + 1 < source.length() && source.charAt(at + 1) == ':') {
            at += 2;
          } else {
            throw new Unsupported(); // look-around, named groups, inline flags
          }
        }
        out.append("(?:");
        alternatives(depth + 1);
        if (!more() || peek() != ')') {
          throw new Unsupported();
        }
        at++;
        out.append(')');
      }
      case ')' -> throw new Unsupported();
      case '[' -> charClassAtom();
      case '.' -> {
        at++;
        out.append(JAVA_DOT);
      }
      case '^', '$' -> throw new Unsupported(); // anchors inside the pattern
      case '\\' -> escapeAtom();
      case '*', '+', '?', '{' -> throw new Unsupported();
      default -> literal();
    }
  }

  private void literal() {
    char c = peek();
    if (Character.isSurrogate(c)) {
      throw new Unsupported();
    }
    at++;
    out.append(literalText(c));
  }

  private static String literalText(int c) {
    if ("^$\\.*+?()[]{}|".indexOf(c) >= 0) {
      return "\\" + (char) c;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      return escape(c);
    }
    return String.valueOf((char) c);
  }

  private void escapeAtom() {
    at++;
    if (!more()) {
      throw new Unsupported();
    }
    char e = source.charAt(at++);
    switch (e) {
      case 'd' -> out.append("[0-9]");
      case 'D' -> out.append("[^0-9]");
      case 'w' -> out.append("[A-Za-z0-9_]");
      case 'W' -> out.append("[^A-Za-z0-9_]");
      case 's' -> out.append('[').append(JAVA_SPACES).append(']');
      case 'S' -> out.append("[^").append(JAVA_SPACES).append(']');
      case 'p', 'P' -> {
        javaWhitespaceName();
        out.append(e == 'p' ? "[" : "[^").append(JAVA_WHITESPACE).append(']');
      }
      default -> out.append(literalText(escapedChar(e)));
    }
  }

  /** The character a Java escape outside the shorthand classes stands for. */
  private int escapedChar(char e) {
    return switch (e) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'a' -> 0x07;
      case 'e' -> 0x1B;
      case 'x' -> hex(2);
      case 'u' -> {
        int c = hex(4);
        if (Character.isSurrogate((char) c)) {
          throw new Unsupported();
        }
        yield c;
      }
      default -> {
        if (Character.isLetterOrDigit(e)) {
          throw new Unsupported(); // \b, \p, \Q, \1, \0, \c and the like
        }
        yield e;
      }
    };
  }

  /** After {@code \p} or {@code \P}: the one property translated, {@code {javaWhitespace}}. */
  private void javaWhitespaceName() {
    String name = "{javaWhitespace}";
    if (!source.startsWith(name, at)) {
      throw new Unsupported();
    }
    at += name.length();
  }

  private int hex(int digits) {
    if (at + digits > source.length()) {
      throw new Unsupported();
    }
    String h = source.substring(at, at + digits);
    if (!h.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      throw new Unsupported(); // e.g. \x{1F600}
    }
    at += digits;
    return Integer.parseInt(h, 16);
  }

  private void charClassAtom() {
    at++;
    StringBuilder cls = new StringBuilder("[");
    if (more() && peek() == '^') {
      cls.append('^');
      at++;
    }
    if (more() && peek() == ']') {
      throw new Unsupported(); // an empty class, or a literal ] first
    }
    while (more() && peek() != ']') {
      char c = peek();
      if (c == '[' || (c == '&' && at + 1 < source.length() && source.charAt(at + 1) == '&')) {
        throw new Unsupported(); // unions and intersections of classes
      }
      int lo;
      if (c == '\\') {
        at++;
        if (!more()) {
          throw new Unsupported();
        }
        char e = source.charAt(at++);
        switch (e) {
          case 'd' -> {
            cls.append("0-9");
            continue;
          }
          case 'w' -> {
            cls.append("A-Za-z0-9_");
            continue;
          }
          case 's' -> {
            cls.append(JAVA_SPACES);
            continue;
          }
          case 'p' -> {
            javaWhitespaceName();
            cls.append(JAVA_WHITESPACE);
            continue;
          }
          case 'D', 'W', 'S', 'P' -> throw new Unsupported();
          default -> lo = escapedChar(e);
        }
      } else {
        if (Character.isSurrogate(c)) {
          throw new Unsupported();
        }
        lo = c;
        at++;
      }
      if (more() && peek() == '-' && at + 1 < source.length() && source.charAt(at + 1) != ']') {
        at++;
        int hi;
        char h = peek();
        if (h == '\\') {
          at++;
          if (!more()) {
            throw new Unsupported();
          }
          char e = source.charAt(at++);
          if ("dwsDWS".indexOf(e) >= 0) {
            throw new Unsupported();
          }
          hi = escapedChar(e);
        } else if (h == '[' || Character.isSurrogate(h)) {
          throw new Unsupported();
        } else {
          hi = h;
          at++;
        }
        cls.append(classChar(lo)).append('-').append(classChar(hi));
      } else {
        cls.append(classChar(lo));
      }
    }
    if (!more()) {
      throw new Unsupported();
    }
    at++;
    out.append(cls).append(']');
  }

  private static String classChar(int c) {
    if ("\\]^-[".indexOf(c) >= 0) {
      return "\\" + (char) c;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      return escape(c);
    }
    return String.valueOf((char) c);
  }

  private void quantifier() {
    if (!more()) {
      return;
    }
    char c = peek();
    if (c == '*' || c == '+' || c == '?') {
      at++;
      out.append(c);
    } else if (c == '{') {
      int close = source.indexOf('}', at);
      if (close < 0) {
        throw new Unsupported();
      }
      String inside = source.substring(at + 1, close);
      if (!inside.matches("\\d+(,\\d*)?")) {
        throw new Unsupported();
      }
      out.append('{').append(inside).append('}');
      at = close + 1;
    } else {
      return;
    }
    if (more() && peek() == '?') {
      at++;
      out.append('?');
    } else if (more() && peek() == '+') {
      throw new Unsupported(); // possessive
    }
  }
}
