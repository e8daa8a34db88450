package org.tidtam.template.internal;

import java.math.BigInteger;
import java.util.Locale;
import org.docx4j.XmlUtils;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RPrAbstract;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.jspecify.annotations.Nullable;
import org.tidtam.template.EngineOptions;

/**
 * Applies the engine's document defaults to a template at compile time. A template that names its
 * own default font (in the document defaults or the Normal style) keeps its font and size and has
 * only an unset size or language filled in, unless the options force the defaults; any other gets
 * the font family on all four font slots with complex-script size and Thai language in the document
 * defaults and theme fonts replaced by the family. Everywhere: complex-script companions (cs font,
 * szCs, bCs, iCs) wherever a run or style sets only the Latin ones, and A4 paper with the report
 * margins when a section sets none. A template's own explicit page size and margins win.
 */
final class OutputDefaults {

  static final int TWIPS_PER_CM = 567;
  static final String THAI = "th-TH";
  private static final ObjectFactory WML = new ObjectFactory();

  private final EngineOptions options;

  /** Whether the template names its own default font (then its theme fonts are kept too). */
  private boolean ownLook;

  OutputDefaults(EngineOptions options) {
    this.options = options;
  }

  void patchStyles(Styles styles) {
    DocDefaults defaults = styles.getDocDefaults();
    if (defaults == null) {
      defaults = WML.createDocDefaults();
      styles.setDocDefaults(defaults);
    }
    if (defaults.getRPrDefault() == null) {
      defaults.setRPrDefault(WML.createDocDefaultsRPrDefault());
    }
    RPr rPr = defaults.getRPrDefault().getRPr();
    if (rPr == null) {
      rPr = WML.createRPr();
      defaults.getRPrDefault().setRPr(rPr);
    }
    Style normal = defaultParagraphStyle(styles);
    RPr normalRPr = normal == null ? null : normal.getRPr();
    ownLook =
        !options.forceDefaults()
            && (namesFont(rPr.getRFonts())
                || (normalRPr != null && namesFont(normalRPr.getRFonts())));
    if (ownLook) {
      fillUnset(rPr, normalRPr);
    } else {
      applyDefaults(rPr);
      if (options.forceDefaults() && normalRPr != null) {
        normalRPr.setRFonts(null);
        normalRPr.setSz(null);
        normalRPr.setSzCs(null);
        normalRPr.setLang(null);
      }
    }
    for (Style style : styles.getStyle()) {
      if (style.getRPr() != null) {
        patchRun(style.getRPr());
      }
    }
  }

  /**
   * Whether the template names a font of its own (theme fonts, Word's stock ones, do not count).
   */
  private static boolean namesFont(@Nullable RFonts f) {
    return f != null
        && ((f.getAscii() != null && f.getAsciiTheme() == null)
            || (f.getHAnsi() != null && f.getHAnsiTheme() == null));
  }

  private static @Nullable Style defaultParagraphStyle(Styles styles) {
    for (Style s : styles.getStyle()) {
      if ("paragraph".equals(s.getType()) && Boolean.TRUE.equals(s.isDefault())) {
        return s;
      }
    }
    return null;
  }

  /** A template with a look of its own: only the size and language it leaves unset are filled. */
  private void fillUnset(RPr rPr, @Nullable RPr normal) {
    if (rPr.getSz() == null && (normal == null || normal.getSz() == null)) {
      rPr.setSz(halfPoints(2L * options.fontSizePt()));
    }
    if (rPr.getSzCs() == null && (normal == null || normal.getSzCs() == null)) {
      BigInteger sz = rPr.getSz() != null ? rPr.getSz().getVal() : normal.getSz().getVal();
      rPr.setSzCs(halfPoints(sz.longValue()));
    }
    if (rPr.getLang() == null && (normal == null || normal.getLang() == null)) {
      rPr.setLang(thai());
    }
    if (rPr.getRFonts() != null && namesFont(rPr.getRFonts()) && rPr.getRFonts().getCs() == null) {
      RFonts f = rPr.getRFonts();
      f.setCs(f.getAscii() != null ? f.getAscii() : f.getHAnsi());
    }
  }

  private void applyDefaults(RPr rPr) {
    RFonts fonts = WML.createRFonts();
    String family = options.fontFamily();
    fonts.setAscii(family);
    fonts.setHAnsi(family);
    fonts.setEastAsia(family);
    fonts.setCs(family);
    rPr.setRFonts(fonts);
    rPr.setSz(halfPoints(2L * options.fontSizePt()));
    rPr.setSzCs(halfPoints(2L * options.fontSizePt()));
    rPr.setLang(thai());
  }

  private static HpsMeasure halfPoints(long value) {
    HpsMeasure sz = WML.createHpsMeasure();
    sz.setVal(BigInteger.valueOf(value));
    return sz;
  }

  private static CTLanguage thai() {
    CTLanguage lang = WML.createCTLanguage();
    lang.setVal(THAI);
    lang.setBidi(THAI);
    lang.setEastAsia(THAI);
    return lang;
  }

  void patchParagraph(P p) {
    if (p.getPPr() != null && p.getPPr().getRPr() != null) {
      patchRun(p.getPPr().getRPr());
    }
    for (Object entry : p.getContent()) {
      if (XmlUtils.unwrap(entry) instanceof R r && r.getRPr() != null) {
        patchRun(r.getRPr());
      }
    }
  }

  /** Replaces theme fonts by the family and adds the complex-script companions. */
  void patchRun(RPrAbstract rPr) {
    RFonts f = rPr.getRFonts();
    if (f != null) {
      boolean themed =
          f.getAsciiTheme() != null
              || f.getHAnsiTheme() != null
              || f.getEastAsiaTheme() != null
              || f.getCstheme() != null;
      if (themed && !ownLook) {
        f.setAsciiTheme(null);
        f.setHAnsiTheme(null);
        f.setEastAsiaTheme(null);
        f.setCstheme(null);
        String family = options.fontFamily();
        f.setAscii(family);
        f.setHAnsi(family);
        f.setEastAsia(family);
        f.setCs(family);
      }
      String family = options.fontFamily();
      if (isBodyFamily(f.getAscii())) {
        f.setAscii(family);
      }
      if (isBodyFamily(f.getHAnsi())) {
        f.setHAnsi(family);
      }
      if (isBodyFamily(f.getEastAsia())) {
        f.setEastAsia(family);
      }
      if (isBodyFamily(f.getCs())) {
        f.setCs(family);
      }
      String latin = f.getAscii() != null ? f.getAscii() : f.getHAnsi();
      if (latin != null && f.getCs() == null) {
        f.setCs(latin);
      }
    }
    if (rPr.getSz() != null && rPr.getSzCs() == null) {
      HpsMeasure szCs = WML.createHpsMeasure();
      szCs.setVal(rPr.getSz().getVal());
      rPr.setSzCs(szCs);
    }
    if (rPr.getB() != null && rPr.getBCs() == null) {
      rPr.setBCs(copy(rPr.getB()));
    }
    if (rPr.getI() != null && rPr.getICs() == null) {
      rPr.setICs(copy(rPr.getI()));
    }
  }

  /**
   * Whether a font named by a style or run is one of the Thai body families (TH Sarabun PSK, New,
   * IT๙) that the engine's font family replaces, so that a chosen family reaches every style and
   * run; other fonts (symbols, a deliberate display face) are kept.
   */
  private static boolean isBodyFamily(@Nullable String name) {
    return name != null && name.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("thsarabun");
  }

  private static BooleanDefaultTrue copy(BooleanDefaultTrue b) {
    BooleanDefaultTrue c = new BooleanDefaultTrue();
    c.setVal(b.isVal() ? null : Boolean.FALSE);
    return c;
  }

  /** Sets A4 and the margins where the section has none; returns the text width in twips. */
  long patchSection(@Nullable SectPr sectPr) {
    if (sectPr == null) {
      return 11906 - cm(options.marginLeftCm()) - cm(options.marginRightCm());
    }
    if (sectPr.getPgSz() == null) {
      SectPr.PgSz size = WML.createSectPrPgSz();
      size.setW(BigInteger.valueOf(11906));
      size.setH(BigInteger.valueOf(16838));
      sectPr.setPgSz(size);
    }
    if (sectPr.getPgMar() == null) {
      SectPr.PgMar mar = WML.createSectPrPgMar();
      mar.setTop(BigInteger.valueOf(cm(options.marginTopCm())));
      mar.setBottom(BigInteger.valueOf(cm(options.marginBottomCm())));
      mar.setLeft(BigInteger.valueOf(cm(options.marginLeftCm())));
      mar.setRight(BigInteger.valueOf(cm(options.marginRightCm())));
      mar.setHeader(BigInteger.valueOf(709));
      mar.setFooter(BigInteger.valueOf(709));
      mar.setGutter(BigInteger.ZERO);
      sectPr.setPgMar(mar);
    }
    long width = sectPr.getPgSz().getW() == null ? 11906 : sectPr.getPgSz().getW().longValue();
    long left = value(sectPr.getPgMar().getLeft());
    long right = value(sectPr.getPgMar().getRight());
    return Math.max(width - left - right, 1440);
  }

  private static long value(@Nullable BigInteger v) {
    return v == null ? 0 : v.longValue();
  }

  static long cm(double cm) {
    return Math.round(cm * TWIPS_PER_CM);
  }
}
