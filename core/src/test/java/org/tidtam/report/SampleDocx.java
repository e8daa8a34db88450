package org.tidtam.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;

/** Word documents and images made for the report tests, as a form's renderer would hand them. */
final class SampleDocx {

  static final String HEADER_TEXT = "หัวกระดาษของแบบรายงานทดสอบ";
  static final String FORM_STYLE = "FormTitle";

  private SampleDocx() {}

  /** A PNG of the size, one colour. */
  static byte[] png(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A landscape document with a header, an image, a numbered list of three items, a style of its
   * own ({@value #FORM_STYLE}) and its own, red, definition of Heading1.
   */
  static byte[] landscapeForm(String title) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();
    ObjectFactory f = new ObjectFactory();
    main.getStyleDefinitionsPart()
        .getContents()
        .getStyle()
        .add(
            (Style)
                XmlUtils.unmarshalString(
                    "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                        + " w:type=\"paragraph\" w:styleId=\""
                        + FORM_STYLE
                        + "\"><w:name w:val=\"Form"
                        + " Title\"/><w:rPr><w:b/><w:color w:val=\"0000FF\"/></w:rPr></w:style>"));
    for (Style s : main.getStyleDefinitionsPart().getContents().getStyle()) {
      if ("Heading1".equals(s.getStyleId())) {
        s.setRPr(
            (org.docx4j.wml.RPr)
                XmlUtils.unmarshalString(
                    "<w:rPr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:color w:val=\"FF0000\"/></w:rPr>"));
      }
    }
    main.getContent().add(styled(f, FORM_STYLE, title));

    NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
    main.addTargetPart(numbering);
    numbering.unmarshalDefaultNumbering();
    for (String item : new String[] {"ข้อแรก", "ข้อที่สอง", "ข้อที่สาม"}) {
      P p = main.createParagraphOfText(item);
      p.setPPr(
          (org.docx4j.wml.PPr)
              XmlUtils.unmarshalString(
                  "<w:pPr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                      + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"));
      main.getContent().add(p);
    }

    BinaryPartAbstractImage image =
        BinaryPartAbstractImage.createImagePart(pkg, png(60, 40, Color.BLUE));
    P picture = f.createP();
    R run = f.createR();
    var drawing = f.createDrawing();
    drawing.getAnchorOrInline().add(image.createImageInline("form", "form", 1, 2, 1500L, false));
    run.getContent().add(drawing);
    picture.getContent().add(run);
    main.getContent().add(picture);

    HeaderPart header = new HeaderPart();
    Relationship rel = main.addTargetPart(header);
    Hdr hdr = f.createHdr();
    hdr.getContent().add(styled(f, "Normal", HEADER_TEXT));
    header.setJaxbElement(hdr);

    SectPr sectPr = f.createSectPr();
    SectPr.PgSz size = f.createSectPrPgSz();
    size.setW(java.math.BigInteger.valueOf(16838));
    size.setH(java.math.BigInteger.valueOf(11906));
    size.setOrient(STPageOrientation.LANDSCAPE);
    sectPr.setPgSz(size);
    HeaderReference ref = f.createHeaderReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(ref);
    main.getJaxbElement().getBody().setSectPr(sectPr);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  /**
   * The same document as {@link #landscapeForm} with a portrait first section (a paragraph's
   * section, with the header too) before the list.
   */
  static byte[] twoSectionForm(String title) throws Exception {
    WordprocessingMLPackage pkg =
        WordprocessingMLPackage.load(new java.io.ByteArrayInputStream(landscapeForm(title)));
    MainDocumentPart main = pkg.getMainDocumentPart();
    SectPr last = main.getJaxbElement().getBody().getSectPr();
    SectPr first = XmlUtils.deepCopy(last);
    first.getPgSz().setOrient(null);
    first.getPgSz().setW(java.math.BigInteger.valueOf(11906));
    first.getPgSz().setH(java.math.BigInteger.valueOf(16838));
    P end = (P) main.getContent().getFirst();
    end.getPPr().setSectPr(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  /** The document with its main part's XML written with the prefix ns0 for WordprocessingML. */
  static byte[] withOtherPrefix(byte[] docx) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        var out = new java.util.zip.ZipOutputStream(bytes)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
          xml =
              xml.replace("xmlns:w=", "xmlns:ns0=")
                  .replace("<w:", "<ns0:")
                  .replace("</w:", "</ns0:")
                  .replace(" w:", " ns0:");
          content = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static P styled(ObjectFactory f, String style, String text) {
    P p = Wml.paragraph(style, text);
    return p;
  }
}
