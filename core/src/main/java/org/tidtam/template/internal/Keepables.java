package org.tidtam.template.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTCustomXmlRun;
import org.docx4j.wml.CTSmartTagRun;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.P;
import org.docx4j.wml.Pict;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Text;
import org.tidtam.i18n.Message;

/**
 * What a paragraph holds besides text: pictures and shapes, page and column breaks, bookmarks,
 * comments, fields and anything else the engine does not know. A block tag's paragraph that holds
 * such content is kept, never deleted with its tag. Tabs, line breaks, proofing marks and the marks
 * of the last rendered page break count as nothing.
 */
final class Keepables {

  static final String PICTURE = "tidtam.template.content.picture";
  static final String PAGE_BREAK = "tidtam.template.content.pageBreak";
  static final String COLUMN_BREAK = "tidtam.template.content.columnBreak";
  static final String BOOKMARK = "tidtam.template.content.bookmark";
  static final String COMMENT = "tidtam.template.content.comment";
  static final String FIELD = "tidtam.template.content.field";
  static final String OTHER = "tidtam.template.content.other";

  private Keepables() {}

  /** The kinds of content (message keys) found in a paragraph's content, in order. */
  static Set<String> of(List<Object> content) {
    Set<String> kinds = new LinkedHashSet<>();
    collect(content, kinds);
    return kinds;
  }

  /** Whether the content's text is blank (whatever else it holds). */
  static boolean blank(List<Object> content) {
    boolean[] blank = {true};
    RunJoiner.forEachText(
        content,
        (runs, run, el, t) -> {
          if (t.getValue() != null && !t.getValue().isBlank()) {
            blank[0] = false;
          }
        });
    return blank[0] && of(content).isEmpty();
  }

  /** The kinds as one message: "a picture, a page break". */
  static Message names(Set<String> kinds) {
    Message list = null;
    for (String kind : new java.util.ArrayList<>(kinds).reversed()) {
      list =
          list == null
              ? Message.of(kind)
              : Message.of("tidtam.template.content.and", "first", Message.of(kind), "rest", list);
    }
    return list == null ? Message.of(OTHER) : list;
  }

  private static void collect(List<Object> content, Set<String> kinds) {
    for (Object entry : content) {
      String name = entry instanceof JAXBElement<?> el ? el.getName().getLocalPart() : "";
      switch (name) {
        case "bookmarkStart", "bookmarkEnd" -> kinds.add(BOOKMARK);
        case "commentRangeStart", "commentRangeEnd" -> kinds.add(COMMENT);
        default -> {
          switch (XmlUtils.unwrap(entry)) {
            case R run -> run(run, kinds);
            case ProofErr proof -> {}
            case CommentRangeStart c -> kinds.add(COMMENT);
            case CommentRangeEnd c -> kinds.add(COMMENT);
            case RunIns ins -> collect(ins.getCustomXmlOrSmartTagOrSdt(), kinds);
            case RunDel del -> collect(del.getCustomXmlOrSmartTagOrSdt(), kinds);
            case P.Hyperlink link -> collect(link.getContent(), kinds);
            case CTSmartTagRun tag -> collect(tag.getContent(), kinds);
            case CTCustomXmlRun xml -> collect(xml.getContent(), kinds);
            case SdtRun sdt when sdt.getSdtContent() != null ->
                collect(sdt.getSdtContent().getContent(), kinds);
            case null, default -> kinds.add(OTHER);
          }
        }
      }
    }
  }

  private static void run(R run, Set<String> kinds) {
    for (Object item : run.getContent()) {
      String name = item instanceof JAXBElement<?> el ? el.getName().getLocalPart() : "";
      switch (name) {
        case "t", "tab", "cr", "lastRenderedPageBreak", "softHyphen", "noBreakHyphen" -> {}
        case "instrText", "delInstrText" -> kinds.add(FIELD);
        case "delText" -> kinds.add(OTHER);
        default -> {
          switch (XmlUtils.unwrap(item)) {
            case Text t -> {}
            case R.Tab tab -> {}
            case R.Cr cr -> {}
            case R.LastRenderedPageBreak mark -> {}
            case Br br when br.getType() == STBrType.PAGE -> kinds.add(PAGE_BREAK);
            case Br br when br.getType() == STBrType.COLUMN -> kinds.add(COLUMN_BREAK);
            case Br br -> {}
            case Drawing d -> kinds.add(PICTURE);
            case Pict p -> kinds.add(PICTURE);
            case R.CommentReference c -> kinds.add(COMMENT);
            case FldChar f -> kinds.add(FIELD);
            case null, default -> kinds.add(OTHER);
          }
        }
      }
    }
  }
}
