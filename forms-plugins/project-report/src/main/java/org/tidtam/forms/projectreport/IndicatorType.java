package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** Whether an indicator measures quantity or quality (ประเภทตัวชี้วัด). */
public enum IndicatorType implements Labeled {
  QUANTITATIVE("เชิงปริมาณ", "Quantitative"),
  QUALITATIVE("เชิงคุณภาพ", "Qualitative");

  private final LocalizedText label;

  IndicatorType(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
