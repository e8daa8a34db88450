package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** What happens to money left at the end of the fiscal year. */
public enum LeftoverHandling implements Labeled {
  RETURNED("ส่งคืน", "Returned"),
  CARRIED_OVER("กันเงินไว้เบิกเหลื่อมปี", "Carried over to the next year"),
  OTHER("อื่น ๆ", "Other");

  private final LocalizedText label;

  LeftoverHandling(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
