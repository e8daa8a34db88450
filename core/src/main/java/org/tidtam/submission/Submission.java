package org.tidtam.submission;

import java.util.Objects;
import java.util.Optional;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;

/**
 * A submission read by its plugin: the record, and the document it was read from at the plugin's
 * current schema version (what a store keeps after an upgrade).
 *
 * @param <F> the plugin's record type
 */
public record Submission<F extends Record>(
    FormPlugin<F> plugin, F form, SubmissionDocument document) {

  public Submission {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(document, "document");
  }

  public FormId formId() {
    return plugin.id();
  }

  /** Where the submission is filed; empty while a draft lacks its year, round or unit. */
  public Optional<Filing> filing() {
    return plugin.filing(form);
  }
}
