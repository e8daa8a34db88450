package org.tidtam.forms.esamonitoring;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Reports the violations of one cross-field rule on the exact property they concern, e.g. {@code
 * results[1].explanation}, so that the editor can mark the cell; the message is a key of the
 * plugin's {@code ValidationMessages} with named parameters.
 */
final class Rules {
  private final HibernateConstraintValidatorContext context;
  private boolean valid = true;

  private Rules(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
  }

  static Rules of(ConstraintValidatorContext context) {
    return new Rules(context);
  }

  /** Sets a message parameter for the violations reported after it. */
  Rules param(String name, Object value) {
    context.addMessageParameter(name, value);
    return this;
  }

  /**
   * A violation at a dotted property path below the validated object, e.g. {@code contact.phone}.
   */
  void at(String path, String key) {
    String[] names = path.split("\\.");
    var builder = context.buildConstraintViolationWithTemplate("{" + key + "}");
    NodeBuilderCustomizableContext node = builder.addPropertyNode(names[0]);
    for (int i = 1; i < names.length; i++) {
      node = node.addPropertyNode(names[i]);
    }
    node.addConstraintViolation();
    valid = false;
  }

  /** A violation at a property of one row of a table, e.g. {@code results[2].result}. */
  void atRow(String table, int index, String property, String key) {
    context
        .buildConstraintViolationWithTemplate("{" + key + "}")
        .addPropertyNode(table)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
    valid = false;
  }

  boolean valid() {
    return valid;
  }

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
