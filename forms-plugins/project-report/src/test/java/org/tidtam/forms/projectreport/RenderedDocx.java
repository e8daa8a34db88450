package org.tidtam.forms.projectreport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.form.FormContext;
import org.tidtam.testkit.FormPluginHarness;

/**
 * Renders form 7.2 documents with the demo catalog and reads them back with Apache POI, an
 * independent reader of the generated .docx.
 */
final class RenderedDocx {
  static final FormPluginHarness<ProjectReport> HARNESS =
      FormPluginHarness.of(Forms72.PLUGIN).withContext(FormContext.of(demoCatalog()));

  final byte[] bytes;
  final XWPFDocument doc;

  private RenderedDocx(byte[] bytes) {
    this.bytes = bytes;
    try {
      this.doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RenderedDocx of(ProjectReport form) {
    return new RenderedDocx(HARNESS.render(form));
  }

  static Catalog demoCatalog() {
    try (InputStream in =
        Catalog.class.getResourceAsStream("/org/tidtam/catalog/demo-catalog.json")) {
      return CatalogJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All text of the body, paragraphs and table cells, one paragraph a line. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (XWPFParagraph p : allParagraphs()) {
      sb.append(p.getText()).append('\n');
    }
    return sb.toString();
  }

  String headerText() {
    StringBuilder sb = new StringBuilder();
    doc.getHeaderList().forEach(h -> sb.append(h.getText()));
    return sb.toString();
  }

  String footerXml() {
    StringBuilder sb = new StringBuilder();
    doc.getFooterList().forEach(f -> sb.append(f._getHdrFtr().xmlText()));
    return sb.toString();
  }

  /** The table whose first row contains the text. */
  XWPFTable table(String firstRowText) {
    return doc.getTables().stream()
        .filter(t -> rowText(t.getRow(0)).contains(firstRowText))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table starting with " + firstRowText));
  }

  static String rowText(XWPFTableRow row) {
    StringBuilder sb = new StringBuilder();
    for (XWPFTableCell c : row.getTableCells()) {
      sb.append(c.getText()).append(" | ");
    }
    return sb.toString();
  }

  /**
   * Whether every paragraph of the row keeps with the next one, by itself or by its style: Word
   * then keeps the row on the page of the next row.
   */
  boolean keepsWithNext(XWPFTableRow row) {
    List<XWPFParagraph> paragraphs =
        row.getTableCells().stream().flatMap(c -> c.getParagraphs().stream()).toList();
    return !paragraphs.isEmpty() && paragraphs.stream().allMatch(this::keepsWithNext);
  }

  private boolean keepsWithNext(XWPFParagraph p) {
    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext()) {
      return true;
    }
    for (String id = p.getStyleID(); id != null; ) {
      XWPFStyle style = doc.getStyles().getStyle(id);
      if (style == null) {
        return false;
      }
      if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().isSetKeepNext()) {
        return true;
      }
      id = style.getBasisStyleID();
    }
    return false;
  }

  static boolean repeatsAsHeader(XWPFTableRow row) {
    return row.getCtRow().getTrPr() != null && row.getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
  }

  List<XWPFParagraph> allParagraphs() {
    List<XWPFParagraph> out = new ArrayList<>();
    collect(doc.getBodyElements(), out);
    return out;
  }

  private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        out.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            collect(c.getBodyElements(), out);
          }
        }
      }
    }
  }

  /**
   * The complex-script font a run shows in: its own, else its paragraph style's, else the default.
   */
  @Nullable String effectiveCsFont(XWPFParagraph p, XWPFRun r) {
    return effective(p, r, rpr -> rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : null)
        .map(CTFonts::getCs)
        .orElse(null);
  }

  /**
   * Whether a complex-script size applies to the run, from the run, its style chain or the default.
   */
  boolean hasEffectiveSzCs(XWPFParagraph p, XWPFRun r) {
    return effective(p, r, rpr -> rpr.sizeOfSzCsArray() > 0 ? rpr.getSzCsArray(0) : null)
        .isPresent();
  }

  private <T> Optional<T> effective(
      XWPFParagraph p, XWPFRun r, java.util.function.Function<CTRPr, @Nullable T> get) {
    CTRPr own = r.getCTR().getRPr();
    if (own != null && get.apply(own) != null) {
      return Optional.of(get.apply(own));
    }
    String styleId = p.getStyleID();
    int guard = 0;
    while (styleId != null && guard++ < 20) {
      XWPFStyle style = doc.getStyles().getStyle(styleId);
      if (style == null) {
        break;
      }
      CTRPr rpr = style.getCTStyle().getRPr();
      if (rpr != null && get.apply(rpr) != null) {
        return Optional.of(get.apply(rpr));
      }
      styleId =
          style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
    }
    try {
      CTStyles styles = doc.getStyle();
      if (styles.getDocDefaults() != null
          && styles.getDocDefaults().getRPrDefault() != null
          && styles.getDocDefaults().getRPrDefault().getRPr() != null) {
        return Optional.ofNullable(get.apply(styles.getDocDefaults().getRPrDefault().getRPr()));
      }
    } catch (XmlException | IOException e) {
      throw new IllegalStateException(e);
    }
    return Optional.empty();
  }
}
