package org.tidtam.forms.projectreport;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tidtam.validation.RuleReport;

/** Exactly one project owner is marked as the project leader. */
@Documented
@Constraint(validatedBy = OwnersHaveOneLeader.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnersHaveOneLeader {
  String message() default "{tidtam.form72.owners.noLeader}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<OwnersHaveOneLeader, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      if (form.owners().isEmpty()) {
        return true;
      }
      long leaders = form.owners().stream().filter(Owner::leader).count();
      if (leaders == 1) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("count", String.valueOf(leaders));
      rules.at(
          "owners",
          leaders == 0 ? "tidtam.form72.owners.noLeader" : "tidtam.form72.owners.manyLeaders");
      return rules.valid();
    }
  }
}
