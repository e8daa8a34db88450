package org.tidtam.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSON Schema pattern (ECMA-262) of the subset that schemas of forms use, parsed so that it can
 * make matching strings and be tested with Java's regex engine. The subset: literals and escapes,
 * character classes with ranges and negation, {@code . \d \w \s} and their negations, groups,
 * alternatives, greedy and lazy quantifiers, and the anchors {@code ^ $}. Anything else is an
 * {@link IllegalArgumentException}, so that a generator never guesses.
 */
final class EcmaRegex {

  /** ECMA-262 white space and line terminators, what {@code \s} matches. */
  private static final int[][] ECMA_SPACE = {
    {0x09, 0x0D},
    {0x20, 0x20},
    {0xA0, 0xA0},
    {0x1680, 0x1680},
    {0x2000, 0x200A},
    {0x2028, 0x2029},
    {0x202F, 0x202F},
    {0x205F, 0x205F},
    {0x3000, 0x3000},
    {0xFEFF, 0xFEFF}
  };

  private static final int[][] ECMA_DOT_NOT = {{0x0A, 0x0A}, {0x0D, 0x0D}, {0x2028, 0x2029}};

  private static final int UNBOUNDED_EXTRA = 8;

  private sealed interface Node permits Alt, Seq, Repeat, Chars, Anchor {}

  private record Alt(List<Node> branches) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Repeat(Node node, int min, int max, boolean unbounded) implements Node {}

  /** A set of UTF-16 units, as ranges, possibly negated. */
  private record Chars(List<int[]> ranges, boolean negated) implements Node {
    boolean contains(int c) {
      boolean in = false;
      for (int[] r : ranges) {
        if (c >= r[0] && c <= r[1]) {
          in = true;
          break;
        }
      }
      return in != negated;
    }
  }

  private record Anchor(boolean start) implements Node {}

  private final String source;
  private final Node root;
  private final Pattern java;
  private int at;

  private EcmaRegex(String source) {
    this.source = source;
    this.root = alternatives(0);
    if (at != source.length()) {
      throw unsupported();
    }
    this.java = Pattern.compile(javaText(root));
  }

  /** Parses a pattern; unsupported syntax is an {@link IllegalArgumentException}. */
  static EcmaRegex parse(String pattern) {
    return new EcmaRegex(pattern);
  }

  /** Whether the pattern finds a match in the text, as JSON Schema's {@code pattern} tests it. */
  boolean test(String text) {
    return java.matcher(text).find();
  }

  /**
   * Whether every match must span the whole text: each alternative starts with {@code ^} and ends
   * with {@code $}, so the pattern can make whole values.
   */
  boolean anchored() {
    List<Node> branches = root instanceof Alt alt ? alt.branches() : List.of(root);
    for (Node b : branches) {
      List<Node> items = b instanceof Seq s ? s.items() : List.of(b);
      if (items.isEmpty()
          || !(items.getFirst() instanceof Anchor first && first.start())
          || !(items.getLast() instanceof Anchor last && !last.start())) {
        return false;
      }
    }
    return true;
  }

  /** A string the pattern matches (for an {@link #anchored} pattern, as a whole). */
  String generate(RandomValues random) {
    StringBuilder sb = new StringBuilder();
    generate(root, random, sb);
    return sb.toString();
  }

  private void generate(Node node, RandomValues random, StringBuilder sb) {
    switch (node) {
      case Alt alt -> generate(random.oneOf(alt.branches()), random, sb);
      case Seq seq -> seq.items().forEach(n -> generate(n, random, sb));
      case Repeat rep -> {
        int n = random.between(rep.min(), rep.max());
        for (int i = 0; i < n; i++) {
          generate(rep.node(), random, sb);
        }
      }
      case Chars chars -> sb.appendCodePoint(pick(chars, random));
      case Anchor a -> {}
    }
  }

  private static int pick(Chars chars, RandomValues random) {
    if (!chars.negated()) {
      int[] r = random.oneOf(chars.ranges());
      return random.between(r[0], r[1]);
    }
    for (int i = 0; i < 10_000; i++) {
      int c = random.chance(0.5) ? random.character() : random.between(0x20, 0x7E);
      if (c <= 0xFFFF && !Character.isSurrogate((char) c) && chars.contains(c)) {
        return c;
      }
    }
    throw new IllegalStateException("no character found for a negated class");
  }

  // ---- parsing

  private IllegalArgumentException unsupported() {
    return new IllegalArgumentException(
        "pattern not in the supported subset at " + at + ": " + source);
  }

  private boolean more() {
    return at < source.length();
  }

  private char peek() {
    return source.charAt(at);
  }

  private Node alternatives(int depth) {
    List<Node> branches = new ArrayList<>();
    branches.add(sequence(depth));
    while (more() && peek() == '|') {
      at++;
      branches.add(sequence(depth));
    }
    return branches.size() == 1 ? branches.getFirst() : new Alt(branches);
  }

  private Node sequence(int depth) {
    List<Node> items = new ArrayList<>();
    while (more() && peek() != '|' && !(peek() == ')' && depth > 0)) {
      items.add(quantified(atom(depth)));
    }
    return new Seq(items);
  }

  private Node atom(int depth) {
    char c = peek();
    switch (c) {
      case '(' -> {
        at++;
        if (more() && peek() == '?') {
          if (at + 1 < source.length() && source.charAt(at + 1) == ':') {
            at += 2;
          } else {
            throw unsupported();
          }
        }
        Node inner = alternatives(depth + 1);
        if (!more() || peek() != ')') {
          throw unsupported();
        }
        at++;
        return inner;
      }
      case '^' -> {
        at++;
        return new Anchor(true);
      }
      case '$' -> {
        at++;
        return new Anchor(false);
      }
      case '.' -> {
        at++;
        return new Chars(List.of(ECMA_DOT_NOT), true);
      }
      case '[' -> {
        return charClass();
      }
      case '\\' -> {
        at++;
        return escape(false, new ArrayList<>());
      }
      case ')', '*', '+', '?', '{', '}', ']' -> throw unsupported();
      default -> {
        if (Character.isSurrogate(c)) {
          throw unsupported();
        }
        at++;
        return single(c);
      }
    }
  }

  private static Chars single(int c) {
    return new Chars(List.<int[]>of(new int[] {c, c}), false);
  }

  /**
   * An escape after its backslash. Outside a class it returns its node; inside one ({@code
   * inClass}) it adds its ranges to {@code into} and returns a single character, or null for a
   * class escape.
   */
  private Chars escape(boolean inClass, List<int[]> into) {
    if (!more()) {
      throw unsupported();
    }
    char e = source.charAt(at++);
    List<int[]> ranges =
        switch (e) {
          case 'd', 'D' -> List.<int[]>of(new int[] {'0', '9'});
          case 'w', 'W' ->
              List.of(
                  new int[] {'0', '9'},
                  new int[] {'A', 'Z'},
                  new int[] {'_', '_'},
                  new int[] {'a', 'z'});
          case 's', 'S' -> List.of(ECMA_SPACE);
          default -> null;
        };
    if (ranges != null) {
      boolean negated = Character.isUpperCase(e);
      if (inClass) {
        if (negated) {
          throw unsupported();
        }
        into.addAll(ranges);
        return null;
      }
      return new Chars(ranges, negated);
    }
    int c =
        switch (e) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 'f' -> '\f';
          case 'v' -> 0x0B;
          case '0' -> 0;
          case 'x' -> hex(2);
          case 'u' -> hex(4);
          default -> {
            if (Character.isLetterOrDigit(e)) {
              throw unsupported(); // \b, \B, \p, \c, back references
            }
            yield e;
          }
        };
    return single(c);
  }

  private int hex(int digits) {
    if (at + digits > source.length()) {
      throw unsupported();
    }
    String h = source.substring(at, at + digits);
    if (!h.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
      throw unsupported();
    }
    at += digits;
    return Integer.parseInt(h, 16);
  }

  private Chars charClass() {
    at++;
    boolean negated = false;
    if (more() && peek() == '^') {
      negated = true;
      at++;
    }
    List<int[]> ranges = new ArrayList<>();
    while (more() && peek() != ']') {
      Integer lo = classChar(ranges);
      if (lo == null) {
        continue;
      }
      if (more() && peek() == '-' && at + 1 < source.length() && source.charAt(at + 1) != ']') {
        at++;
        Integer hi = classChar(ranges);
        if (hi == null || hi < lo) {
          throw unsupported();
        }
        ranges.add(new int[] {lo, hi});
      } else {
        ranges.add(new int[] {lo, lo});
      }
    }
    if (!more()) {
      throw unsupported();
    }
    at++;
    return new Chars(ranges, negated);
  }

  /** One character of a class, or null after a class escape such as {@code \d}. */
  private Integer classChar(List<int[]> ranges) {
    char c = peek();
    if (c == '\\') {
      at++;
      Chars single = escape(true, ranges);
      return single == null ? null : single.ranges().getFirst()[0];
    }
    if (Character.isSurrogate(c)) {
      throw unsupported();
    }
    at++;
    return (int) c;
  }

  private Node quantified(Node atom) {
    if (!more()) {
      return atom;
    }
    char c = peek();
    int min;
    int max;
    boolean unbounded;
    if (c == '*' || c == '+' || c == '?') {
      unbounded = c != '?';
      at++;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : min + UNBOUNDED_EXTRA;
    } else if (c == '{') {
      int close = source.indexOf('}', at);
      String inside = close < 0 ? "" : source.substring(at + 1, close);
      if (!inside.matches("\\d+(,\\d*)?")) {
        throw unsupported();
      }
      String[] parts = inside.split(",", -1);
      unbounded = parts.length == 2 && parts[1].isEmpty();
      min = Integer.parseInt(parts[0]);
      max =
          parts.length == 1
              ? min
              : parts[1].isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(parts[1]);
      at = close + 1;
    } else {
      return atom;
    }
    if (more() && peek() == '?') {
      at++;
    }
    if (atom instanceof Anchor) {
      throw unsupported();
    }
    return new Repeat(atom, min, max, unbounded);
  }

  // ---- the same pattern for Java's engine

  private static String javaText(Node node) {
    return switch (node) {
      case Alt alt -> {
        List<String> parts = new ArrayList<>();
        alt.branches().forEach(b -> parts.add(javaText(b)));
        yield "(?:" + String.join("|", parts) + ")";
      }
      case Seq seq -> {
        StringBuilder sb = new StringBuilder("(?:");
        seq.items().forEach(n -> sb.append(javaText(n)));
        yield sb.append(')').toString();
      }
      case Repeat rep ->
          "(?:"
              + javaText(rep.node())
              + "){"
              + rep.min()
              + ","
              + (rep.unbounded() ? "" : String.valueOf(rep.max()))
              + "}";
      case Chars chars -> {
        StringBuilder sb = new StringBuilder(chars.negated() ? "[^" : "[");
        for (int[] r : chars.ranges()) {
          sb.append(String.format("\\x{%x}", r[0]));
          if (r[1] != r[0]) {
            sb.append('-').append(String.format("\\x{%x}", r[1]));
          }
        }
        if (chars.ranges().isEmpty()) {
          yield chars.negated() ? "[\\s\\S]" : "(?!)";
        }
        yield sb.append(']').toString();
      }
      case Anchor a -> a.start() ? "^" : "\\z";
    };
  }
}
