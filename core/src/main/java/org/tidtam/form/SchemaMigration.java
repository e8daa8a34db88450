package org.tidtam.form;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.tidtam.submission.SubmissionCodec;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step that upgrades the {@code data} of a submission from {@code fromVersion} to {@code
 * fromVersion + 1}, so that submissions stored by an older release still open after the record
 * changed. The step receives a private copy it may change in place or replace; {@link
 * SubmissionCodec#toForm} chains the steps of {@link FormPlugin#migrations()}.
 *
 * @param fromVersion the schema version the step reads (1 or more)
 * @param step turns the data of {@code fromVersion} into the data of {@code fromVersion + 1}
 */
public record SchemaMigration(int fromVersion, UnaryOperator<ObjectNode> step) {

  public SchemaMigration {
    if (fromVersion < 1) {
      throw new IllegalArgumentException(
          "a migration starts at schema version 1 or later; got " + fromVersion);
    }
    Objects.requireNonNull(step, "step");
  }

  /** The version the step produces. */
  public int toVersion() {
    return fromVersion + 1;
  }
}
