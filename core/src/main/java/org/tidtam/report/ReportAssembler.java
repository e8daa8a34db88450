package org.tidtam.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.docx4j.Docx4jProperties;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Styles;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.thai.ThaiDigits;

/**
 * Writes an {@link AnnualReport} as one Word document: the cover, the foreword (คำนำ), the table of
 * contents (สารบัญ), the lists of tables and charts, then the chapters and the annexes.
 *
 * <p>The front matter is paged in Thai letters (ก ข ค), the body from 1 in the footer. The table of
 * contents and the lists are real fields (a {@code TOC} field over the heading levels 1 to 3 and
 * one over each caption label's {@code SEQ} fields); they are written already filled with the
 * headings and captions, and Word refreshes their page numbers when the document opens. Every style
 * is the report's own, in the report's font on all four font slots with its complex-script size.
 *
 * <p>The report carries its provenance ({@link ProvenancePart}): the submissions the caller names
 * as its sources, and the report's layout ({@link #LAYOUT}) as its template.
 */
public final class ReportAssembler {

  /**
   * The report's layout, named in its provenance as its template: the version goes up when the
   * report's structure or styles change.
   */
  public static final Provenance.TemplateRef LAYOUT =
      new Provenance.TemplateRef("annual-report", "1");

  /** The letters of the annexes (ภาคผนวก ก, ข, …), in the order Thai reports use them. */
  private static final String THAI_LETTERS =
      LocalizedText.of("กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
          .th();

  private static final LocalizedText ANNEXES = LocalizedText.of("ภาคผนวก", "Annexes");

  private final ReportOptions options;
  private final String styles;

  public ReportAssembler(ReportOptions options) {
    this.options = options;
    Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", Boolean.FALSE);
    try (InputStream in = ReportAssembler.class.getResourceAsStream("report-styles.xml")) {
      if (in == null) {
        throw new IllegalStateException("report-styles.xml is missing");
      }
      int size = options.fontSizePt() * 2;
      this.styles =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("${FONT}", options.fontFamily())
              .replace("${SZ}", Integer.toString(size))
              .replace("${TITLE}", Integer.toString(size + 16))
              .replace("${H1}", Integer.toString(size + 8))
              .replace("${H2}", Integer.toString(size + 4));
    } catch (IOException e) {
      throw new IllegalStateException("report-styles.xml could not be read", e);
    }
  }

  /** The report as .docx bytes, whose provenance names no source submission. */
  public byte[] assemble(AnnualReport report) {
    return assemble(report, List.of());
  }

  /**
   * The report as .docx bytes, whose provenance names the submissions it was made from (in the
   * order given) and their data hash.
   */
  public byte[] assemble(AnnualReport report, List<Provenance.Source> sources) {
    return ProvenancePart.stamp(write(report), Provenance.of(sources, LAYOUT, Instant.now()));
  }

  private byte[] write(AnnualReport report) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      MainDocumentPart main = pkg.getMainDocumentPart();
      StyleDefinitionsPart stylePart = main.getStyleDefinitionsPart(true);
      stylePart.setJaxbElement((Styles) XmlUtils.unmarshalString(styles));
      settings(main);
      DocxReportWriter out =
          new DocxReportWriter(
              pkg,
              options,
              footer(pkg, "PAGE", THAI_LETTERS.substring(0, 1)),
              footer(
                  pkg,
                  "PAGE" + (options.thaiDigits() ? " \\* THAIARABIC" : ""),
                  options.thaiDigits() ? ThaiDigits.toThai("1") : "1"),
              header(pkg));

      cover(out, report.cover());
      out.endSection(NumberFormat.THAI_LETTERS, 1);
      foreword(out, report);
      out.pageBreak();
      int tocAt = frontList(out, LocalizedText.of("สารบัญ", "Contents").th());
      out.pageBreak();
      int tablesAt = frontList(out, LocalizedText.of("สารบัญตาราง", "List of tables").th());
      out.pageBreak();
      int chartsAt = frontList(out, LocalizedText.of("สารบัญแผนภูมิ", "List of charts").th());
      out.endSection(out.bodyFormat(), 1);

      for (ReportPart part : report.chapters()) {
        out.title(part.title());
        part.content().write(out);
      }
      List<ReportPart> annexes = report.annexes();
      if (!annexes.isEmpty()) {
        out.title(ANNEXES.th());
      }
      for (int i = 0; i < annexes.size(); i++) {
        ReportPart annex = annexes.get(i);
        out.title(ANNEXES.th() + " " + letter(i) + " " + annex.title());
        annex.content().write(out);
      }
      if (out.body().isEmpty() || !(out.body().getLast() instanceof P)) {
        out.add(Wml.paragraph("Normal"));
      }
      main.getJaxbElement().getBody().setSectPr(out.sectPr());

      List<Object> body = out.body();
      body.addAll(chartsAt, captionList(DocxReportWriter.CHART_LABEL, out.charts()));
      body.addAll(tablesAt, captionList(DocxReportWriter.TABLE_LABEL, out.tables()));
      body.addAll(tocAt, contents(out.headings()));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      pkg.save(bytes);
      return out.merges().isEmpty()
          ? bytes.toByteArray()
          : Splicer.splice(
              bytes.toByteArray(), main.getPartName().getName().substring(1), out.merges());
    } catch (ReportException e) {
      throw e;
    } catch (Exception e) {
      throw new ReportException("the report could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * A short document in the report's look, without cover or front matter: the title lines (the
   * first in the title style, the others as subtitles), then the content, its tables and charts
   * captioned and numbered as in the report, its pages numbered from 1 in the footer.
   */
  public byte[] assembleBrief(List<String> titleLines, PartContent content) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      MainDocumentPart main = pkg.getMainDocumentPart();
      StyleDefinitionsPart stylePart = main.getStyleDefinitionsPart(true);
      stylePart.setJaxbElement((Styles) XmlUtils.unmarshalString(styles));
      settings(main);
      String footer =
          footer(
              pkg,
              "PAGE" + (options.thaiDigits() ? " \\* THAIARABIC" : ""),
              options.thaiDigits() ? ThaiDigits.toThai("1") : "1");
      DocxReportWriter out = new DocxReportWriter(pkg, options, footer, footer, header(pkg));
      out.numberPages(out.bodyFormat(), 1);
      for (int i = 0; i < titleLines.size(); i++) {
        out.add(Wml.paragraph(i == 0 ? "Title" : "Subtitle", out.text(titleLines.get(i))));
      }
      content.write(out);
      if (out.body().isEmpty() || !(out.body().getLast() instanceof P)) {
        out.add(Wml.paragraph("Normal"));
      }
      main.getJaxbElement().getBody().setSectPr(out.sectPr());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      pkg.save(bytes);
      return out.merges().isEmpty()
          ? bytes.toByteArray()
          : Splicer.splice(
              bytes.toByteArray(), main.getPartName().getName().substring(1), out.merges());
    } catch (ReportException e) {
      throw e;
    } catch (Exception e) {
      throw new ReportException("the document could not be written: " + e.getMessage(), e);
    }
  }

  private static String letter(int index) {
    return index < THAI_LETTERS.length()
        ? String.valueOf(THAI_LETTERS.charAt(index))
        : Integer.toString(index + 1);
  }

  private static void settings(MainDocumentPart main) throws Exception {
    DocumentSettingsPart part = main.getDocumentSettingsPart(true);
    CTSettings settings = part.getContents();
    if (settings == null) {
      settings = Wml.FACTORY.createCTSettings();
      part.setJaxbElement(settings);
    }
    settings.setUpdateFields(new BooleanDefaultTrue());
  }

  /** A footer with the page number, centred, by the field instruction. */
  private static String footer(WordprocessingMLPackage pkg, String instruction, String shown)
      throws Exception {
    FooterPart part = new FooterPart();
    Relationship rel =
        pkg.getMainDocumentPart()
            .addTargetPart(part, RelationshipsPart.AddPartBehaviour.RENAME_IF_NAME_EXISTS);
    Ftr ftr = Wml.FACTORY.createFtr();
    P p = Wml.paragraph("Footer");
    p.getContent().addAll(Wml.field(instruction, shown));
    ftr.getContent().add(p);
    part.setJaxbElement(ftr);
    return rel.getId();
  }

  /** The report's header: empty, so that a merged document's header ends with its section. */
  private static String header(WordprocessingMLPackage pkg) throws Exception {
    HeaderPart part = new HeaderPart();
    Relationship rel =
        pkg.getMainDocumentPart()
            .addTargetPart(part, RelationshipsPart.AddPartBehaviour.RENAME_IF_NAME_EXISTS);
    Hdr hdr = Wml.FACTORY.createHdr();
    hdr.getContent().add(Wml.paragraph("Header"));
    part.setJaxbElement(hdr);
    return rel.getId();
  }

  /** The space above the cover's first line: 2 cm under a logo, 5 cm without one. */
  private static final long COVER_TOP_WITH_LOGO = 1134;

  private static final long COVER_TOP = 2835;

  /** The space between the cover's title and the office that issues it, at the foot: 7 cm. */
  private static final long COVER_GAP = 3969;

  /**
   * The cover as Thai offices set it: the logo and the title in the upper half, the office, the
   * group that prepared it and the document number (เอกสารลำดับที่) lower down.
   */
  private void cover(DocxReportWriter out, ReportCover cover) {
    Optional<byte[]> logo = cover.logoBytes();
    logo.ifPresent(
        bytes ->
            out.add(Wml.spaceBefore(out.image(bytes, 3.5, cover.office()), COVER_TOP_WITH_LOGO)));
    P title = Wml.paragraph("Title", out.text(cover.title()));
    out.add(logo.isPresent() ? title : Wml.spaceBefore(title, COVER_TOP));
    out.add(
        Wml.paragraph(
            "Title",
            out.text(
                LocalizedText.of("ประจำปีงบประมาณ พ.ศ.", "Fiscal year").th()
                    + " "
                    + cover.fiscalYear())));
    out.add(Wml.spaceBefore(Wml.paragraph("Subtitle", out.text(cover.office())), COVER_GAP));
    if (!cover.group().isBlank()) {
      out.add(Wml.paragraph("Subtitle", out.text(cover.group())));
    }
    if (cover.number() != null) {
      out.add(Wml.paragraph("Subtitle", out.text(cover.number().text())));
    }
  }

  private void foreword(DocxReportWriter out, AnnualReport report) {
    out.add(Wml.paragraph("FrontHeading", LocalizedText.of("คำนำ", "Foreword").th()));
    for (String paragraph : report.foreword()) {
      out.paragraph(paragraph);
    }
    if (!report.signature().isEmpty()) {
      out.add(Wml.paragraph("Normal"));
    }
    for (String line : report.signature()) {
      P p = Wml.align(Wml.paragraph("Normal", out.text(line)), JcEnumeration.CENTER);
      PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
      ind.setLeft(Wml.big(4536));
      p.getPPr().setInd(ind);
      out.add(p);
    }
  }

  /** A front-matter heading; returns where its list goes once the body is written. */
  private static int frontList(DocxReportWriter out, String heading) {
    out.add(Wml.paragraph("FrontHeading", heading));
    return out.body().size();
  }

  /** The table of contents, filled with the headings until Word refreshes it. */
  private static List<Object> contents(List<DocxReportWriter.Entry> headings) {
    List<String> styles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (DocxReportWriter.Entry h : headings) {
      styles.add("TOC" + h.level());
      texts.add(h.text());
    }
    return fieldParagraphs("TOC \\o \"1-3\" \\h \\z \\u", styles, texts);
  }

  private static List<Object> captionList(String label, List<String> captions) {
    List<String> styles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < captions.size(); i++) {
      styles.add("TableofFigures");
      texts.add(label + " " + (i + 1) + " " + captions.get(i));
    }
    return fieldParagraphs("TOC \\h \\z \\c \"" + label + "\"", styles, texts);
  }

  /**
   * A complex field over several paragraphs: the first opens it, the last closes it, each holds one
   * line of the field's result.
   */
  private static List<Object> fieldParagraphs(
      String instruction, List<String> styles, List<String> lines) {
    List<Object> out = new ArrayList<>();
    int n = Math.max(1, lines.size());
    for (int i = 0; i < n; i++) {
      P p = Wml.paragraph(lines.isEmpty() ? "TableofFigures" : styles.get(i));
      if (i == 0) {
        p.getContent().add(Wml.fieldChar(STFldCharType.BEGIN));
        p.getContent().add(Wml.fieldCode(instruction));
        p.getContent().add(Wml.fieldChar(STFldCharType.SEPARATE));
      }
      if (!lines.isEmpty()) {
        p.getContent().addAll(Wml.runs(lines.get(i)));
      }
      if (i == n - 1) {
        p.getContent().add(Wml.fieldChar(STFldCharType.END));
      }
      out.add(p);
    }
    return out;
  }
}
