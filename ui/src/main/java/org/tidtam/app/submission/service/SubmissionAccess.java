package org.tidtam.app.submission.service;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tidtam.app.security.domain.Actor;

/**
 * Who may do what with which unit's submissions. The views hide what a user may not do, the routes
 * and the API check the role, and the workflow asks this policy again on every call:
 *
 * <ul>
 *   <li>ADMIN: everything, for every unit; the only one who may reopen an approved submission.
 *   <li>PLANNER: every unit; list, read, download, create, save, submit, return and approve.
 *   <li>STAFF: only their own unit (a group's 7.1 and 7.2, a school's 7.3): list, read, download,
 *       create, save and submit.
 *   <li>EXECUTIVE: every unit, read only: list, read and download.
 * </ul>
 *
 * A submission of a unit the user does not see is "not found" for them, never "forbidden".
 */
@Component
public class SubmissionAccess {

  private static final Set<SubmissionAction> READING =
      EnumSet.of(SubmissionAction.LIST, SubmissionAction.READ, SubmissionAction.DOWNLOAD);
  private static final Set<SubmissionAction> REPORTING =
      EnumSet.of(
          SubmissionAction.LIST,
          SubmissionAction.READ,
          SubmissionAction.DOWNLOAD,
          SubmissionAction.CREATE,
          SubmissionAction.SAVE,
          SubmissionAction.SUBMIT);

  /** Whether the actor sees the unit's submissions at all. */
  public boolean sees(Actor actor, String unitCode) {
    return actor.seesAllUnits() || unitCode.equals(actor.unitCode());
  }

  /** Whether the actor may do the action on the unit's submissions. */
  public boolean may(Actor actor, SubmissionAction action, String unitCode) {
    if (!sees(actor, unitCode)) {
      return false;
    }
    return switch (actor.role()) {
      case ADMIN -> true;
      case PLANNER -> action != SubmissionAction.REOPEN;
      case STAFF -> REPORTING.contains(action);
      case EXECUTIVE -> READING.contains(action);
    };
  }
}
