package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The levels a school may teach (ระดับที่เปิดสอน); which ones decide the sections of part 3. */
public enum Level implements Labeled {
  EARLY_CHILDHOOD("ปฐมวัย (อ.1–3)", "Early childhood (K1–K3)"),
  PRIMARY("ประถมศึกษา (ป.1–6)", "Primary (P1–P6)"),
  LOWER_SECONDARY("มัธยมศึกษาตอนต้น (ม.1–3)", "Lower secondary (M1–M3)");

  private final LocalizedText label;

  Level(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
