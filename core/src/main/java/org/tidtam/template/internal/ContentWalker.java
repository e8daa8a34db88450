package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.docx4j.XmlUtils;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Visits every paragraph of a part's block content (body, header or footer), in document order,
 * down through tables and content controls, telling where each paragraph sits.
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

  static void walk(List<Object> content, Consumer<ParagraphSite> visitor) {
    new ContentWalker().visit(content, List.of(), visitor);
  }

  private void visit(List<Object> content, List<CellSite> cells, Consumer<ParagraphSite> visitor) {
    for (Object entry : List.copyOf(content)) {
      Object o = XmlUtils.unwrap(entry);
      if (o instanceof P p) {
        visitor.accept(new ParagraphSite(p, content, entry, cells));
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
