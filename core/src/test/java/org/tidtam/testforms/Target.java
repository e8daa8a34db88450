package org.tidtam.testforms;

/** A choice without labels: its names are shown. */
public enum Target {
  STUDENTS,
  TEACHERS
}
