package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.testkit.Records.withRow;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.IndicatorMeasureCases;
import org.tidtam.validation.Stage;

/**
 * The indicator measures that every form shares ({@link IndicatorMeasureCases}), put into the first
 * indicator row of this form's 12-month sample: the same problems as in the other forms.
 */
class IndicatorMeasureCasesTests {
  private static final FormPluginHarness<EsaMonitoring> HARNESS =
      FormPluginHarness.of(Forms71.PLUGIN);

  static Stream<IndicatorMeasureCases.Case> cases() {
    return IndicatorMeasureCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMeasureRaisesTheSameProblemsAsInEveryForm(IndicatorMeasureCases.Case c) {
    EsaMonitoring form = withRow(HARNESS.sample(), "results", 0, "measure", c.measure());

    assertThat(
            IndicatorMeasureCases.under(
                "results[0].measure", HARNESS.violations(form, Stage.SUBMIT)))
        .isEqualTo(IndicatorMeasureCases.expected(c));
  }
}
