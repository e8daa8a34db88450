package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class RuleReportTests {

  private static final FormValidator VALIDATOR = FormValidator.create();

  record Part(@Nullable String b) {}

  record Line(int amount) {}

  /** A sheet whose rows may not exceed its limit, and whose part needs a {@code b}. */
  @WithinLimit
  record Sheet(int limit, Part a, List<Line> rows) {}

  /** The cross-field rule of {@link Sheet}, written with {@link RuleReport}. */
  @Constraint(validatedBy = WithinLimit.Validator.class)
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  public @interface WithinLimit {
    String message() default "not used: the rule reports on properties";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WithinLimit, Sheet> {
      @Override
      public boolean isValid(Sheet sheet, ConstraintValidatorContext context) {
        RuleReport rules = RuleReport.of(context).param("value", sheet.limit());
        for (int i = 0; i < sheet.rows().size(); i++) {
          if (sheet.rows().get(i).amount() > sheet.limit()) {
            rules.atRow("rows", i, "amount", "jakarta.validation.constraints.Max.message");
          }
        }
        if (sheet.a().b() == null) {
          rules.at("a.b", "org.tidtam.validation.DateOrder.message");
        }
        return rules.valid();
      }
    }
  }

  @Test
  void reportsEachViolationOnItsExactProperty() {
    Sheet sheet = new Sheet(10, new Part(null), List.of(new Line(5), new Line(12), new Line(10)));

    assertThat(VALIDATOR.validate(sheet, Stage.DRAFT))
        .extracting(Violation::path)
        .containsExactly("a.b", "rows[1].amount");
  }

  @Test
  void resolvesTheMessageKeyWithItsParameters() {
    Sheet sheet = new Sheet(10, new Part("ok"), List.of(new Line(12)));

    assertThat(VALIDATOR.validate(sheet, Stage.DRAFT, Lang.TH))
        .containsExactly(new Violation.Shown("rows[0].amount", "ต้องไม่เกิน 10", Severity.ERROR));
    assertThat(VALIDATOR.validate(sheet, Stage.DRAFT, Lang.EN))
        .extracting(Violation.Shown::message)
        .containsExactly("must be less than or equal to 10");
  }

  @Test
  void reportsNothingAndStaysValidWhenTheRuleHolds() {
    Sheet sheet = new Sheet(10, new Part("ok"), List.of(new Line(10)));

    assertThat(VALIDATOR.validate(sheet, Stage.SUBMIT)).isEmpty();
  }
}
