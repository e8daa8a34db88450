package org.tidtam.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;

/**
 * Validates form records with Jakarta Validation and reports each broken rule at the exact path of
 * its value, as a {@link Message} (the constraint's message key and its attributes) that becomes
 * Thai or English where it is shown. The {@code ValidationMessages*.properties} of every jar (core
 * and each plugin) are merged there, so plugins bring their own messages. {@code @Size} and
 * {@code @Length} count a text's characters (code points, see {@link TextLength}), as JSON Schema
 * does. Thread-safe; create it once.
 */
public final class FormValidator {

  /** The base name of the message bundles that core and plugins contribute to. */
  public static final String BUNDLE = org.tidtam.i18n.Messages.BUNDLE;

  private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

  private final Validator validator;

  private FormValidator() {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping texts = config.createConstraintMapping();
    texts
        .constraintDefinition(Size.class)
        .includeExistingValidators(true)
        .validatedBy(TextLength.SizeValidator.class);
    texts
        .constraintDefinition(Length.class)
        .includeExistingValidators(true)
        .validatedBy(TextLength.LengthValidator.class);
    this.validator =
        config
            .addMapping(texts)
            .messageInterpolator(new KeepTemplate())
            .buildValidatorFactory()
            .getValidator();
  }

  /** A validator; its messages are rendered with the bundles the caller's class loader sees. */
  public static FormValidator create() {
    return new FormValidator();
  }

  /**
   * Validates a form: a {@link Stage#DRAFT} checks the default group, a {@link Stage#SUBMIT} also
   * the {@link Complete} group. Errors come first, then warnings, each sorted by path.
   */
  public List<Violation> validate(Record form, Stage stage) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Record> v : validator.validate(form, groups(stage))) {
      out.add(new Violation(path(v.getPropertyPath()), message(v), severity(v)));
    }
    out.sort(
        Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path)
            .thenComparing(v -> v.message().key()));
    return List.copyOf(out);
  }

  /** Validates and shows the violations in a language, for callers at the edge. */
  public List<Violation.Shown> validate(Record form, Stage stage, Lang lang) {
    return Violation.in(validate(form, stage), lang);
  }

  /**
   * A rule a form breaks, with the constraint behind it (e.g. a {@code @Size} or a plugin's own
   * class-level rule), for tools that tell kinds of rules apart.
   */
  public record BrokenRule(String path, Annotation constraint, Severity severity) {
    public boolean isError() {
      return severity == Severity.ERROR;
    }
  }

  /**
   * The rules a form breaks at a stage, as {@link #validate} finds them, with their constraints
   * instead of messages; sorted by path.
   */
  public List<BrokenRule> brokenRules(Record form, Stage stage) {
    List<BrokenRule> out = new ArrayList<>();
    for (ConstraintViolation<Record> v : validator.validate(form, groups(stage))) {
      out.add(
          new BrokenRule(
              path(v.getPropertyPath()), v.getConstraintDescriptor().getAnnotation(), severity(v)));
    }
    out.sort(Comparator.comparing(BrokenRule::path));
    return List.copyOf(out);
  }

  private static Class<?>[] groups(Stage stage) {
    return stage == Stage.SUBMIT
        ? new Class<?>[] {Default.class, Complete.class}
        : new Class<?>[] {Default.class};
  }

  private static Severity severity(ConstraintViolation<?> v) {
    return v.getConstraintDescriptor().getPayload().contains(Warning.class)
        ? Severity.WARNING
        : Severity.ERROR;
  }

  /**
   * The message of a violation: the key of its template ({@code {key}}), or the template itself
   * when it is written out; the constraint's attributes and a rule's own parameters as arguments.
   */
  private static Message message(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    String key =
        template.length() > 2
                && template.startsWith("{")
                && template.endsWith("}")
                && template.indexOf('{', 1) < 0
            ? template.substring(1, template.length() - 1)
            : template;
    Map<String, Object> args = new LinkedHashMap<>();
    v.getConstraintDescriptor()
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (!NOT_ARGUMENTS.contains(name)) {
                args.put(name, value);
              }
            });
    if (v instanceof HibernateConstraintViolation<?> h
        && h.getDynamicPayload(Map.class) instanceof Map<?, ?> params) {
      params.forEach((name, value) -> args.put(String.valueOf(name), value));
    }
    return new Message(key, args);
  }

  /**
   * Renders a validation path as {@code activities[2].spent}: list indices and map keys in
   * brackets, container elements ({@code List<@NotBlank String>}) as their index only.
   */
  public static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        sb.append('[').append(at == null ? "" : at).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(node.getName());
      }
    }
    return sb.toString();
  }

  /** Leaves messages as templates: they are rendered where they are shown, in its language. */
  private static final class KeepTemplate implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
