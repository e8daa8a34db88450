package org.tidtam.report;

/**
 * A chart image of the report, rendered beforehand with the report's Thai font.
 *
 * @param caption what follows "แผนภูมิที่ n"
 * @param image the PNG or JPEG bytes
 * @param widthCm the printed width; the height follows the image's proportions
 */
public record ReportChart(String caption, byte[] image, double widthCm) {

  public ReportChart {
    if (image.length == 0) {
      throw new IllegalArgumentException("chart \"" + caption + "\" has no image");
    }
    if (!(widthCm > 0)) {
      throw new IllegalArgumentException("chart \"" + caption + "\": width must be positive");
    }
    image = image.clone();
  }

  @Override
  public byte[] image() {
    return image.clone();
  }
}
