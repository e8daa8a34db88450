package org.tidtam.forms.esamonitoring;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.IndicatorMeasureCases;

/**
 * The indicator measures that every form shares ({@link IndicatorMeasureCases}), put into the first
 * indicator row of this form's 12-month sample: the same problems as in the other forms.
 */
class IndicatorMeasureCasesTests {

  @Test
  void aMeasureRaisesTheSameProblemsAsInEveryForm() {
    FormPluginHarness.of(Forms71.PLUGIN).assertIndicatorMeasures("results");
  }
}
