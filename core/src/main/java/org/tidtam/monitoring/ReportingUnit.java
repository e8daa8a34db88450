package org.tidtam.monitoring;

import java.util.Objects;
import org.tidtam.i18n.LocalizedText;

/**
 * Who owes a report: a school, a group, or a project of the action plan.
 *
 * @param code the school, group or project code
 * @param filingUnit the unit its reports are filed under: the code itself for a school or group,
 *     the responsible group's code for a project
 */
public record ReportingUnit(UnitKind kind, String code, LocalizedText name, String filingUnit) {

  public ReportingUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filingUnit, "filingUnit");
  }
}
