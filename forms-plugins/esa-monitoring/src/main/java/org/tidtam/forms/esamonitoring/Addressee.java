package org.tidtam.forms.esamonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** To whom a suggestion is made. */
public enum Addressee implements Labeled {
  OBEC("สพฐ.", "OBEC"),
  ESA("สพป.", "The office"),
  OTHER("อื่น ๆ", "Other");

  private final LocalizedText label;

  Addressee(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
