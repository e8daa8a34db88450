package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.Round;

/**
 * The rules hold in the service layer, whatever calls it: every role × action × unit (own unit,
 * another school, another group) through the workflow. A unit one does not see is "not found".
 */
@SpringBootTest
class SubmissionWorkflowSecurityTests {

  static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Lang.TH);
  static final List<Actor> ACTORS =
      List.of(
          ADMIN,
          new Actor("planner", Role.PLANNER, null, Lang.TH),
          new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH),
          new Actor("school1", Role.STAFF, "81010001", Lang.TH),
          new Actor("school2", Role.STAFF, "81010002", Lang.TH),
          new Actor("director", Role.EXECUTIVE, null, Lang.TH));

  /** The targets: a school's 7.3 (school1's) and a group's 7.2 (the supervision group's). */
  record Target(String form, Filing filing) {}

  static final List<Target> TARGETS =
      List.of(
          new Target("7.3", new Filing(2569, Round.ROUND_9M, "81010001")),
          new Target("7.2", new Filing(2569, Round.ROUND_12M, "SUPERVISION")));

  enum Outcome {
    OK,
    NOT_FOUND,
    NOT_ALLOWED
  }

  @Autowired SubmissionWorkflow workflow;

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    for (Actor actor : ACTORS) {
      for (SubmissionAction action : SubmissionAction.values()) {
        for (Target target : TARGETS) {
          out.add(Arguments.of(actor, action, target, expected(actor, action, target)));
        }
      }
    }
    return out.stream();
  }

  /** The rules as the README states them. */
  static Outcome expected(Actor actor, SubmissionAction action, Target target) {
    boolean sees =
        actor.role() != Role.STAFF || target.filing().unitCode().equals(actor.unitCode());
    Set<SubmissionAction> allowed =
        switch (actor.role()) {
          case ADMIN -> EnumSet.allOf(SubmissionAction.class);
          case PLANNER -> EnumSet.complementOf(EnumSet.of(SubmissionAction.REOPEN));
          case STAFF ->
              EnumSet.of(
                  SubmissionAction.LIST,
                  SubmissionAction.READ,
                  SubmissionAction.DOWNLOAD,
                  SubmissionAction.CREATE,
                  SubmissionAction.SAVE,
                  SubmissionAction.SUBMIT);
          case EXECUTIVE ->
              EnumSet.of(SubmissionAction.LIST, SubmissionAction.READ, SubmissionAction.DOWNLOAD);
        };
    if (!sees) {
      return action == SubmissionAction.CREATE ? Outcome.NOT_ALLOWED : Outcome.NOT_FOUND;
    }
    return allowed.contains(action) ? Outcome.OK : Outcome.NOT_ALLOWED;
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("matrix")
  void enforcesTheRulesInTheServiceLayer(
      Actor actor, SubmissionAction action, Target target, Outcome expected) {
    long id = prepared(action, target);

    if (action == SubmissionAction.LIST) {
      List<Long> listed =
          workflow
              .search(
                  actor,
                  new SubmissionFilter(
                      target.form(),
                      target.filing().fiscalYear(),
                      target.filing().round(),
                      null,
                      null))
              .stream()
              .map(SubmissionView::id)
              .toList();
      if (expected == Outcome.OK) {
        assertThat(listed).contains(id);
      } else {
        assertThat(listed).doesNotContain(id);
      }
      return;
    }
    Runnable call = call(actor, action, target, id);
    switch (expected) {
      case OK -> call.run();
      case NOT_FOUND ->
          assertThatThrownBy(call::run).isInstanceOf(WorkflowException.NotFound.class);
      case NOT_ALLOWED ->
          assertThatThrownBy(call::run).isInstanceOf(WorkflowException.NotAllowed.class);
    }
    if (expected == Outcome.OK) {
      assertThat(workflow.get(ADMIN, id).status()).isEqualTo(statusAfter(action));
    }
  }

  private long prepared(SubmissionAction action, Target target) {
    long id =
        workflow.create(ADMIN, NewSubmission.sample(target.form(), target.filing())).view().id();
    switch (action) {
      case RETURN, APPROVE -> workflow.submit(ADMIN, id, null);
      case REOPEN -> {
        workflow.submit(ADMIN, id, null);
        workflow.approve(ADMIN, id);
      }
      default -> {}
    }
    return id;
  }

  private Runnable call(Actor actor, SubmissionAction action, Target target, long id) {
    return switch (action) {
      case LIST -> () -> workflow.search(actor, SubmissionFilter.all());
      case READ -> () -> workflow.open(actor, id);
      case CREATE ->
          () -> workflow.create(actor, NewSubmission.sample(target.form(), target.filing()));
      case SAVE ->
          () ->
              workflow.save(
                  actor,
                  id,
                  workflow.get(ADMIN, id).version(),
                  workflow.open(ADMIN, id).submission().document());
      case SUBMIT -> () -> workflow.submit(actor, id, null);
      case RETURN -> () -> workflow.returnForChanges(actor, id, "แก้ไขข้อมูล");
      case APPROVE -> () -> workflow.approve(actor, id);
      case REOPEN -> () -> workflow.reopen(actor, id, "เปิดแก้ไข");
      case DOWNLOAD -> () -> assertThat(workflow.document(actor, id, Lang.TH).bytes()).isNotEmpty();
    };
  }

  private static SubmissionStatus statusAfter(SubmissionAction action) {
    return switch (action) {
      case SUBMIT, APPROVE ->
          action == SubmissionAction.SUBMIT
              ? SubmissionStatus.SUBMITTED
              : SubmissionStatus.APPROVED;
      case RETURN -> SubmissionStatus.RETURNED;
      default -> SubmissionStatus.DRAFT;
    };
  }
}
