package org.tidtam.template;

/**
 * Document-wide defaults the engine applies to every template it compiles (Thai government report
 * conventions): the font family on all four font slots with complex-script size and {@code th-TH}
 * language, A4 paper and the report margins.
 *
 * @param fontFamily e.g. {@code TH SarabunPSK}, {@code TH Sarabun New}, {@code TH SarabunIT๙}
 * @param fontSizePt body size in points (16)
 * @param marginTopCm top margin (2.5)
 * @param marginBottomCm bottom margin (2)
 * @param marginLeftCm left margin (3)
 * @param marginRightCm right margin (2)
 * @param cacheSize how many compiled templates to keep
 */
public record EngineOptions(
    String fontFamily,
    int fontSizePt,
    double marginTopCm,
    double marginBottomCm,
    double marginLeftCm,
    double marginRightCm,
    int cacheSize) {

  public static EngineOptions defaults() {
    return new EngineOptions("TH SarabunPSK", 16, 2.5, 2, 3, 2, 64);
  }

  public EngineOptions withFontFamily(String family) {
    return new EngineOptions(
        family, fontSizePt, marginTopCm, marginBottomCm, marginLeftCm, marginRightCm, cacheSize);
  }
}
