package org.tidtam.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTPageNumber;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.ThaiDigits;

/**
 * Writes the report's body: sections with their page setup and page numbering, headings that feed
 * the table of contents, captioned tables and charts numbered through the report, merged documents.
 */
final class DocxReportWriter implements PartWriter {

  static final String TABLE_LABEL = LocalizedText.of("ตารางที่", "Table").th();
  static final String CHART_LABEL = LocalizedText.of("แผนภูมิที่", "Chart").th();

  /**
   * A4 in twentieths of a point, and the report's margins (top 2.5, bottom 2, left 3, right 2 cm).
   */
  private static final int A4_SHORT = 11906;

  private static final int A4_LONG = 16838;
  private static final int TOP = 1418;
  private static final int BOTTOM = 1134;
  private static final int LEFT = 1701;
  private static final int RIGHT = 1134;

  /** docx4j takes an inline image's width in twentieths of a point. */
  private static final double TWIPS_PER_CM = 1440 / 2.54;

  /** A heading or caption to list in the front matter. */
  record Entry(int level, String text) {}

  private final WordprocessingMLPackage pkg;
  private final List<Object> body;
  private final ReportOptions options;
  private final String frontFooterId;
  private final String footerId;
  private final String headerId;
  private final DocxMerger merger;
  private final List<Entry> headings = new ArrayList<>();
  private final List<String> tables = new ArrayList<>();
  private final List<String> charts = new ArrayList<>();
  private final List<DocxMerger.Merged> merges = new ArrayList<>();
  private boolean landscape;
  private boolean pageStart = true;

  /** Where in the body the current section starts. */
  private int sectionFrom;

  private int drawingId = 1;

  /** How the current section numbers its pages; null: no footer (the cover). */
  private @Nullable NumberFormat pageFormat;

  private @Nullable Integer pageStartAt;

  /**
   * @param frontFooterId the relationship of the front matter's footer (page ก, ข, …)
   * @param footerId the relationship of the body's footer with the page number
   * @param headerId the relationship of the report's (empty) header, named by every section of the
   *     report's own so that a merged document's header stops where the document does
   */
  DocxReportWriter(
      WordprocessingMLPackage pkg,
      ReportOptions options,
      String frontFooterId,
      String footerId,
      String headerId) {
    this.pkg = pkg;
    this.body = pkg.getMainDocumentPart().getContent();
    this.options = options;
    this.frontFooterId = frontFooterId;
    this.footerId = footerId;
    this.headerId = headerId;
    this.merger = new DocxMerger(pkg);
  }

  List<Entry> headings() {
    return headings;
  }

  List<String> tables() {
    return tables;
  }

  List<String> charts() {
    return charts;
  }

  /**
   * The merged documents' bodies, in order: the body holds for the n-th (from 1) an empty paragraph
   * of the style {@code TidtamMerged}n, to be replaced with it once the report is written, so that
   * the merged XML is never parsed into objects and written back.
   */
  List<DocxMerger.Merged> merges() {
    return merges;
  }

  List<Object> body() {
    return body;
  }

  /** The text as the report prints it: Thai digits when the options ask for them. */
  String text(String text) {
    return options.thaiDigits() ? ThaiDigits.toThai(text) : text;
  }

  void add(Object block) {
    body.add(block);
    pageStart = false;
  }

  /** Numbers the pages of the current section from {@code start} in the format given. */
  void numberPages(NumberFormat format, int start) {
    pageFormat = format;
    pageStartAt = start;
  }

  /** Ends the current section; the next one starts on a new page with the given numbering. */
  void endSection(@Nullable NumberFormat nextFormat, @Nullable Integer nextStart) {
    P p = Wml.FACTORY.createP();
    p.setPPr(Wml.FACTORY.createPPr());
    p.getPPr().setSectPr(sectPr());
    body.add(p);
    pageFormat = nextFormat;
    pageStartAt = nextStart;
    pageStart = true;
    sectionFrom = body.size();
  }

  /** The section properties of the current section. */
  SectPr sectPr() {
    SectPr s = Wml.FACTORY.createSectPr();
    SectPr.PgSz size = Wml.FACTORY.createSectPrPgSz();
    size.setW(Wml.big(landscape ? A4_LONG : A4_SHORT));
    size.setH(Wml.big(landscape ? A4_SHORT : A4_LONG));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    s.setPgSz(size);
    SectPr.PgMar margins = Wml.FACTORY.createSectPrPgMar();
    margins.setTop(Wml.big(TOP));
    margins.setBottom(Wml.big(BOTTOM));
    margins.setLeft(Wml.big(LEFT));
    margins.setRight(Wml.big(RIGHT));
    margins.setHeader(Wml.big(709));
    margins.setFooter(Wml.big(709));
    margins.setGutter(BigInteger.ZERO);
    s.setPgMar(margins);
    HeaderReference header = Wml.FACTORY.createHeaderReference();
    header.setId(headerId);
    header.setType(HdrFtrRef.DEFAULT);
    s.getEGHdrFtrReferences().add(header);
    if (pageFormat != null) {
      FooterReference footer = Wml.FACTORY.createFooterReference();
      footer.setId(pageFormat == NumberFormat.THAI_LETTERS ? frontFooterId : footerId);
      footer.setType(HdrFtrRef.DEFAULT);
      s.getEGHdrFtrReferences().add(footer);
      CTPageNumber numbers = Wml.FACTORY.createCTPageNumber();
      numbers.setFmt(pageFormat);
      if (pageStartAt != null) {
        numbers.setStart(Wml.big(pageStartAt));
      }
      s.setPgNumType(numbers);
    }
    return s;
  }

  /**
   * The field switch for the report's digits. Thai digits are spelt {@code THAIARABIC}: Word reads
   * switch names in any case, and LibreOffice, which reads the exact spelling {@code ThaiArabic} as
   * Thai letters (ก, ข, …), ignores it and prints Arabic digits, the lesser harm.
   */
  String digitSwitch() {
    return options.thaiDigits() ? "\\* THAIARABIC" : "\\* ARABIC";
  }

  /**
   * The page numbers of the body: Arabic or Thai digits (LibreOffice reads {@code thaiNumbers} as
   * decimal; the footer's field switch says it again for Word).
   */
  NumberFormat bodyFormat() {
    return options.thaiDigits() ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  }

  /** A part's title: a level-1 heading on a new page. */
  void title(String title) {
    P p = Wml.paragraph("Heading1", text(title));
    if (!pageStart) {
      p.getPPr().setPageBreakBefore(new BooleanDefaultTrue());
    }
    headings.add(new Entry(1, text(title)));
    add(p);
  }

  @Override
  public PartWriter heading(int level, String text) {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
    }
    headings.add(new Entry(level, text(text)));
    add(Wml.paragraph("Heading" + level, text(text)));
    return this;
  }

  @Override
  public PartWriter paragraph(String text) {
    add(Wml.paragraph("BodyText", text(text)));
    return this;
  }

  @Override
  public PartWriter table(ReportTable table) {
    String caption = text(table.caption());
    tables.add(caption);
    P captionParagraph = caption(TABLE_LABEL, tables.size(), caption);
    captionParagraph.getPPr().setKeepNext(new BooleanDefaultTrue());
    add(captionParagraph);
    add(tbl(table));
    add(Wml.paragraph("Normal"));
    return this;
  }

  private P caption(String label, int number, String caption) {
    P p = Wml.paragraph("Caption");
    p.getContent().addAll(Wml.runs(label + " "));
    String switches = " " + digitSwitch();
    p.getContent().addAll(Wml.field("SEQ " + label + switches, text(Integer.toString(number))));
    if (!caption.isBlank()) {
      p.getContent().addAll(Wml.runs(" " + caption));
    }
    return p;
  }

  private org.docx4j.wml.Tbl tbl(ReportTable table) {
    int width = (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT;
    int columns = table.columns();
    org.docx4j.wml.Tbl tbl = Wml.FACTORY.createTbl();
    TblPr pr = Wml.FACTORY.createTblPr();
    CTTblPrBase.TblStyle style = Wml.FACTORY.createCTTblPrBaseTblStyle();
    style.setVal("TableGrid");
    pr.setTblStyle(style);
    TblWidth w = Wml.FACTORY.createTblWidth();
    w.setType("pct");
    w.setW(Wml.big(5000));
    pr.setTblW(w);
    CTTblLayoutType layout = Wml.FACTORY.createCTTblLayoutType();
    layout.setType(STTblLayoutType.FIXED);
    pr.setTblLayout(layout);
    tbl.setTblPr(pr);
    TblGrid grid = Wml.FACTORY.createTblGrid();
    for (int c = 0; c < columns; c++) {
      TblGridCol col = Wml.FACTORY.createTblGridCol();
      col.setW(Wml.big(width / columns));
      grid.getGridCol().add(col);
    }
    tbl.setTblGrid(grid);
    for (List<String> header : table.headerRows()) {
      tbl.getContent().add(row(header, true, Set.of()));
    }
    Set<Integer> numeric = Set.copyOf(table.numericColumns());
    for (List<String> row : table.rows()) {
      tbl.getContent().add(row(row, false, numeric));
    }
    return tbl;
  }

  private Tr row(List<String> cells, boolean header, Set<Integer> numeric) {
    Tr tr = Wml.FACTORY.createTr();
    TrPr trPr = Wml.FACTORY.createTrPr();
    trPr.getCnfStyleOrDivIdOrGridBefore()
        .add(Wml.FACTORY.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
    if (header) {
      trPr.getCnfStyleOrDivIdOrGridBefore()
          .add(Wml.FACTORY.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
    }
    tr.setTrPr(trPr);
    for (int c = 0; c < cells.size(); c++) {
      Tc tc = Wml.FACTORY.createTc();
      P p = Wml.paragraph(header ? "TableHeading" : "TableText", text(cells.get(c)));
      if (numeric.contains(c)) {
        Wml.align(p, JcEnumeration.RIGHT);
      }
      tc.getContent().add(p);
      tr.getContent().add(tc);
    }
    return tr;
  }

  @Override
  public PartWriter chart(ReportChart chart) {
    String caption = text(chart.caption());
    charts.add(caption);
    add(image(chart.image(), chart.widthCm(), caption));
    add(caption(CHART_LABEL, charts.size(), caption));
    return this;
  }

  /** A centred paragraph holding the image at the width. */
  P image(byte[] bytes, double widthCm, String altText) {
    try {
      BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(pkg, bytes);
      int id = drawingId++;
      Inline inline =
          part.createImageInline(
              "image" + id, altText, id, id + 100_000, Math.round(widthCm * TWIPS_PER_CM), false);
      Drawing drawing = Wml.FACTORY.createDrawing();
      drawing.getAnchorOrInline().add(inline);
      R r = Wml.FACTORY.createR();
      r.getContent().add(drawing);
      P p = Wml.align(Wml.paragraph("Normal"), JcEnumeration.CENTER);
      p.getContent().add(r);
      return p;
    } catch (Exception e) {
      throw new ReportException("the image \"" + altText + "\" could not be added", e);
    }
  }

  @Override
  public PartWriter pageBreak() {
    if (!pageStart) {
      body.add(Wml.pageBreak());
      pageStart = true;
    }
    return this;
  }

  @Override
  public PartWriter landscape(PartContent content) {
    if (landscape) {
      content.write(this);
      return this;
    }
    breakSection();
    landscape = true;
    content.write(this);
    if (sectionEmpty()) {
      add(Wml.paragraph("Normal"));
    }
    endSection(pageFormat, null);
    landscape = false;
    return this;
  }

  @Override
  public PartWriter merge(byte[] docx) {
    DocxMerger.Merged merged = merger.merge(docx);
    breakSection();
    String marker = "TidtamMerged" + (merges.size() + 1);
    merges.add(merged);
    add(Wml.paragraph(marker));
    SectPr section = merged.lastSection();
    if (section == null) {
      endSection(pageFormat, null);
      return this;
    }
    if (section.getEGHdrFtrReferences().stream().noneMatch(FooterReference.class::isInstance)) {
      FooterReference footer = Wml.FACTORY.createFooterReference();
      footer.setId(footerId);
      footer.setType(HdrFtrRef.DEFAULT);
      section.getEGHdrFtrReferences().add(footer);
    }
    CTPageNumber numbers = Wml.FACTORY.createCTPageNumber();
    numbers.setFmt(bodyFormat());
    section.setPgNumType(numbers);
    section.setType(null);
    P end = Wml.FACTORY.createP();
    end.setPPr(Wml.FACTORY.createPPr());
    end.getPPr().setSectPr(section);
    body.add(end);
    pageStart = true;
    sectionFrom = body.size();
    return this;
  }

  private boolean sectionEmpty() {
    return body.size() == sectionFrom;
  }

  /**
   * Ends the current section before content that needs one of its own (a landscape table, a merged
   * document); headings at the end of the section move on with that content instead of staying
   * alone at the bottom of a page.
   */
  private void breakSection() {
    List<Object> headings = new ArrayList<>();
    while (body.size() > sectionFrom && body.getLast() instanceof P p && isHeading(p)) {
      headings.addFirst(body.removeLast());
    }
    if (!sectionEmpty()) {
      endSection(pageFormat, null);
    }
    for (Object heading : headings) {
      ((P) heading).getPPr().setPageBreakBefore(null);
      add(heading);
    }
  }

  private static boolean isHeading(P p) {
    return p.getPPr() != null
        && p.getPPr().getPStyle() != null
        && p.getPPr().getPStyle().getVal().startsWith("Heading");
  }
}
