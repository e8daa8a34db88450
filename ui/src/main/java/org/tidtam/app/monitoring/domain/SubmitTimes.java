package org.tidtam.app.monitoring.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.thai.Round;

/** When the submissions of a round were last submitted, read from the audit trail. */
public interface SubmitTimes extends Repository<AuditEntry, Long> {

  /** A submission that was submitted at least once: its id and the time of its last submit. */
  interface LastSubmit {
    Long getSubmissionId();

    Instant getSubmittedAt();
  }

  @Query(
      """
      select a.submissionId as submissionId, max(a.occurredAt) as submittedAt
      from AuditEntry a, StoredSubmission s
      where s.id = a.submissionId
        and s.fiscalYear = :fiscalYear
        and s.round = :round
        and a.action = org.tidtam.app.submission.domain.AuditAction.SUBMIT
      group by a.submissionId
      """)
  List<LastSubmit> lastSubmits(@Param("fiscalYear") int fiscalYear, @Param("round") Round round);
}
