package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The level at which an award was given. */
public enum AwardLevel implements Labeled {
  AREA("ระดับเขตพื้นที่การศึกษา", "Educational service area"),
  PROVINCE("ระดับจังหวัด", "Province"),
  REGION("ระดับภาค", "Region"),
  NATION("ระดับประเทศ", "Nation"),
  INTERNATIONAL("ระดับนานาชาติ", "International");

  private final LocalizedText label;

  AwardLevel(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
