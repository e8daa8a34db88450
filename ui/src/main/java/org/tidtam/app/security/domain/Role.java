package org.tidtam.app.security.domain;

import org.tidtam.i18n.LocalizedText;

/** What a user does in the office; the submission rules are written against these. */
public enum Role {
  /** Runs the installation: every unit, every action, including reopening approved reports. */
  ADMIN("ผู้ดูแลระบบ", "Administrator"),
  /** Policy and planning staff: every unit; reviews, returns and approves. */
  PLANNER("กลุ่มนโยบายและแผน", "Policy and planning"),
  /** Staff of one office group or one school: their own unit's reports only. */
  STAFF("ผู้รายงาน", "Reporting staff"),
  /** Office executive: reads and downloads everything, changes nothing. */
  EXECUTIVE("ผู้บริหาร", "Executive");

  private final LocalizedText label;

  Role(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  public LocalizedText label() {
    return label;
  }

  /** The Spring Security authority, e.g. {@code ROLE_PLANNER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
