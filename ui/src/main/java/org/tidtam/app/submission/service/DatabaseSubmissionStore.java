package org.tidtam.app.submission.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.form.FormId;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.submission.SubmissionStore;
import org.tidtam.thai.Round;

/**
 * The database as core's {@link SubmissionStore}: what prefill and the cross-checks see of other
 * submissions. Documents come back in the schema version they were saved in; core upgrades them. A
 * row whose JSON no longer reads as an envelope is left out (its own checks report it).
 */
@Component
public class DatabaseSubmissionStore implements SubmissionStore {

  private final SubmissionRepository repository;
  private final SubmissionService service;

  public DatabaseSubmissionStore(SubmissionRepository repository, SubmissionService service) {
    this.repository = repository;
    this.service = service;
  }

  @Override
  @Transactional(readOnly = true)
  public List<SubmissionDocument> find(
      FormId form, int fiscalYear, Round round, @Nullable String unitCode) {
    return repository.search(form.value(), fiscalYear, round, unitCode, null).stream()
        .map(this::document)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private java.util.Optional<SubmissionDocument> document(StoredSubmission row) {
    return Documents.envelope(service, row.getDocument());
  }
}
