package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** How the project's results were published (การเผยแพร่). */
public enum DisseminationChannel implements Labeled {
  WEBSITE("เว็บไซต์", "Website"),
  FACEBOOK("Facebook", "Facebook"),
  DOCUMENT("เอกสาร", "Document"),
  EXHIBITION("นิทรรศการ", "Exhibition"),
  OTHER("อื่น ๆ", "Other");

  private final LocalizedText label;

  DisseminationChannel(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
