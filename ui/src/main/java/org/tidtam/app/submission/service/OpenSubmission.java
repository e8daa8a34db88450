package org.tidtam.app.submission.service;

import java.util.List;
import org.tidtam.submission.Submission;
import org.tidtam.validation.Violation;

/**
 * A submission opened for the editor: its row, the record read by its plugin (upgraded to the
 * current schema version) and what the draft checks say about it now.
 */
public record OpenSubmission(
    SubmissionView view, Submission<?> submission, List<Violation> checks) {}
