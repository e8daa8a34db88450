package org.tidtam.form;

import java.util.Objects;
import java.util.Optional;
import org.tidtam.thai.Round;

/**
 * A capability a {@link FormPlugin} may implement when each of its submissions describes one
 * project (form 7.2): the host then offers the project to other forms through {@link
 * FormContext#projects}, without those forms knowing the project report's record.
 *
 * @param <F> the plugin's record type
 */
public interface ProjectSummarySource<F extends Record> {

  /** The project of one submission. */
  ProjectSummary summarize(F form);

  /**
   * Where the project is reported: by default the record's fields {@code fiscalYear} (a number or a
   * {@code FiscalYear}), {@code round} (a {@link Round} or its name) and {@code responsibleGroup}
   * (a group code). Empty when one of them is missing, e.g. in an early draft; such a submission is
   * left out of {@link FormContext#projects}.
   */
  default Optional<Key> key(F form) {
    Optional<Integer> year = RecordValues.fiscalYear(form);
    Optional<Round> round = RecordValues.round(form);
    Optional<String> group = RecordValues.text(form, "responsibleGroup");
    if (year.isEmpty() || round.isEmpty() || group.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Key(year.get(), round.get(), group.get()));
  }

  /** A fiscal year (B.E.), a round and a group code. */
  record Key(int fiscalYear, Round round, String groupCode) {
    public Key {
      Objects.requireNonNull(round, "round");
      Objects.requireNonNull(groupCode, "groupCode");
    }
  }
}
