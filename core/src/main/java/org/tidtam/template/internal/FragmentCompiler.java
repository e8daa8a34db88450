package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tidtam.template.Formatter;
import org.tidtam.template.internal.BlockPlanner.Marker;
import org.tidtam.template.internal.Fragment.BoundFormatter;

/**
 * Splits a part's XML, as marshalled once with markers in place of tags, into a tree of {@link
 * Fragment}s. Also returns the tags in the order the XML holds them (the order the linter follows,
 * since a row loop's tag takes effect at the start of its row).
 */
final class FragmentCompiler {

  private static final String P_OPEN = "<w:p><w:r><w:t>";
  private static final String P_CLOSE = "</w:t></w:r></w:p>";
  private static final String ROW_OPEN = "<w:tr><w:tc>" + P_OPEN;
  private static final String ROW_CLOSE = P_CLOSE + "</w:tc></w:tr>";

  record Compiled(List<Fragment> fragments, List<Site> order) {}

  /** The number of a drawing id: {@code <wp:docPr id="7"}, VML {@code o:spid="_x0000_s1026"}. */
  private static final Pattern DRAWING_ID =
      Pattern.compile("(?<=<wp:docPr id=\")\\d+|(?<=o:spid=\"_x0000_[a-z])\\d+");

  private static final String TBL_OPEN = "<w:tbl>";
  private static final String TBL_CLOSE = "</w:tbl>";

  /** A block being compiled, or ({@code tableHead} set) a table that is dropped when empty. */
  private static final class Frame {
    final @Nullable Site site;
    final @Nullable String tableHead;
    final List<Fragment> body = new ArrayList<>();
    @Nullable List<Fragment> otherwise;

    Frame(@Nullable Site site, @Nullable String tableHead) {
      this.site = site;
      this.tableHead = tableHead;
    }

    List<Fragment> current() {
      return otherwise != null ? otherwise : body;
    }
  }

  private FragmentCompiler() {}

  static Compiled compile(String xml, Map<Integer, Marker> markers, Marks marks) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(null, null));
    List<Site> order = new ArrayList<>();
    int from = 0;
    int search = 0;
    while (true) {
      int at = xml.indexOf(marks.prefix(), search);
      if (at < 0) {
        addXml(stack, xml.substring(from));
        break;
      }
      int idAt = at + marks.prefix().length();
      int end = xml.indexOf(Marks.END, idAt);
      Marker marker = end < 0 ? null : markers.get(markerId(xml, idAt, end));
      if (marker == null) {
        throw new IllegalStateException("unknown marker at " + at);
      }
      String open =
          switch (marker.kind()) {
            case TEXT -> "";
            case PARAGRAPH -> P_OPEN;
            case ROW, TABLE_START, TABLE_END -> ROW_OPEN;
          };
      String close =
          switch (marker.kind()) {
            case TEXT -> "";
            case PARAGRAPH -> P_CLOSE;
            case ROW, TABLE_START, TABLE_END -> ROW_CLOSE;
          };
      if (!xml.startsWith(open, at - open.length()) || !xml.startsWith(close, end + 1)) {
        throw new IllegalStateException("marker element not in the expected form at " + at);
      }
      int rowAt = at - open.length();
      int after = end + 1 + close.length();
      switch (marker.kind()) {
        case TABLE_START -> {
          int tblAt = xml.lastIndexOf(TBL_OPEN, rowAt);
          if (tblAt < from) {
            throw new IllegalStateException("table marker outside a table at " + at);
          }
          addXml(stack, xml.substring(from, tblAt));
          stack.push(new Frame(null, xml.substring(tblAt, rowAt)));
        }
        case TABLE_END -> {
          addXml(stack, xml.substring(from, rowAt));
          Frame table = stack.pop();
          if (table.tableHead == null || !xml.startsWith(TBL_CLOSE, after)) {
            throw new IllegalStateException("table marker not at the end of its table at " + at);
          }
          after += TBL_CLOSE.length();
          boolean needsParagraph =
              xml.startsWith("</w:tc>", after)
                  || xml.startsWith("</w:hdr>", after)
                  || xml.startsWith("</w:ftr>", after);
          stack
              .peek()
              .current()
              .add(new Fragment.TableOut(table.tableHead, List.copyOf(table.body), needsParagraph));
        }
        default -> {
          addXml(stack, xml.substring(from, rowAt));
          Site site = marker.site();
          if (site == null) {
            throw new IllegalStateException("marker without a tag at " + at);
          }
          order.add(site);
          apply(site, stack);
        }
      }
      from = after;
      search = from;
    }
    if (stack.size() != 1) {
      throw new IllegalStateException("unbalanced markers");
    }
    return new Compiled(List.copyOf(stack.pop().body), List.copyOf(order));
  }

  /** The number between the marker characters, or -1 when it is not a marker this engine set. */
  private static int markerId(String xml, int from, int to) {
    if (to <= from || to - from > 9) {
      return -1;
    }
    int id = 0;
    for (int i = from; i < to; i++) {
      char c = xml.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }

  private static void apply(Site site, Deque<Frame> stack) {
    switch (site.tag()) {
      case Tag.Value v ->
          stack
              .peek()
              .current()
              .add(
                  new Fragment.ValueOut(
                      v.path(), bind(v), site.inTable(), site.tagText().raw(), site.location()));
      case Tag.Image i -> {
        Long max = i.widthCm() == null ? null : Math.round(i.widthCm() * ImageHeaders.EMU_PER_CM);
        stack.peek().current().add(new Fragment.ImageOut(i.path(), max));
      }
      case Tag.EachOpen e -> stack.push(new Frame(site, null));
      case Tag.IfOpen i -> stack.push(new Frame(site, null));
      case Tag.Else e -> stack.peek().otherwise = new ArrayList<>();
      case Tag.Close c -> {
        Frame f = stack.pop();
        if (f.site == null) {
          throw new IllegalStateException("a block closes outside its table");
        }
        Fragment block =
            switch (f.site.tag()) {
              case Tag.EachOpen e -> new Fragment.EachOut(e.list(), e.var(), List.copyOf(f.body));
              case Tag.IfOpen i ->
                  new Fragment.IfOut(
                      i.condition(),
                      List.copyOf(f.body),
                      f.otherwise == null ? List.of() : List.copyOf(f.otherwise));
              default -> throw new IllegalStateException("not a block: " + f.site.tag());
            };
        stack.peek().current().add(block);
      }
    }
  }

  private static List<BoundFormatter> bind(Tag.Value v) {
    List<BoundFormatter> bound = new ArrayList<>();
    for (Tag.FormatterCall call : v.formatters()) {
      Formatter f = Formatters.find(call.name());
      if (f != null) {
        bound.add(new BoundFormatter(call.name(), f, call.arg(), Formatters.isBuiltIn(f)));
      }
    }
    return List.copyOf(bound);
  }

  /**
   * Adds template XML to the innermost block. Inside a loop, drawing ids ({@code wp:docPr id}, VML
   * {@code o:spid}) become fragments that write a fresh id each time, since Word rejects a document
   * whose drawings share an id.
   */
  private static void addXml(Deque<Frame> stack, String xml) {
    if (xml.isEmpty()) {
      return;
    }
    List<Fragment> into = stack.peek().current();
    String cellEnd = Fragment.CellEnd.EMPTY_PARAGRAPH + "</w:tc>";
    if (!into.isEmpty()
        && (into.getLast() instanceof Fragment.EachOut || into.getLast() instanceof Fragment.IfOut)
        && xml.startsWith(cellEnd)) {
      into.add(new Fragment.CellEnd());
      xml = xml.substring(Fragment.CellEnd.EMPTY_PARAGRAPH.length());
    }
    if (inLoop(stack)) {
      Matcher m = DRAWING_ID.matcher(xml);
      int last = 0;
      while (m.find()) {
        appendXml(into, xml.substring(last, m.start()));
        into.add(new Fragment.DrawingId());
        last = m.end();
      }
      xml = xml.substring(last);
    }
    appendXml(into, xml);
  }

  private static boolean inLoop(Deque<Frame> stack) {
    for (Frame f : stack) {
      if (f.site != null && f.site.tag() instanceof Tag.EachOpen) {
        return true;
      }
    }
    return false;
  }

  private static void appendXml(List<Fragment> into, String xml) {
    if (xml.isEmpty()) {
      return;
    }
    if (!into.isEmpty() && into.getLast() instanceof Fragment.Xml prev) {
      into.set(into.size() - 1, new Fragment.Xml(prev.xml() + xml));
    } else {
      into.add(new Fragment.Xml(xml));
    }
  }
}
