package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape;
import org.docx4j.dml.Graphic;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.vml.CTTextbox;
import org.docx4j.wml.CTTxbxContent;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.jspecify.annotations.Nullable;

/**
 * Visits every paragraph of a part's block content (body, header or footer), in document order,
 * down through tables and content controls, telling where each paragraph sits. The content of a
 * text box (DrawingML {@code wps:txbx} and VML {@code v:textbox}, both branches of an {@code
 * mc:AlternateContent}) is visited right after the paragraph that anchors it, as a place of its
 * own: its paragraphs are in no table cell, even when the anchoring paragraph is.
 */
final class ContentWalker {

  /** One table cell on the way to a paragraph; numbers are 1-based, tables counted per part. */
  record CellSite(Tbl table, int tableNo, Object rowEntry, int rowNo, Tc cell, int cellNo) {}

  /**
   * A paragraph, the list that holds it ({@code entry} is the list's element, maybe a JAXB
   * wrapper), and the cells around it, outermost first.
   */
  record ParagraphSite(P paragraph, List<Object> container, Object entry, List<CellSite> cells) {
    boolean inTable() {
      return !cells.isEmpty();
    }

    CellSite innermostCell() {
      return cells.getLast();
    }
  }

  private int tables;

  /** Collects the text box contents under a paragraph, not those nested inside them. */
  private static void textBoxes(Object o, List<CTTxbxContent> found) {
    switch (o) {
      case CTTxbxContent box -> found.add(box);
      case CTTextbox box -> {
        if (box.getTxbxContent() != null) {
          found.add(box.getTxbxContent());
        }
      }
      case CTWordprocessingShape shape -> {
        if (shape.getTxbx() != null && shape.getTxbx().getTxbxContent() != null) {
          found.add(shape.getTxbx().getTxbxContent());
        }
      }
      case Anchor anchor -> graphic(anchor.getGraphic(), found);
      case Inline inline -> graphic(inline.getGraphic(), found);
      case Text text -> {}
      default -> {
        List<Object> children = TraversalUtil.getChildrenImpl(o);
        if (children != null) {
          for (Object child : children) {
            textBoxes(XmlUtils.unwrap(child), found);
          }
        }
      }
    }
  }

  private static void graphic(@Nullable Graphic graphic, List<CTTxbxContent> found) {
    if (graphic != null && graphic.getGraphicData() != null) {
      for (Object any : graphic.getGraphicData().getAny()) {
        textBoxes(XmlUtils.unwrap(any), found);
      }
    }
  }

  static void walk(List<Object> content, Consumer<ParagraphSite> visitor) {
    new ContentWalker().visit(content, List.of(), visitor);
  }

  private void visit(List<Object> content, List<CellSite> cells, Consumer<ParagraphSite> visitor) {
    for (Object entry : List.copyOf(content)) {
      Object o = XmlUtils.unwrap(entry);
      if (o instanceof P p) {
        visitor.accept(new ParagraphSite(p, content, entry, cells));
        List<CTTxbxContent> boxes = new ArrayList<>();
        textBoxes(p, boxes);
        for (CTTxbxContent box : boxes) {
          visit(box.getContent(), List.of(), visitor);
        }
      } else if (o instanceof Tbl tbl) {
        int tableNo = ++tables;
        int rowNo = 0;
        for (Object rowEntry : List.copyOf(tbl.getContent())) {
          if (!(XmlUtils.unwrap(rowEntry) instanceof Tr tr)) {
            continue;
          }
          rowNo++;
          int cellNo = 0;
          for (Object cellEntry : List.copyOf(tr.getContent())) {
            if (XmlUtils.unwrap(cellEntry) instanceof Tc tc) {
              cellNo++;
              List<CellSite> inner = new ArrayList<>(cells);
              inner.add(new CellSite(tbl, tableNo, rowEntry, rowNo, tc, cellNo));
              visit(tc.getContent(), List.copyOf(inner), visitor);
            }
          }
        }
      } else if (o instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
        visit(sdt.getSdtContent().getContent(), cells, visitor);
      }
    }
  }
}
