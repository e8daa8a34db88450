package org.tidtam.testforms;

import org.tidtam.form.Label;

/** A choice labelled by annotations on its constants. */
public enum Priority {
  @Label(th = "สูง", en = "High")
  HIGH,
  @Label(th = "ต่ำ", en = "Low")
  LOW
}
