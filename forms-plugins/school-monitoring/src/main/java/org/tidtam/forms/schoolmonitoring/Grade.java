package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** A grade (ระดับชั้น) from kindergarten 1 to lower-secondary 3, with its level. */
public enum Grade implements Labeled {
  K1("อ.1", "K1", Level.EARLY_CHILDHOOD),
  K2("อ.2", "K2", Level.EARLY_CHILDHOOD),
  K3("อ.3", "K3", Level.EARLY_CHILDHOOD),
  P1("ป.1", "P1", Level.PRIMARY),
  P2("ป.2", "P2", Level.PRIMARY),
  P3("ป.3", "P3", Level.PRIMARY),
  P4("ป.4", "P4", Level.PRIMARY),
  P5("ป.5", "P5", Level.PRIMARY),
  P6("ป.6", "P6", Level.PRIMARY),
  M1("ม.1", "M1", Level.LOWER_SECONDARY),
  M2("ม.2", "M2", Level.LOWER_SECONDARY),
  M3("ม.3", "M3", Level.LOWER_SECONDARY);

  private final LocalizedText label;
  private final Level level;

  Grade(String th, String en, Level level) {
    this.label = LocalizedText.of(th, en);
    this.level = level;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public Level level() {
    return level;
  }
}
