package org.tidtam.schema;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.Help;
import org.tidtam.form.Image;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.Section;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * Derives {@link FormSchema}s from annotated records, so that a plugin declares its form once (as a
 * record) and the editor, the JSON Schema and the template linter follow it. Unsupported Java types
 * fail here, when the plugin is loaded, with a message that says what to use instead.
 */
final class SchemaDeriver {

  private static final ClassValue<List<FormSection>> SECTIONS =
      new ClassValue<>() {
        @Override
        protected List<FormSection> computeValue(Class<?> type) {
          return sectionsOf(type);
        }
      };

  private SchemaDeriver() {}

  static FormSchema derive(FormPlugin<?> plugin) {
    Class<? extends Record> type = plugin.formType();
    if (type == null || !type.isRecord()) {
      throw new IllegalArgumentException(
          "form "
              + plugin.id()
              + " ("
              + plugin.getClass().getName()
              + "): formType() must be a record class, got "
              + type);
    }
    return new FormSchema(
        plugin.id(), plugin.schemaVersion(), plugin.title(), type, SECTIONS.get(type));
  }

  private static List<FormSection> sectionsOf(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    List<FormSection> sections = new ArrayList<>();
    String number = null;
    LocalizedText title = null;
    List<Field> current = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Section s = c.getAnnotation(Section.class);
      if (s != null) {
        if (!current.isEmpty() || number != null) {
          sections.add(new FormSection(number, title, current));
        }
        current = new ArrayList<>();
        number = s.number();
        title = LocalizedText.of(s.th(), s.en());
      }
      current.add(field(type, c.getName(), c.getGenericType(), c, false, Set.of(type)));
    }
    current.addAll(computedFields(type, Set.of(type)));
    sections.add(new FormSection(number, title, current));
    return List.copyOf(sections);
  }

  private static List<Field> recordFields(Class<?> type, Set<Class<?>> visiting, String where) {
    if (visiting.contains(type)) {
      throw new IllegalArgumentException(
          where + ": the record " + type.getSimpleName() + " contains itself; forms must be trees");
    }
    Set<Class<?>> inner = new LinkedHashSet<>(visiting);
    inner.add(type);
    List<Field> fields = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.isAnnotationPresent(Section.class)) {
        throw new IllegalArgumentException(
            type.getSimpleName()
                + "."
                + c.getName()
                + ": @Section is only read on the form's own record, not on "
                + type.getSimpleName());
      }
      fields.add(field(type, c.getName(), c.getGenericType(), c, false, inner));
    }
    fields.addAll(computedFields(type, inner));
    return fields;
  }

  private static List<Field> computedFields(Class<?> type, Set<Class<?>> visiting) {
    Set<String> components = new LinkedHashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      components.add(c.getName());
    }
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(Computed.class)) {
        continue;
      }
      String where = type.getSimpleName() + "." + m.getName() + "()";
      if (!Modifier.isPublic(m.getModifiers())
          || Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getReturnType() == void.class) {
        throw new IllegalArgumentException(
            where
                + ": @Computed needs a public, non-static method without parameters that returns"
                + " a value");
      }
      if (components.contains(m.getName())) {
        throw new IllegalArgumentException(
            where
                + ": @Computed on a record component's accessor; computed values are extra"
                + " methods, not components");
      }
      methods.add(m);
    }
    List<String> order = declarationOrder(type);
    methods.sort(
        Comparator.comparingInt((Method m) -> rank(order, m.getName()))
            .thenComparing(Method::getName));
    List<Field> fields = new ArrayList<>();
    for (Method m : methods) {
      fields.add(field(type, m.getName(), m.getGenericReturnType(), m, true, visiting));
    }
    return fields;
  }

  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Method names in source order (as javac writes them), read from the class file. */
  private static List<String> declarationOrder(Class<?> type) {
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return ClassFile.of().parse(in.readAllBytes()).methods().stream()
          .map(MethodModel::methodName)
          .map(n -> n.stringValue())
          .toList();
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
  }

  private static Field field(
      Class<?> owner,
      String name,
      Type generic,
      AnnotatedElement annotated,
      boolean computed,
      Set<Class<?>> visiting) {
    String where = owner.getSimpleName() + "." + name;
    Label label = annotated.getAnnotation(Label.class);
    Help help = annotated.getAnnotation(Help.class);
    Kind kind = annotated.getAnnotation(Kind.class);
    CatalogRef ref = annotated.getAnnotation(CatalogRef.class);
    LocalizedText labelText =
        label == null ? LocalizedText.of(name, name) : LocalizedText.of(label.th(), label.en());
    LocalizedText helpText = help == null ? null : LocalizedText.of(help.th(), help.en());
    Class<?> raw = rawClass(generic, where);
    ConstraintInfo info = computed ? ConstraintInfo.NONE : constraints(owner, name, raw);

    if (Collection.class.isAssignableFrom(raw)) {
      boolean isList = List.class.isAssignableFrom(raw) && raw.isAssignableFrom(List.class);
      boolean isSet = Set.class.isAssignableFrom(raw) && raw.isAssignableFrom(Set.class);
      if (!isList && !isSet) {
        throw new IllegalArgumentException(
            where + ": " + raw.getSimpleName() + " is not supported; declare it as List<...>");
      }
      Class<?> element = rawClass(elementType(generic, where), where);
      if (element.isEnum() || (element == String.class && ref != null)) {
        List<Choice> choices = element.isEnum() ? choices(element) : List.of();
        ReferenceKind reference = element.isEnum() ? null : ref.value();
        Field value =
            new Field(
                "value",
                FieldType.CHOICE,
                labelText,
                null,
                element,
                info.elementRequired,
                computed,
                choices,
                reference,
                List.of(),
                info.elementConstraints);
        return new Field(
            name,
            FieldType.MULTI_CHOICE,
            labelText,
            helpText,
            element,
            info.required,
            computed,
            choices,
            reference,
            List.of(value),
            info.constraints);
      }
      if (isSet) {
        throw new IllegalArgumentException(
            where
                + ": a Set is only for choices (of an enum or a @CatalogRef String); use List<"
                + element.getSimpleName()
                + "> for a table");
      }
      List<Field> children;
      if (element.isRecord() && element != Image.class) {
        children = recordFields(element, visiting, where);
      } else if (Collection.class.isAssignableFrom(element)) {
        throw new IllegalArgumentException(
            where
                + ": a list of lists is not supported; use a List of a record with a List inside");
      } else {
        Scalar s = scalar(element, kind, null, where + "[]");
        children =
            List.of(
                new Field(
                    "value",
                    s.type,
                    labelText,
                    null,
                    element,
                    info.elementRequired,
                    computed,
                    s.choices,
                    null,
                    List.of(),
                    info.elementConstraints));
      }
      return new Field(
          name,
          FieldType.TABLE,
          labelText,
          helpText,
          element,
          info.required,
          computed,
          List.of(),
          null,
          children,
          info.constraints);
    }
    if (raw.isRecord() && raw != Image.class) {
      return new Field(
          name,
          FieldType.GROUP,
          labelText,
          helpText,
          raw,
          info.required,
          computed,
          List.of(),
          null,
          recordFields(raw, visiting, where),
          info.constraints);
    }
    Scalar s = scalar(raw, kind, ref, where);
    return new Field(
        name,
        s.type,
        labelText,
        helpText,
        raw,
        info.required,
        computed,
        s.choices,
        ref == null ? null : ref.value(),
        List.of(),
        info.constraints);
  }

  private record Scalar(FieldType type, List<Choice> choices) {}

  private static Scalar scalar(
      Class<?> raw, @Nullable Kind kind, @Nullable CatalogRef ref, String where) {
    FieldType inferred;
    List<Choice> choices = List.of();
    if (ref != null && raw != String.class) {
      throw new IllegalArgumentException(
          where + ": @CatalogRef needs a String (the item's code), not " + raw.getSimpleName());
    }
    if (raw == String.class) {
      inferred = ref != null ? FieldType.CHOICE : FieldType.TEXT;
    } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      inferred = FieldType.INTEGER;
    } else if (raw == BigDecimal.class) {
      inferred = FieldType.DECIMAL;
    } else if (raw == LocalDate.class) {
      inferred = FieldType.DATE;
    } else if (raw == Boolean.class || raw == boolean.class) {
      inferred = FieldType.YES_NO;
    } else if (raw.isEnum()) {
      inferred = FieldType.CHOICE;
      choices = choices(raw);
    } else if (raw == Image.class) {
      inferred = FieldType.IMAGE;
    } else {
      throw unsupported(raw, where);
    }
    if (kind == null || kind.value() == inferred) {
      return new Scalar(inferred, choices);
    }
    boolean allowed =
        (inferred == FieldType.TEXT && kind.value() == FieldType.LONG_TEXT)
            || (inferred == FieldType.DECIMAL
                && (kind.value() == FieldType.MONEY || kind.value() == FieldType.PERCENT));
    if (!allowed) {
      throw new IllegalArgumentException(
          where
              + ": @Kind("
              + kind.value()
              + ") does not fit a "
              + raw.getSimpleName()
              + " (String takes LONG_TEXT, BigDecimal takes MONEY or PERCENT)");
    }
    return new Scalar(kind.value(), choices);
  }

  private static IllegalArgumentException unsupported(Class<?> raw, String where) {
    String hint;
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      hint = "use BigDecimal for amounts, percentages and other decimals (exact arithmetic)";
    } else if (raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == java.math.BigInteger.class) {
      hint = "use Integer or Long for whole numbers";
    } else if (Temporal.class.isAssignableFrom(raw) || raw == java.util.Date.class) {
      hint = "use LocalDate (dates are stored ISO, Common Era)";
    } else if (raw == char.class || raw == Character.class) {
      hint = "use String";
    } else if (Map.class.isAssignableFrom(raw)) {
      hint = "use a record with named components, or a List of records";
    } else if (raw == Optional.class) {
      hint = "use a nullable component instead of Optional";
    } else if (raw.isArray()) {
      hint = "use List<...>";
    } else {
      hint =
          "supported: String, Integer, Long, BigDecimal, LocalDate, Boolean, enums, Image, records"
              + " and List/Set of them";
    }
    return new IllegalArgumentException(
        where + ": type " + raw.getTypeName() + " is not supported in a form; " + hint);
  }

  private static List<Choice> choices(Class<?> enumType) {
    List<Choice> choices = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      LocalizedText label;
      if (constant instanceof Labeled labeled) {
        label = labeled.label();
      } else {
        Label annotation = null;
        try {
          annotation = enumType.getField(name).getAnnotation(Label.class);
        } catch (NoSuchFieldException e) {
          // an enum constant is always a public field
        }
        label =
            annotation == null
                ? LocalizedText.of(name, name)
                : LocalizedText.of(annotation.th(), annotation.en());
      }
      choices.add(new Choice(name, label));
    }
    return choices;
  }

  private static Class<?> rawClass(Type type, String where) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return rawClass(w.getUpperBounds()[0], where);
    }
    throw new IllegalArgumentException(
        where + ": type " + type.getTypeName() + " is not supported; use a concrete type");
  }

  private static Type elementType(Type generic, String where) {
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException(
        where + ": a raw collection has no element type; declare it as List<Something>");
  }

  /** What the constraints of a component, and of its list's elements, demand. */
  private record ConstraintInfo(
      boolean required,
      Map<String, Object> constraints,
      boolean elementRequired,
      Map<String, Object> elementConstraints) {
    static final ConstraintInfo NONE = new ConstraintInfo(false, Map.of(), false, Map.of());
  }

  private static ConstraintInfo constraints(Class<?> owner, String name, Class<?> raw) {
    PropertyDescriptor property =
        Metadata.VALIDATOR.getConstraintsForClass(owner).getConstraintsForProperty(name);
    if (property == null) {
      return ConstraintInfo.NONE;
    }
    boolean[] required = {false};
    Map<String, Object> bounds = new HashMap<>();
    boolean collection = Collection.class.isAssignableFrom(raw);
    for (ConstraintDescriptor<?> d : property.getConstraintDescriptors()) {
      collect(d, collection, required, bounds);
    }
    boolean[] elementRequired = {false};
    Map<String, Object> elementBounds = new HashMap<>();
    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
      if (element.getTypeArgumentIndex() != null && element.getTypeArgumentIndex() == 0) {
        for (ConstraintDescriptor<?> d : element.getConstraintDescriptors()) {
          collect(d, false, elementRequired, elementBounds);
        }
      }
    }
    return new ConstraintInfo(required[0], bounds, elementRequired[0], elementBounds);
  }

  /**
   * Whether a constraint is a hard rule of the schema: in the default or the {@link Complete} group
   * (the schema describes a form ready to submit) and not a {@link Warning}.
   */
  private static boolean hard(ConstraintDescriptor<?> d) {
    if (d.getPayload().contains(Warning.class)) {
      return false;
    }
    Set<Class<?>> groups = d.getGroups();
    return groups.contains(Default.class) || groups.contains(Complete.class);
  }

  private static void collect(
      ConstraintDescriptor<?> d,
      boolean collection,
      boolean[] required,
      Map<String, Object> bounds) {
    if (!hard(d)) {
      return;
    }
    Annotation a = d.getAnnotation();
    switch (a) {
      case NotNull x -> required[0] = true;
      case NotBlank x -> {
        required[0] = true;
        bounds.put("notBlank", true);
      }
      case NotEmpty x -> {
        required[0] = true;
        bounds.merge(
            collection ? "minItems" : "minLength", 1, (p, q) -> Math.max((int) p, (int) q));
      }
      case Size s -> {
        String lo = collection ? "minItems" : "minLength";
        String hi = collection ? "maxItems" : "maxLength";
        if (s.min() > 0) {
          bounds.merge(lo, s.min(), (x, y) -> Math.max((int) x, (int) y));
        }
        if (s.max() < Integer.MAX_VALUE) {
          bounds.merge(hi, s.max(), (x, y) -> Math.min((int) x, (int) y));
        }
      }
      case Length l -> {
        if (l.min() > 0) {
          bounds.merge("minLength", l.min(), (x, y) -> Math.max((int) x, (int) y));
        }
        if (l.max() < Integer.MAX_VALUE) {
          bounds.merge("maxLength", l.max(), (x, y) -> Math.min((int) x, (int) y));
        }
      }
      case Min m -> lower(bounds, "min", BigDecimal.valueOf(m.value()));
      case Max m -> upper(bounds, "max", BigDecimal.valueOf(m.value()));
      case Range r -> {
        lower(bounds, "min", BigDecimal.valueOf(r.min()));
        upper(bounds, "max", BigDecimal.valueOf(r.max()));
      }
      case DecimalMin m -> lower(bounds, m.inclusive() ? "min" : "exclusiveMin", dec(m.value()));
      case DecimalMax m -> upper(bounds, m.inclusive() ? "max" : "exclusiveMax", dec(m.value()));
      case PositiveOrZero p -> lower(bounds, "min", BigDecimal.ZERO);
      case Positive p -> lower(bounds, "exclusiveMin", BigDecimal.ZERO);
      case NegativeOrZero n -> upper(bounds, "max", BigDecimal.ZERO);
      case Negative n -> upper(bounds, "exclusiveMax", BigDecimal.ZERO);
      case Digits g -> {
        bounds.merge("integerDigits", g.integer(), (x, y) -> Math.min((int) x, (int) y));
        bounds.merge("fractionDigits", g.fraction(), (x, y) -> Math.min((int) x, (int) y));
      }
      case Pattern p -> pattern(bounds, javaRegex(p.regexp(), p.flags()));
      case Email e -> {
        bounds.put("format", "email");
        if (!e.regexp().equals(".*") || e.flags().length > 0) {
          pattern(bounds, javaRegex(e.regexp(), e.flags()));
        }
      }
      case CleanText c -> bounds.put("cleanText", true);
      case AssertTrue t -> bounds.put("const", true);
      case AssertFalse f -> bounds.put("const", false);
      default -> {}
    }
    for (ConstraintDescriptor<?> composing : d.getComposingConstraints()) {
      collect(composing, collection, required, bounds);
    }
  }

  @SuppressWarnings("unchecked")
  private static void pattern(Map<String, Object> bounds, String regex) {
    List<String> patterns =
        new ArrayList<>((List<String>) bounds.getOrDefault("pattern", List.of()));
    patterns.add(regex);
    bounds.put("pattern", List.copyOf(patterns));
  }

  /** A regular expression with its flags written inline, e.g. {@code (?i)abc}. */
  private static String javaRegex(String regexp, Pattern.Flag[] flags) {
    if (flags.length == 0) {
      return regexp;
    }
    StringBuilder inline = new StringBuilder("(?");
    for (Pattern.Flag flag : flags) {
      inline.append(
          switch (flag) {
            case UNIX_LINES -> 'd';
            case CASE_INSENSITIVE -> 'i';
            case COMMENTS -> 'x';
            case MULTILINE -> 'm';
            case DOTALL -> 's';
            case UNICODE_CASE -> 'u';
            case CANON_EQ -> 'c';
          });
    }
    return inline.append(')').append(regexp).toString();
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value.trim());
  }

  private static void lower(Map<String, Object> bounds, String key, BigDecimal value) {
    bounds.merge(key, value, (x, y) -> ((BigDecimal) x).max((BigDecimal) y));
  }

  private static void upper(Map<String, Object> bounds, String key, BigDecimal value) {
    bounds.merge(key, value, (x, y) -> ((BigDecimal) x).min((BigDecimal) y));
  }

  /** A validator used only for its constraint metadata (no messages are interpolated). */
  private static final class Metadata {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }
}
