package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tidtam.validation.RuleReport;

/** Each learning area has one row; a repeated area is reported on its row's {@code area}. */
@Documented
@Constraint(validatedBy = GpaAreasOnce.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GpaAreasOnce {
  String message() default "{tidtam.form73.gpa.duplicateArea}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<GpaAreasOnce, GpaResult> {
    @Override
    public boolean isValid(GpaResult gpa, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      Set<LearningArea> seen = EnumSet.noneOf(LearningArea.class);
      List<GpaRow> rows = gpa.rows();
      for (int i = 0; i < rows.size(); i++) {
        LearningArea area = rows.get(i).area();
        if (area != null && !seen.add(area)) {
          rules.atRow("rows", i, "area", "tidtam.form73.gpa.duplicateArea");
        }
      }
      return rules.valid();
    }
  }
}
