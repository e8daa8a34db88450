package org.tidtam.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the violations of one cross-field rule (a class-level {@code ConstraintValidator}) on the
 * exact property they concern, e.g. {@code activities[2].spent} or {@code reporter.date}, so that
 * the editor can mark the cell instead of the whole form. A message is given as a key of the {@code
 * ValidationMessages} bundles, with named parameters:
 *
 * <pre>{@code
 * RuleReport rules = RuleReport.of(context);
 * rules.param("available", Baht.format(available)).atRow("fundingSources", 0, "spent12m", key);
 * return rules.valid();
 * }</pre>
 */
public final class RuleReport {
  private final HibernateConstraintValidatorContext context;
  private final Map<String, Object> params = new LinkedHashMap<>();
  private boolean valid = true;

  private RuleReport(ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    this.context = context.unwrap(HibernateConstraintValidatorContext.class);
  }

  /** A report for one call of {@code isValid}; the constraint's default violation is disabled. */
  public static RuleReport of(ConstraintValidatorContext context) {
    return new RuleReport(context);
  }

  /** Sets a message parameter for the violations reported after it. */
  public RuleReport param(String name, Object value) {
    context.addMessageParameter(name, value);
    params.put(name, value);
    context.withDynamicPayload(new LinkedHashMap<>(params));
    return this;
  }

  /**
   * A violation at a dotted property path below the validated object, e.g. {@code reporter.date};
   * {@code key} is the message key without braces.
   */
  public void at(String path, String key) {
    String[] names = path.split("\\.");
    var builder = context.buildConstraintViolationWithTemplate("{" + key + "}");
    NodeBuilderCustomizableContext node = builder.addPropertyNode(names[0]);
    for (int i = 1; i < names.length; i++) {
      node = node.addPropertyNode(names[i]);
    }
    node.addConstraintViolation();
    valid = false;
  }

  /**
   * A violation at a property of one row of a table, e.g. {@code activities[2].spent}; the property
   * may be a dotted path into the row, e.g. {@code results[0].measure.result}.
   */
  public void atRow(String table, int index, String property, String key) {
    String[] names = property.split("\\.");
    var row =
        context
            .buildConstraintViolationWithTemplate("{" + key + "}")
            .addPropertyNode(table)
            .addPropertyNode(names[0])
            .inIterable()
            .atIndex(index);
    if (names.length == 1) {
      row.addConstraintViolation();
    } else {
      NodeBuilderCustomizableContext node = row.addPropertyNode(names[1]);
      for (int i = 2; i < names.length; i++) {
        node = node.addPropertyNode(names[i]);
      }
      node.addConstraintViolation();
    }
    valid = false;
  }

  /** Whether nothing was reported: what {@code isValid} returns. */
  public boolean valid() {
    return valid;
  }
}
