package org.tidtam.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the engine compiles templates: the document defaults it fills in (Thai government report
 * conventions: the font family on all four font slots with complex-script size and {@code th-TH}
 * language, A4 paper and the report margins), the limits a template package must keep to, the
 * formatters added to the built-in ones, and how many compiled templates it keeps.
 *
 * @param fontFamily e.g. {@code TH SarabunPSK}, {@code TH Sarabun New}, {@code TH SarabunIT๙}
 * @param fontSizePt body size in points (16)
 * @param marginTopCm top margin (2.5)
 * @param marginBottomCm bottom margin (2)
 * @param marginLeftCm left margin (3)
 * @param marginRightCm right margin (2)
 * @param cacheSize how many compiled templates to keep (0: none); negative is an error
 * @param forceDefaults whether the font, size and language replace a template's own document
 *     defaults; when false they only fill what the template leaves unset
 * @param limits what reading a template package may inflate
 * @param formatters formatters a tag may name besides the built-in ones (a name here wins)
 */
public record EngineOptions(
    String fontFamily,
    int fontSizePt,
    double marginTopCm,
    double marginBottomCm,
    double marginLeftCm,
    double marginRightCm,
    int cacheSize,
    boolean forceDefaults,
    Limits limits,
    Map<String, Formatter> formatters) {

  private static final Pattern FORMATTER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public EngineOptions {
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cacheSize must not be negative: " + cacheSize);
    }
    if (fontSizePt <= 0) {
      throw new IllegalArgumentException("fontSizePt must be positive: " + fontSizePt);
    }
    for (String name : formatters.keySet()) {
      if (!FORMATTER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("invalid formatter name: " + name);
      }
    }
    formatters = Map.copyOf(formatters);
  }

  /**
   * What reading a template package may inflate, checked while the zip is read and before any XML
   * is parsed. A package beyond any of them is refused with a {@link TemplateException}.
   *
   * @param maxEntryBytes the largest an entry may inflate to (64 MiB)
   * @param maxTotalBytes the most all entries together may inflate to (256 MiB)
   * @param maxRatio how many times its compressed size an entry may inflate to (100), checked once
   *     the entry passes 1 MiB
   * @param maxEntries how many entries the package may hold (10,000)
   * @param maxXmlDepth how deeply the elements of an XML part may nest (512)
   */
  public record Limits(
      long maxEntryBytes, long maxTotalBytes, int maxRatio, int maxEntries, int maxXmlDepth) {

    public Limits {
      if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || maxEntries <= 0) {
        throw new IllegalArgumentException("package limits must be positive");
      }
      if (maxXmlDepth <= 0) {
        throw new IllegalArgumentException("maxXmlDepth must be positive");
      }
    }

    public static Limits defaults() {
      return new Limits(64L << 20, 256L << 20, 100, 10_000, 512);
    }
  }

  public static EngineOptions defaults() {
    return new EngineOptions(
        "TH SarabunPSK", 16, 2.5, 2, 3, 2, 64, false, Limits.defaults(), Map.of());
  }

  public EngineOptions withFontFamily(String family) {
    return new EngineOptions(
        family,
        fontSizePt,
        marginTopCm,
        marginBottomCm,
        marginLeftCm,
        marginRightCm,
        cacheSize,
        forceDefaults,
        limits,
        formatters);
  }

  /** The same options with the font family, size and language replacing a template's own. */
  public EngineOptions withForcedDefaults(boolean force) {
    return new EngineOptions(
        fontFamily,
        fontSizePt,
        marginTopCm,
        marginBottomCm,
        marginLeftCm,
        marginRightCm,
        cacheSize,
        force,
        limits,
        formatters);
  }

  public EngineOptions withCacheSize(int size) {
    return new EngineOptions(
        fontFamily,
        fontSizePt,
        marginTopCm,
        marginBottomCm,
        marginLeftCm,
        marginRightCm,
        size,
        forceDefaults,
        limits,
        formatters);
  }

  public EngineOptions withLimits(Limits limits) {
    return new EngineOptions(
        fontFamily,
        fontSizePt,
        marginTopCm,
        marginBottomCm,
        marginLeftCm,
        marginRightCm,
        cacheSize,
        forceDefaults,
        limits,
        formatters);
  }

  /**
   * The same options with one more formatter that tags may name, e.g. {@code {{code | zeroPad}}}. A
   * formatter of a built-in's name replaces the built-in.
   */
  public EngineOptions withFormatter(String name, Formatter formatter) {
    Map<String, Formatter> more = new LinkedHashMap<>(formatters);
    more.put(name, formatter);
    return new EngineOptions(
        fontFamily,
        fontSizePt,
        marginTopCm,
        marginBottomCm,
        marginLeftCm,
        marginRightCm,
        cacheSize,
        forceDefaults,
        limits,
        more);
  }
}
