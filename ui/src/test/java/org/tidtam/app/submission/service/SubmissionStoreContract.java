package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.ProjectFact;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.thai.Round;

/**
 * What the database must do, on every database the application supports: the migrations, the
 * mapping, the store core reads, optimistic locking and the audit trail. Each test files its
 * submissions in a round of its own, so the tests do not see each other's rows.
 */
abstract class SubmissionStoreContract {

  static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Lang.TH);

  @Autowired Flyway flyway;
  @Autowired SubmissionRepository repository;
  @Autowired UserRepository users;
  @Autowired DatabaseSubmissionStore store;
  @Autowired SubmissionWorkflow workflow;
  @Autowired org.tidtam.app.submission.domain.AuditRepository audit;

  @Test
  void migratesTheSchema() {
    assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1");
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void keepsTheDocumentTheFilingAndTheThaiTextOfASubmission() {
    Filing filing = new Filing(2569, Round.Q1, "81010005");
    Outcome created = workflow.create(ADMIN, NewSubmission.sample("7.3", filing));

    StoredSubmission row = repository.findById(created.view().id()).orElseThrow();

    assertThat(row.filing()).isEqualTo(filing);
    assertThat(row.getFormId()).isEqualTo("7.3");
    assertThat(row.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(row.getVersion()).isZero();
    assertThat(row.getCreatedBy()).isEqualTo("admin");
    assertThat(row.getDocument())
        .contains("\"schoolCode\"")
        .contains("81010005")
        .contains("โรงเรียน");
    assertThat(repository.search("7.3", 2569, Round.Q1, "81010005", SubmissionStatus.DRAFT))
        .extracting(StoredSubmission::id)
        .containsExactly(row.id());
    assertThat(repository.search(null, null, Round.Q1, "81010005", null)).hasSize(1);
  }

  @Test
  void isTheStoreCoreReadsOtherSubmissionsFrom() {
    Filing filing = new Filing(2569, Round.ROUND_6M, "PROMO");
    workflow.create(ADMIN, NewSubmission.sample("7.2", filing));

    List<SubmissionDocument> found = store.find(FormId.of("7.2"), 2569, Round.ROUND_6M, "PROMO");
    assertThat(found).singleElement().satisfies(d -> assertThat(d.schemaVersion()).isEqualTo(2));
    assertThat(store.find(FormId.of("7.2"), 2569, Round.ROUND_6M, "ICT")).isEmpty();
    // no unit: every unit's, this one's and (with the demo data) the supervision group's history
    assertThat(store.find(FormId.of("7.2"), 2569, Round.ROUND_6M, null))
        .hasSize(1 + store.find(FormId.of("7.2"), 2569, Round.ROUND_6M, "SUPERVISION").size());

    List<ProjectFact> projects = workflow.context().projects(2569, Round.ROUND_6M, "PROMO");
    assertThat(projects).singleElement().satisfies(p -> assertThat(p.code()).isNotBlank());
  }

  @Test
  void refusesASecondSaveFromTheSameVersion() {
    Outcome created =
        workflow.create(ADMIN, NewSubmission.sample("7.3", new Filing(2569, Round.Q3, "81010006")));
    long id = created.view().id();
    long version = created.view().version();
    SubmissionDocument document = workflow.open(ADMIN, id).submission().document();

    Outcome first = workflow.save(ADMIN, id, version, document);

    assertThat(first.view().version()).isEqualTo(version + 1);
    assertThatThrownBy(() -> workflow.save(ADMIN, id, version, document))
        .isInstanceOfSatisfying(
            WorkflowException.Stale.class,
            e -> {
              assertThat(e.current()).isEqualTo(version + 1);
              assertThat(e.text(Lang.TH)).contains("ฉบับปัจจุบันคือ " + (version + 1));
            });
    assertThat(repository.findById(id).orElseThrow().getVersion()).isEqualTo(version + 1);
  }

  @Test
  void auditsEveryChangeStatusMoveAndDownload() {
    Outcome created =
        workflow.create(ADMIN, NewSubmission.sample("7.3", new Filing(2569, Round.Q4, "81010007")));
    long id = created.view().id();
    workflow.submit(ADMIN, id, null);
    workflow.returnForChanges(ADMIN, id, "แก้ไขจำนวนนักเรียน");
    workflow.document(ADMIN, id, Lang.TH);

    List<AuditEntry> trail = audit.findBySubmissionIdOrderByIdAsc(id);
    assertThat(trail)
        .extracting(AuditEntry::getAction)
        .containsExactly(
            AuditAction.CREATE, AuditAction.SUBMIT, AuditAction.RETURN, AuditAction.DOWNLOAD);
    AuditEntry returned = trail.get(2);
    assertThat(returned.getUsername()).isEqualTo("admin");
    assertThat(returned.getStatusBefore()).isEqualTo(SubmissionStatus.SUBMITTED);
    assertThat(returned.getStatusAfter()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(returned.getVersionAfter()).isEqualTo(returned.getVersionBefore() + 1);
    assertThat(returned.getComment()).isEqualTo("แก้ไขจำนวนนักเรียน");
    assertThat(workflow.get(ADMIN, id).returnComment()).isEqualTo("แก้ไขจำนวนนักเรียน");
  }

  @Test
  void keepsUsersWithTheirRoleUnitAndLanguage() {
    String name = "user-" + System.nanoTime();
    users.save(new AppUser(name, "{noop}x", Role.STAFF, "81070001", Lang.EN));

    AppUser read = users.findByUsername(name).orElseThrow();
    assertThat(read.actor()).isEqualTo(new Actor(name, Role.STAFF, "81070001", Lang.EN));
  }
}
