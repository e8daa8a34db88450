package org.tidtam.monitoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tidtam.thai.Round;

/**
 * One round of a monitoring plan: its reporting window and the form each kind of unit owes in it (a
 * kind that owes nothing in the round is absent).
 */
public record RoundPlan(Round round, ReportingWindow window, Map<UnitKind, String> forms) {

  public RoundPlan {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(window, "window");
    EnumMap<UnitKind, String> copy = new EnumMap<>(UnitKind.class);
    copy.putAll(forms);
    forms = java.util.Collections.unmodifiableMap(copy);
  }

  /** The form a kind of unit owes in this round, if any. */
  public Optional<String> formOf(UnitKind kind) {
    return Optional.ofNullable(forms.get(kind));
  }
}
