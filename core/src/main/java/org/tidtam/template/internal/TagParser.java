package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;
import org.tidtam.template.internal.Tag.Block;
import org.tidtam.template.internal.Tag.Condition;
import org.tidtam.template.internal.Tag.FormatterCall;
import org.tidtam.template.internal.Tag.Path;

/** Parses the text between {@code {{} and {@code }}} into a {@link Tag}. */
public final class TagParser {

  /** The tag is not well formed; {@link #reason()} says why, {@link #getMessage()} in English. */
  public static final class MalformedTagException extends Exception {
    private final transient Message reason;

    public MalformedTagException(Message reason) {
      super(reason.in(Lang.EN));
      this.reason = reason;
    }

    public Message reason() {
      return reason;
    }
  }

  private static final Pattern EACH =
      Pattern.compile("#each\\s+(\\S+)\\s+as\\s+(\\S+)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WIDTH =
      Pattern.compile("width\\s*=\\s*(\\d+(?:\\.\\d+)?)\\s*cm", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARE = Pattern.compile("^(.+?)\\s*(==|!=)\\s*(.+)$");

  private TagParser() {}

  /** Parses a tag's inner text (without the braces). */
  public static Tag parse(String inner) throws MalformedTagException {
    String s = inner.strip();
    if (s.isEmpty()) {
      throw malformed("tidtam.template.tag.empty");
    }
    if (s.equals("else")) {
      return new Tag.Else();
    }
    if (s.startsWith("/")) {
      return switch (s.substring(1).strip()) {
        case "each" -> new Tag.Close(Block.EACH);
        case "if" -> new Tag.Close(Block.IF);
        default -> throw malformed("tidtam.template.tag.close");
      };
    }
    if (s.startsWith("#each")) {
      Matcher m = EACH.matcher(s);
      if (!m.matches()) {
        throw malformed("tidtam.template.tag.each");
      }
      String var = m.group(2);
      if (!isIdentifier(var)) {
        throw malformed("tidtam.template.tag.eachVar", "name", var);
      }
      return new Tag.EachOpen(path(m.group(1)), var);
    }
    if (s.startsWith("#if")) {
      String cond = s.substring(3).strip();
      if (cond.isEmpty() || !Character.isWhitespace(s.charAt(3))) {
        throw malformed("tidtam.template.tag.if");
      }
      return new Tag.IfOpen(condition(cond));
    }
    if (s.startsWith("#")) {
      throw malformed("tidtam.template.tag.block", "tag", s);
    }
    if (s.startsWith("%image")) {
      return image(s.substring("%image".length()).strip());
    }
    if (s.startsWith("%")) {
      throw malformed("tidtam.template.tag.command", "tag", s);
    }
    return value(s);
  }

  private static Tag image(String rest) throws MalformedTagException {
    if (rest.isEmpty()) {
      throw malformed("tidtam.template.tag.image");
    }
    String[] parts = rest.split("\\s+", 2);
    Double width = null;
    if (parts.length == 2) {
      Matcher m = WIDTH.matcher(parts[1].strip());
      if (!m.matches()) {
        throw malformed("tidtam.template.tag.width");
      }
      width = Double.parseDouble(m.group(1));
    }
    return new Tag.Image(path(parts[0]), width);
  }

  private static Tag value(String s) throws MalformedTagException {
    List<String> pieces = splitPipes(s);
    Path path = path(pieces.getFirst().strip());
    List<FormatterCall> calls = new ArrayList<>();
    for (String piece : pieces.subList(1, pieces.size())) {
      calls.add(formatter(piece.strip()));
    }
    return new Tag.Value(path, calls);
  }

  private static FormatterCall formatter(String s) throws MalformedTagException {
    if (s.isEmpty()) {
      throw malformed("tidtam.template.tag.pipe");
    }
    int colon = s.indexOf(':');
    String name = (colon < 0 ? s : s.substring(0, colon)).strip();
    if (!isIdentifier(name)) {
      throw malformed("tidtam.template.tag.formatterName", "name", name);
    }
    if (colon < 0) {
      return new FormatterCall(name, null);
    }
    return new FormatterCall(name, unquote(s.substring(colon + 1).strip()));
  }

  private static Condition condition(String s) throws MalformedTagException {
    Matcher m = COMPARE.matcher(s);
    if (m.matches()) {
      Condition.Op op = m.group(2).equals("==") ? Condition.Op.EQUALS : Condition.Op.NOT_EQUALS;
      return new Condition(path(m.group(1).strip()), op, unquote(m.group(3).strip()));
    }
    if (s.startsWith("!")) {
      return new Condition(path(s.substring(1).strip()), Condition.Op.FALSY, null);
    }
    return new Condition(path(s), Condition.Op.TRUTHY, null);
  }

  private static String unquote(String s) throws MalformedTagException {
    if (s.length() >= 2) {
      char q = s.charAt(0);
      if ((q == '"' || q == '\'' || q == '“' || q == '‘')) {
        char end = s.charAt(s.length() - 1);
        if (end == q || (q == '“' && end == '”') || (q == '‘' && end == '’')) {
          return s.substring(1, s.length() - 1);
        }
        throw malformed("tidtam.template.tag.quotesIn", "text", s);
      }
    }
    if (s.startsWith("\"") || s.startsWith("'")) {
      throw malformed("tidtam.template.tag.quotesIn", "text", s);
    }
    return s;
  }

  private static List<String> splitPipes(String s) throws MalformedTagException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote || (quote == '“' && c == '”') || (quote == '‘' && c == '’')) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'' || c == '“' || c == '‘') {
        quote = c;
      } else if (c == '|') {
        out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    if (quote != 0) {
      throw malformed("tidtam.template.tag.quotes");
    }
    out.add(cur.toString());
    return out;
  }

  static Path path(String s) throws MalformedTagException {
    if (s.equals(Path.NUMBER)) {
      return new Path(List.of(Path.NUMBER));
    }
    if (s.isEmpty()) {
      throw malformed("tidtam.template.tag.path.missing");
    }
    String[] segs = s.split("\\.", -1);
    for (String seg : segs) {
      if (!isIdentifier(seg)) {
        throw malformed("tidtam.template.tag.path.invalid", "path", s);
      }
    }
    return new Path(List.of(segs));
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    return s.codePoints().allMatch(Character::isJavaIdentifierPart);
  }

  static MalformedTagException malformed(String key, Object... namesAndValues) {
    return new MalformedTagException(Message.of(key, namesAndValues));
  }
}
