package org.tidtam.forms.schoolmonitoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A national test's result of one academic year, printed as a table of {@link ScoreComparison}. */
interface TestResult {
  @Nullable Integer academicYear();

  List<ScoreComparison> comparison();

  String columns();
}
