package org.tidtam.template.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.wml.CTCustomXmlRun;
import org.docx4j.wml.CTSmartTagRun;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Text;

/**
 * Puts every {@code {{...}}} tag of a paragraph into a text element of its own, inside the run
 * where the tag starts, even when Word split it over several runs with different formatting and
 * proofing or bookmark marks in between. The characters of the tag are removed from the runs they
 * spilled into, so the tag takes the formatting of its first run.
 */
final class RunJoiner {

  private static final ObjectFactory WML = new ObjectFactory();

  /**
   * A tag now alone in {@code text}; {@code raw} includes the braces; {@code runs} is the list that
   * holds its run (the paragraph's content, or a hyperlink's, an insertion's, ...).
   */
  record TagText(Text text, String raw, List<Object> runs) {}

  /**
   * The outcome for one paragraph: its tags, its full text, and tags opened but never closed (their
   * raw start text).
   */
  record Joined(List<TagText> tags, String text, String textWithoutTags, List<String> unclosed) {
    boolean tagAlone() {
      return tags.size() == 1 && textWithoutTags.isBlank();
    }
  }

  private record Segment(
      List<Object> runs, R run, JAXBElement<?> element, Text text, int start, int end) {}

  /** Receives a run's {@code w:t} and the list that holds the run. */
  @FunctionalInterface
  interface TextVisitor {
    void visit(List<Object> runs, R run, JAXBElement<?> element, Text text);
  }

  /**
   * Visits every {@code w:t} of a paragraph's content in order, down through tracked insertions,
   * hyperlinks, smart tags, custom XML and inline content controls. Fields ({@code fldSimple}),
   * deletions and text boxes are not entered.
   */
  static void forEachText(List<Object> content, TextVisitor visitor) {
    for (Object entry : content) {
      switch (XmlUtils.unwrap(entry)) {
        case R run -> {
          for (Object item : run.getContent()) {
            if (item instanceof JAXBElement<?> el
                && el.getValue() instanceof Text t
                && "t".equals(el.getName().getLocalPart())) {
              visitor.visit(content, run, el, t);
            }
          }
        }
        case RunIns ins -> forEachText(ins.getCustomXmlOrSmartTagOrSdt(), visitor);
        case P.Hyperlink link -> forEachText(link.getContent(), visitor);
        case CTSmartTagRun tag -> forEachText(tag.getContent(), visitor);
        case CTCustomXmlRun xml -> forEachText(xml.getContent(), visitor);
        case SdtRun sdt when sdt.getSdtContent() != null ->
            forEachText(sdt.getSdtContent().getContent(), visitor);
        case null, default -> {}
      }
    }
  }

  private record Span(int start, int end) {}

  private RunJoiner() {}

  static Joined join(P paragraph) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    forEachText(
        paragraph.getContent(),
        (runs, run, el, t) -> {
          String v = t.getValue() == null ? "" : t.getValue();
          segments.add(new Segment(runs, run, el, t, all.length(), all.length() + v.length()));
          all.append(v);
        });
    String text = all.toString();
    if (!text.contains("{{")) {
      return new Joined(List.of(), text, text, List.of());
    }
    List<Span> spans = new ArrayList<>();
    List<String> unclosed = new ArrayList<>();
    StringBuilder without = new StringBuilder();
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        without.append(text, from, text.length());
        break;
      }
      int close = text.indexOf("}}", open + 2);
      int next = text.indexOf("{{", open + 2);
      if (close < 0 || (next >= 0 && next < close)) {
        int stop = next < 0 ? text.length() : next;
        unclosed.add(text.substring(open, Math.min(stop, open + 40)));
        without.append(text, from, stop);
        from = stop;
        if (next < 0) {
          break;
        }
        continue;
      }
      without.append(text, from, open);
      spans.add(new Span(open, close + 2));
      from = close + 2;
    }
    List<TagText> tags = new ArrayList<>();
    for (Segment seg : segments) {
      rebuild(seg, spans, text, tags);
    }
    return new Joined(List.copyOf(tags), text, without.toString(), List.copyOf(unclosed));
  }

  private static void rebuild(Segment seg, List<Span> spans, String text, List<TagText> tags) {
    boolean touched = false;
    for (Span s : spans) {
      if (s.start < seg.end && s.end > seg.start) {
        touched = true;
        break;
      }
    }
    if (!touched) {
      return;
    }
    List<Object> pieces = new ArrayList<>();
    int pos = seg.start;
    StringBuilder plain = new StringBuilder();
    while (pos < seg.end) {
      Span inside = null;
      for (Span s : spans) {
        if (s.start <= pos && pos < s.end) {
          inside = s;
          break;
        }
      }
      if (inside == null) {
        plain.append(text.charAt(pos++));
        continue;
      }
      if (inside.start == pos) {
        flush(plain, pieces);
        Text t = text(text.substring(inside.start, inside.end));
        pieces.add(WML.createRT(t));
        tags.add(new TagText(t, t.getValue(), seg.runs()));
      }
      pos = Math.min(inside.end, seg.end);
    }
    flush(plain, pieces);
    List<Object> content = seg.run.getContent();
    int index = indexOf(content, seg.element);
    content.remove(index);
    content.addAll(index, pieces);
  }

  private static void flush(StringBuilder plain, List<Object> pieces) {
    if (!plain.isEmpty()) {
      pieces.add(WML.createRT(text(plain.toString())));
      plain.setLength(0);
    }
  }

  static Text text(String value) {
    Text t = WML.createText();
    t.setValue(value);
    t.setSpace("preserve");
    return t;
  }

  static int indexOf(List<?> list, Object element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    throw new IllegalStateException("element not in its list");
  }
}
