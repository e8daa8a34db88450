package org.tidtam.app.submission.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<AuditEntry, Long> {

  List<AuditEntry> findBySubmissionIdOrderByIdAsc(Long submissionId);

  /** The latest entries of an action, newest first. */
  List<AuditEntry> findTop50ByActionOrderByIdDesc(AuditAction action);
}
