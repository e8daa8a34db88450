package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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

  private static final class Frame {
    final @Nullable Site site;
    final List<Fragment> body = new ArrayList<>();
    @Nullable List<Fragment> otherwise;

    Frame(@Nullable Site site) {
      this.site = site;
    }

    List<Fragment> current() {
      return otherwise != null ? otherwise : body;
    }
  }

  private FragmentCompiler() {}

  static Compiled compile(String xml, Map<Integer, Marker> markers) {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(null));
    List<Site> order = new ArrayList<>();
    int from = 0;
    int search = 0;
    while (true) {
      int at = xml.indexOf(BlockPlanner.MARK_START, search);
      if (at < 0) {
        addXml(stack.peek().current(), xml.substring(from));
        break;
      }
      int end = xml.indexOf(BlockPlanner.MARK_END, at);
      Marker marker = end < 0 ? null : markers.get(markerId(xml, at + 1, end));
      search = at + 1;
      if (marker == null) {
        continue;
      }
      String open =
          switch (marker.kind()) {
            case TEXT -> "";
            case PARAGRAPH -> P_OPEN;
            case ROW -> ROW_OPEN;
          };
      String close =
          switch (marker.kind()) {
            case TEXT -> "";
            case PARAGRAPH -> P_CLOSE;
            case ROW -> ROW_CLOSE;
          };
      if (!xml.startsWith(open, at - open.length()) || !xml.startsWith(close, end + 1)) {
        throw new IllegalStateException("marker element not in the expected form at " + at);
      }
      addXml(stack.peek().current(), xml.substring(from, at - open.length()));
      from = end + 1 + close.length();
      search = from;
      Site site = marker.site();
      order.add(site);
      apply(site, stack);
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
          stack.peek().current().add(new Fragment.ValueOut(v.path(), bind(v), site.inTable()));
      case Tag.Image i -> {
        Long max = i.widthCm() == null ? null : Math.round(i.widthCm() * ImageHeaders.EMU_PER_CM);
        stack.peek().current().add(new Fragment.ImageOut(i.path(), max));
      }
      case Tag.EachOpen e -> stack.push(new Frame(site));
      case Tag.IfOpen i -> stack.push(new Frame(site));
      case Tag.Else e -> stack.peek().otherwise = new ArrayList<>();
      case Tag.Close c -> {
        Frame f = stack.pop();
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
        bound.add(new BoundFormatter(f, call.arg()));
      }
    }
    return List.copyOf(bound);
  }

  private static void addXml(List<Fragment> into, String xml) {
    if (xml.isEmpty()) {
      return;
    }
    String cellEnd = Fragment.CellEnd.EMPTY_PARAGRAPH + "</w:tc>";
    if (!into.isEmpty()
        && (into.getLast() instanceof Fragment.EachOut || into.getLast() instanceof Fragment.IfOut)
        && xml.startsWith(cellEnd)) {
      into.add(new Fragment.CellEnd());
      xml = xml.substring(Fragment.CellEnd.EMPTY_PARAGRAPH.length());
    }
    if (!into.isEmpty() && into.getLast() instanceof Fragment.Xml prev) {
      into.set(into.size() - 1, new Fragment.Xml(prev.xml() + xml));
    } else {
      into.add(new Fragment.Xml(xml));
    }
  }
}
