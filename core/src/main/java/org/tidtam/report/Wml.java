package org.tidtam.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Text;

/** Small builders of WordprocessingML paragraphs, runs and fields. */
final class Wml {

  static final ObjectFactory FACTORY = new ObjectFactory();

  private Wml() {}

  /** A paragraph of the style holding the text; empty text gives an empty paragraph. */
  static P paragraph(String styleId, String text) {
    P p = paragraph(styleId);
    p.getContent().addAll(runs(text));
    return p;
  }

  /** An empty paragraph of the style. */
  static P paragraph(String styleId) {
    P p = FACTORY.createP();
    PPr ppr = FACTORY.createPPr();
    PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
    style.setVal(styleId);
    ppr.setPStyle(style);
    p.setPPr(ppr);
    return p;
  }

  /** Aligns the paragraph. */
  static P align(P p, JcEnumeration how) {
    Jc jc = FACTORY.createJc();
    jc.setVal(how);
    p.getPPr().setJc(jc);
    return p;
  }

  /** Sets the space above the paragraph, in twentieths of a point. */
  static P spaceBefore(P p, long twips) {
    PPrBase.Spacing spacing = FACTORY.createPPrBaseSpacing();
    spacing.setBefore(big(twips));
    p.getPPr().setSpacing(spacing);
    return p;
  }

  /**
   * The runs that print the text: characters XML 1.0 cannot hold are dropped, a line feed is a line
   * break and a tab a Word tab.
   */
  static List<R> runs(String text) {
    List<R> runs = new ArrayList<>(1);
    R r = FACTORY.createR();
    StringBuilder chunk = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        flush(r, chunk);
        if (c == '\n') {
          r.getContent().add(FACTORY.createBr());
        } else {
          r.getContent().add(FACTORY.createRTab(FACTORY.createRTab()));
        }
      } else if (c == '\r') {
        continue;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          chunk.append(c).append(text.charAt(++i));
        }
      } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
        chunk.append(c);
      }
    }
    flush(r, chunk);
    if (!r.getContent().isEmpty()) {
      runs.add(r);
    }
    return runs;
  }

  private static void flush(R r, StringBuilder chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    Text t = FACTORY.createText();
    t.setValue(chunk.toString());
    t.setSpace("preserve");
    r.getContent().add(FACTORY.createRT(t));
    chunk.setLength(0);
  }

  /** The runs of a complex field with its instruction and the result shown until it is updated. */
  static List<R> field(String instruction, String result) {
    List<R> runs = new ArrayList<>(5);
    runs.add(fieldChar(STFldCharType.BEGIN));
    runs.add(fieldCode(instruction));
    runs.add(fieldChar(STFldCharType.SEPARATE));
    runs.addAll(runs(result));
    runs.add(fieldChar(STFldCharType.END));
    return runs;
  }

  static R fieldChar(STFldCharType type) {
    R r = FACTORY.createR();
    FldChar c = FACTORY.createFldChar();
    c.setFldCharType(type);
    if (type == STFldCharType.BEGIN) {
      c.setDirty(true);
    }
    r.getContent().add(FACTORY.createRFldChar(c));
    return r;
  }

  static R fieldCode(String instruction) {
    R r = FACTORY.createR();
    Text t = FACTORY.createText();
    t.setValue(" " + instruction + " ");
    t.setSpace("preserve");
    r.getContent().add(FACTORY.createRInstrText(t));
    return r;
  }

  /** A paragraph holding only a page break. */
  static P pageBreak() {
    P p = FACTORY.createP();
    R r = FACTORY.createR();
    Br br = FACTORY.createBr();
    br.setType(STBrType.PAGE);
    r.getContent().add(br);
    p.getContent().add(r);
    return p;
  }

  static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
