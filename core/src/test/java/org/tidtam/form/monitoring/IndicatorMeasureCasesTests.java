package org.tidtam.form.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.testkit.IndicatorMeasureCases;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;

/** The shared cases that forms 7.1 and 7.2 replay, checked against core's rules alone. */
class IndicatorMeasureCasesTests {
  private static final FormValidator VALIDATOR = FormValidator.create();

  static java.util.stream.Stream<IndicatorMeasureCases.Case> cases() {
    return IndicatorMeasureCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMeasureInATwelveMonthTableRaisesTheProblemsOfItsCase(IndicatorMeasureCases.Case c) {
    var form =
        new MonitoringRulesTests.Results(
            List.of(new MonitoringRulesTests.Row(c.measure())), List.of("ครูย้ายกลางปี"));

    assertThat(
            IndicatorMeasureCases.under("rows[0].measure", VALIDATOR.validate(form, Stage.SUBMIT)))
        .isEqualTo(IndicatorMeasureCases.expected(c));
  }
}
