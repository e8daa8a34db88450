package org.tidtam.monitoring;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Whom to call about a unit's reports (ผู้ประสานงาน). */
public record Contact(String person, @Nullable String phone, @Nullable String email) {

  public Contact {
    Objects.requireNonNull(person, "person");
  }
}
