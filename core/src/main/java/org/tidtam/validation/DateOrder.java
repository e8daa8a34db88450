package org.tidtam.validation;

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
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/**
 * On a record: the date component {@code end} is not before the date component {@code start} (when
 * both are filled). The violation is reported on {@code end}, so the editor marks that field.
 */
@Documented
@Constraint(validatedBy = DateOrder.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(DateOrder.List.class)
public @interface DateOrder {
  /** The name of the earlier date's record component. */
  String start();

  /** The name of the later date's record component. */
  String end();

  String message() default "{org.tidtam.validation.DateOrder.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    DateOrder[] value();
  }

  /** Compares the two components by name. */
  final class Validator implements ConstraintValidator<DateOrder, Record> {
    private String start = "";
    private String end = "";

    @Override
    public void initialize(DateOrder annotation) {
      start = annotation.start();
      end = annotation.end();
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate from = date(value, start);
      LocalDate to = date(value, end);
      if (from == null || to == null || !to.isBefore(from)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(end)
          .addConstraintViolation();
      return false;
    }

    private static LocalDate date(Record value, String name) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        if (c.getName().equals(name)) {
          try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            Object v = accessor.invoke(value);
            if (v == null || v instanceof LocalDate) {
              return (LocalDate) v;
            }
            throw new IllegalArgumentException(
                "@DateOrder: " + name + " of " + value.getClass().getSimpleName() + " is no date");
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      throw new IllegalArgumentException(
          "@DateOrder: " + value.getClass().getSimpleName() + " has no component " + name);
    }
  }
}
