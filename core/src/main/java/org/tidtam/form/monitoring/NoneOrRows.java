package org.tidtam.form.monitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.RuleReport;

/**
 * A part of a report that is answered by rows or by a "ไม่มี" (none) tick: at least one row ({@link
 * #rows()}, a list component of the record) or the tick ({@link #none()}, a boolean component), and
 * never both. Reporters are not forced to invent text, and a tick next to rows is caught.
 */
@Documented
@Constraint(validatedBy = NoneOrRows.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(NoneOrRows.List.class)
public @interface NoneOrRows {
  /** The list component, e.g. {@code problems}. */
  String rows();

  /** The boolean component of the "none" tick, e.g. {@code noProblems}. */
  String none();

  String message() default "{tidtam.noneOrRows.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Several parts of one record. */
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    NoneOrRows[] value();
  }

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<NoneOrRows, Record> {
    private String rows = "";
    private String none = "";

    @Override
    public void initialize(NoneOrRows annotation) {
      rows = annotation.rows();
      none = annotation.none();
    }

    @Override
    public boolean isValid(Record form, ConstraintValidatorContext context) {
      boolean hasRows = value(form, rows) instanceof Collection<?> c && !c.isEmpty();
      boolean ticked = Boolean.TRUE.equals(value(form, none));
      if (hasRows != ticked) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      if (hasRows) {
        rules.at(none, "tidtam.noneOrRows.both");
      } else {
        rules.at(rows, "tidtam.noneOrRows.required");
      }
      return rules.valid();
    }

    private static @Nullable Object value(Record form, String name) {
      for (RecordComponent rc : form.getClass().getRecordComponents()) {
        if (rc.getName().equals(name)) {
          try {
            return rc.getAccessor().invoke(form);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + form.getClass(), e);
          }
        }
      }
      throw new IllegalArgumentException(
          "@NoneOrRows names " + name + ", which " + form.getClass().getName() + " does not have");
    }
  }
}
