package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** Whether the school worked on a policy item in the fiscal year. */
public enum PolicyStatus implements Labeled {
  DONE("ดำเนินการ", "Done"),
  NOT_DONE("ไม่ได้ดำเนินการ", "Not done");

  private final LocalizedText label;

  PolicyStatus(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
