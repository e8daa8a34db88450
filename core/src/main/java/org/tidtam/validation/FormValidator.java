package org.tidtam.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;

/**
 * Validates form records with Jakarta Validation and reports each broken rule at the exact path of
 * its value, in Thai by default. {@code @Size} and {@code @Length} count a text's characters (code
 * points, see {@link TextLength}), as JSON Schema does. The {@code ValidationMessages*.properties}
 * of every jar (core and each plugin) are merged, so plugins bring their own messages. Thread-safe;
 * create it once.
 */
public final class FormValidator {

  /** The base name of the message bundles that core and plugins contribute to. */
  public static final String BUNDLE = "ValidationMessages";

  private final ValidatorFactory factory;
  private final Map<Lang, Validator> validators = new EnumMap<>(Lang.class);

  private FormValidator(@Nullable ClassLoader loader) {
    MessageInterpolator interpolator =
        new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator(BUNDLE, loader, true),
            Set.of(Lang.TH.locale(), Lang.EN.locale()),
            Lang.TH.locale(),
            ctx -> ctx.getDefaultLocale(),
            true);
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
    this.factory =
        config.addMapping(texts).messageInterpolator(interpolator).buildValidatorFactory();
    for (Lang lang : Lang.values()) {
      validators.put(
          lang,
          factory
              .usingContext()
              .messageInterpolator(new FixedLocale(interpolator, lang.locale()))
              .getValidator());
    }
  }

  /** A validator whose messages come from the thread context class loader's bundles. */
  public static FormValidator create() {
    return new FormValidator(null);
  }

  /** A validator whose messages come from the bundles a given class loader sees (plugin jars). */
  public static FormValidator create(ClassLoader loader) {
    return new FormValidator(loader);
  }

  /** Validates in Thai. */
  public List<Violation> validate(Record form, Stage stage) {
    return validate(form, stage, Lang.TH);
  }

  /**
   * Validates a form: a {@link Stage#DRAFT} checks the default group, a {@link Stage#SUBMIT} also
   * the {@link Complete} group. Errors come first, then warnings, each sorted by path.
   */
  public List<Violation> validate(Record form, Stage stage, Lang lang) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Record> v : validators.get(lang).validate(form, groups(stage))) {
      out.add(new Violation(path(v.getPropertyPath()), v.getMessage(), severity(v)));
    }
    out.sort(
        Comparator.comparing(Violation::severity)
            .thenComparing(Violation::path)
            .thenComparing(Violation::message));
    return List.copyOf(out);
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
    for (ConstraintViolation<Record> v : validators.get(Lang.TH).validate(form, groups(stage))) {
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

  /** Interpolates every message in one language, whatever the caller's default locale. */
  private record FixedLocale(MessageInterpolator delegate, Locale locale)
      implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
