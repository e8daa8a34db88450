package org.tidtam.app.monitoring.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.form.Filing;
import org.tidtam.form.ProjectFact;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;

/**
 * The project a stored project report states (form 7.2), read through its plugin's facts once per
 * version of the submission: a changed submission has a new version, so a remembered code is never
 * stale. The follow-up and the annual report match project reports to the plan's projects with it.
 */
@Component
public class ProjectCodes {

  private final SubmissionService service;

  /** The project code by submission id and version ("" for none). */
  private final Cache<RowVersion, String> codes = Caffeine.newBuilder().maximumSize(20_000).build();

  private record RowVersion(long id, long version) {}

  ProjectCodes(SubmissionService service) {
    this.service = service;
  }

  /** The project the stored submission reports on; null when its form states no project. */
  public @Nullable String of(StoredSubmission row) {
    if (service.registry().find(row.getFormId()).stream()
        .noneMatch(plugin -> plugin.factKinds().contains(ProjectFact.class))) {
      return null;
    }
    String code =
        codes.get(
            new RowVersion(row.id(), row.getVersion()),
            key -> {
              Submission<?> submission = service.read(row.getDocument()).submission();
              String found = submission == null ? null : stated(submission, row.filing());
              return found == null ? "" : found;
            });
    return code.isEmpty() ? null : code;
  }

  private static <F extends Record> @Nullable String stated(
      Submission<F> submission, Filing filing) {
    return submission.plugin().facts(submission.form(), filing).stream()
        .filter(ProjectFact.class::isInstance)
        .map(f -> ((ProjectFact) f).code())
        .filter(code -> !code.isBlank())
        .findFirst()
        .orElse(null);
  }
}
