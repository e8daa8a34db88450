package org.tidtam.app.monitoring.service;

import java.util.Set;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.i18n.Message;

/**
 * Who may do what with the monitoring plan: the follow-up and the units' contacts are for policy
 * and planning, executives and administrators; only planners and administrators reopen a closed
 * round for a unit. Reporting staff of a school or group see neither.
 */
public final class MonitoringAccess {

  private static final Set<Role> FOLLOW_UP = Set.of(Role.PLANNER, Role.EXECUTIVE, Role.ADMIN);
  private static final Set<Role> REOPEN = Set.of(Role.PLANNER, Role.ADMIN);

  private MonitoringAccess() {}

  /** Whether the actor sees the follow-up, and the contact persons and phones of the units. */
  public static boolean followsUp(Actor actor) {
    return FOLLOW_UP.contains(actor.role());
  }

  public static boolean reopens(Actor actor) {
    return REOPEN.contains(actor.role());
  }

  static void checkFollowsUp(Actor actor) {
    if (!followsUp(actor)) {
      throw new MonitoringException.NotAllowed(Message.of("tidtam.app.monitoring.followUpDenied"));
    }
  }

  /** Whether the actor reads the monitoring plan (the executive reads it, without changing it). */
  public static boolean readsPlan(Actor actor) {
    return FOLLOW_UP.contains(actor.role());
  }

  /** Whether the actor changes the monitoring plan: planners and administrators. */
  public static boolean editsPlan(Actor actor) {
    return REOPEN.contains(actor.role());
  }

  static void checkReadsPlan(Actor actor) {
    if (!readsPlan(actor)) {
      throw new MonitoringException.NotAllowed(Message.of("tidtam.app.monitoring.planDenied"));
    }
  }

  static void checkEditsPlan(Actor actor) {
    if (!editsPlan(actor)) {
      throw new MonitoringException.NotAllowed(Message.of("tidtam.app.monitoring.planEditDenied"));
    }
  }

  static void checkReopens(Actor actor) {
    if (!reopens(actor)) {
      throw new MonitoringException.NotAllowed(Message.of("tidtam.app.monitoring.reopenDenied"));
    }
  }
}
