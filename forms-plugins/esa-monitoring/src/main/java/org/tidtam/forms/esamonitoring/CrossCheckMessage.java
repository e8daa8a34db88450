package org.tidtam.forms.esamonitoring;

/** The warnings of the checks against other submissions and the catalog, by bundle key. */
enum CrossCheckMessage {
  INDICATOR_MISSING("tidtam.form71.cross.indicatorMissing"),
  INDICATOR_DUPLICATE("tidtam.form71.cross.indicatorDuplicate"),
  INDICATOR_NOT_OWNED("tidtam.form71.cross.indicatorNotOwned"),
  PROJECT_NOT_FOUND("tidtam.form71.cross.projectNotFound"),
  ALLOCATED_MISMATCH("tidtam.form71.cross.allocatedMismatch"),
  SPENT_MISMATCH("tidtam.form71.cross.spentMismatch"),
  BELOW_6M("tidtam.form71.cross.below6m"),
  PROJECT_RESULT_DIFFERS("tidtam.form71.cross.projectResultDiffers");

  private final String key;

  CrossCheckMessage(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }
}
