package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.i18n.Lang;

/** The policy over every role, action and unit (own unit, another unit of each kind). */
class SubmissionAccessTests {

  static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Lang.TH);
  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Actor GROUP = new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH);
  static final Actor SCHOOL = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);

  static final Set<SubmissionAction> READ_ONLY =
      EnumSet.of(SubmissionAction.LIST, SubmissionAction.READ, SubmissionAction.DOWNLOAD);
  static final Set<SubmissionAction> REPORTING =
      EnumSet.of(
          SubmissionAction.LIST,
          SubmissionAction.READ,
          SubmissionAction.DOWNLOAD,
          SubmissionAction.CREATE,
          SubmissionAction.SAVE,
          SubmissionAction.SUBMIT);

  final SubmissionAccess access = new SubmissionAccess();

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    List<String> units = List.of("SUPERVISION", "PLAN", "81010001", "81010002");
    for (SubmissionAction action : SubmissionAction.values()) {
      for (String unit : units) {
        out.add(Arguments.of(ADMIN, action, unit, true));
        out.add(Arguments.of(PLANNER, action, unit, action != SubmissionAction.REOPEN));
        out.add(Arguments.of(DIRECTOR, action, unit, READ_ONLY.contains(action)));
        out.add(
            Arguments.of(
                GROUP, action, unit, unit.equals("SUPERVISION") && REPORTING.contains(action)));
        out.add(
            Arguments.of(
                SCHOOL, action, unit, unit.equals("81010001") && REPORTING.contains(action)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("matrix")
  void decidesEveryRoleActionAndUnit(
      Actor actor, SubmissionAction action, String unit, boolean ok) {
    assertThat(access.may(actor, action, unit)).isEqualTo(ok);
  }

  @ParameterizedTest(name = "{0} sees {1}: {2}")
  @MethodSource("visibility")
  void staffSeeOnlyTheirOwnUnit(Actor actor, String unit, boolean sees) {
    assertThat(access.sees(actor, unit)).isEqualTo(sees);
  }

  static Stream<Arguments> visibility() {
    return Stream.of(
        Arguments.of(GROUP, "SUPERVISION", true),
        Arguments.of(GROUP, "PLAN", false),
        Arguments.of(GROUP, "81010001", false),
        Arguments.of(SCHOOL, "81010001", true),
        Arguments.of(SCHOOL, "81010002", false),
        Arguments.of(SCHOOL, "SUPERVISION", false),
        Arguments.of(DIRECTOR, "81010002", true),
        Arguments.of(PLANNER, "PLAN", true),
        Arguments.of(ADMIN, "81080001", true));
  }
}
