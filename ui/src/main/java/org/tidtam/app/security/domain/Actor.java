package org.tidtam.app.security.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;

/**
 * Who is acting, as the service layer checks it: every workflow call takes one, so the rules hold
 * whether the call comes from a view, the API or a test.
 *
 * @param unitCode the group or school code a staff member reports for; null for other roles
 */
public record Actor(String username, Role role, @Nullable String unitCode, Lang lang) {

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(lang, "lang");
    if (role == Role.STAFF && (unitCode == null || unitCode.isBlank())) {
      throw new IllegalArgumentException("staff user " + username + " needs a unit");
    }
  }

  public boolean is(Role other) {
    return role == other;
  }

  /** Whether the actor sees every unit (not only their own). */
  public boolean seesAllUnits() {
    return role != Role.STAFF;
  }
}
