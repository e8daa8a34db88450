package org.tidtam.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.jspecify.annotations.Nullable;

/**
 * Builds small .docx templates for tests. In a paragraph text, {@code ¦} splits runs (each later
 * run is bold, so neighbouring runs differ in formatting) and {@code ⁞} adds a proofing mark and a
 * bookmark between runs; in a cell text, {@code \n} separates paragraphs.
 */
public final class TestDocx {

  private static final ObjectFactory WML = new ObjectFactory();
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  private final WordprocessingMLPackage pkg;
  private final List<Object> body;

  private TestDocx(WordprocessingMLPackage pkg) {
    this.pkg = pkg;
    this.body = pkg.getMainDocumentPart().getContent();
  }

  public static TestDocx create() {
    try {
      return new TestDocx(WordprocessingMLPackage.createPackage());
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds a document from the given paragraphs. */
  public static byte[] of(String... paragraphs) {
    TestDocx d = create();
    for (String p : paragraphs) {
      d.p(p);
    }
    return d.bytes();
  }

  public TestDocx p(String text) {
    body.add(paragraph(text));
    return this;
  }

  /** A paragraph that ends a section whose page is landscape A4. */
  public TestDocx sectionEnd(String text) {
    P p = paragraph(text);
    PPr pPr = WML.createPPr();
    SectPr sect = WML.createSectPr();
    SectPr.PgSz size = WML.createSectPrPgSz();
    size.setW(BigInteger.valueOf(16838));
    size.setH(BigInteger.valueOf(11906));
    size.setOrient(STPageOrientation.LANDSCAPE);
    sect.setPgSz(size);
    pPr.setSectPr(sect);
    p.setPPr(pPr);
    body.add(p);
    return this;
  }

  /** A paragraph of one run in the given font, with only the Latin font slots set. */
  public TestDocx latinFontParagraph(String text, String font, int halfPoints) {
    P p = paragraph(text);
    R r = (R) p.getContent().getFirst();
    RPr rPr = WML.createRPr();
    RFonts f = WML.createRFonts();
    f.setAscii(font);
    f.setHAnsi(font);
    rPr.setRFonts(f);
    HpsMeasure sz = WML.createHpsMeasure();
    sz.setVal(BigInteger.valueOf(halfPoints));
    rPr.setSz(sz);
    rPr.setB(new BooleanDefaultTrue());
    r.setRPr(rPr);
    body.add(p);
    return this;
  }

  /** A table; each row is given as its cells' texts. */
  public TestDocx table(String[]... rows) {
    body.add(WML.createBodyTbl(tbl(rows)));
    return this;
  }

  /** A table whose given cell (0-based) holds a nested table. */
  public static Tbl tbl(String[]... rows) {
    Tbl tbl = WML.createTbl();
    for (String[] row : rows) {
      Tr tr = WML.createTr();
      for (String cell : row) {
        Tc tc = WML.createTc();
        for (String para : cell.split("\n", -1)) {
          tc.getContent().add(paragraph(para));
        }
        tr.getContent().add(WML.createTrTc(tc));
      }
      tbl.getContent().add(tr);
    }
    return tbl;
  }

  /** The given cell (0-based) of a table built with {@link #tbl}. */
  public static Tc cell(Tbl table, int row, int cell) {
    Tr tr = (Tr) table.getContent().get(row);
    return (Tc) XmlUtils.unwrap(tr.getContent().get(cell));
  }

  public TestDocx header(String text) {
    try {
      HeaderPart part = new HeaderPart();
      part.setJaxbElement(WML.createHdr());
      part.getContent().add(paragraph(text));
      Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
      HeaderReference ref = WML.createHeaderReference();
      ref.setId(rel.getId());
      ref.setType(HdrFtrRef.DEFAULT);
      sectPr().getEGHdrFtrReferences().add(ref);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public TestDocx footer(String text) {
    try {
      FooterPart part = new FooterPart();
      part.setJaxbElement(WML.createFtr());
      part.getContent().add(paragraph(text));
      Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
      FooterReference ref = WML.createFooterReference();
      ref.setId(rel.getId());
      ref.setType(HdrFtrRef.DEFAULT);
      sectPr().getEGHdrFtrReferences().add(ref);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Adds any block element (a table built with {@link #tbl}, a paragraph) to the body. */
  public TestDocx add(Object element) {
    body.add(element);
    return this;
  }

  /** Adds a paragraph holding a small inline picture whose drawing has the given id. */
  public TestDocx image(long docPrId) {
    body.add(imageParagraph(docPrId));
    return this;
  }

  /** A paragraph holding a small inline picture whose drawing has the given id. */
  public P imageParagraph(long docPrId) {
    try {
      BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(pkg, PNG);
      Inline inline = part.createImageInline("dot.png", "dot", docPrId, 1, false);
      Drawing drawing = WML.createDrawing();
      drawing.getAnchorOrInline().add(inline);
      R r = WML.createR();
      r.getContent().add(WML.createRDrawing(drawing));
      P p = WML.createP();
      p.getContent().add(r);
      return p;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes the page size and margins docx4j puts in a new document. */
  public TestDocx withoutPageSetup() {
    sectPr().setPgSz(null);
    sectPr().setPgMar(null);
    return this;
  }

  private SectPr sectPr() {
    return pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
  }

  public byte[] bytes() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new IllegalStateException(e);
    }
  }

  static P paragraph(String text) {
    P p = WML.createP();
    String[] marked = text.split("⁞", -1);
    List<String> runs = new ArrayList<>();
    List<Boolean> markBefore = new ArrayList<>();
    for (int m = 0; m < marked.length; m++) {
      String[] pieces = marked[m].split("¦", -1);
      for (int i = 0; i < pieces.length; i++) {
        runs.add(pieces[i]);
        markBefore.add(m > 0 && i == 0);
      }
    }
    for (int i = 0; i < runs.size(); i++) {
      if (markBefore.get(i)) {
        ProofErr proof = WML.createProofErr();
        proof.setType("spellStart");
        p.getContent().add(proof);
        CTBookmark start = WML.createCTBookmark();
        start.setId(BigInteger.valueOf(i));
        start.setName("bm" + i);
        p.getContent().add(WML.createBodyBookmarkStart(start));
        CTMarkupRange end = WML.createCTMarkupRange();
        end.setId(BigInteger.valueOf(i));
        p.getContent().add(WML.createBodyBookmarkEnd(end));
      }
      R r = WML.createR();
      if (i > 0) {
        RPr rPr = WML.createRPr();
        rPr.setB(new BooleanDefaultTrue());
        r.setRPr(rPr);
      }
      Text t = WML.createText();
      t.setValue(runs.get(i));
      t.setSpace("preserve");
      r.getContent().add(WML.createRT(t));
      p.getContent().add(r);
    }
    return p;
  }

  /** The text of one zip entry of a .docx, or null when there is none. */
  public static @Nullable String entry(byte[] docx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of a .docx with one entry's text changed (or added, when {@code edit} is given null), or
   * removed when {@code edit} returns null.
   */
  public static byte[] withEntry(
      byte[] docx, String name, Function<@Nullable String, @Nullable String> edit) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean seen = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(name)) {
          seen = true;
          String changed = edit.apply(new String(data, StandardCharsets.UTF_8));
          if (changed == null) {
            continue;
          }
          data = changed.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
      String added = seen ? null : edit.apply(null);
      if (added != null) {
        out.putNextEntry(new ZipEntry(name));
        out.write(added.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads a rendered document back with Apache POI. */
  public static XWPFDocument read(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
