package org.tidtam.schema;

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
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Image;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.validation.CleanText;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a form's schema as a JSON Schema (draft 2020-12) of the whole submission envelope, so
 * that other systems and editors can check or produce submissions without Tidtam. Titles are Thai;
 * descriptions are English (and the help text). Computed fields are left out: they are never part
 * of a submission.
 *
 * <p>The schema describes a form ready to submit: the constraints of the default group and of the
 * {@link org.tidtam.validation.Complete} group both become schema rules, since a submission must
 * keep both (a draft may still lack what {@code Complete} demands). Warnings are not rules. What
 * JSON Schema can say is said, on the field and on each element of a list ({@code List<@Size(max =
 * 1000) String>}): presence ({@code required}, no {@code null}), lengths in characters, patterns
 * (the Java regex translated to ECMA-262, or left out when it cannot be), {@code format: email},
 * numeric bounds including the range of {@code int} and {@code long}, {@code @Digits} as bounds and
 * {@code multipleOf}, list sizes, choices and, for {@code @NotBlank} and {@code @CleanText}, a
 * pattern that demands a character that is not blank or filler. So a document within the schema
 * breaks only the rules JSON Schema cannot say: rules across fields, rules of the plugin's own
 * constraints (see {@link #says}), and dates relative to today.
 */
public final class JsonSchemaExporter {

  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /** A text that is not blank: it has a character that {@link String#isBlank()} does not skip. */
  static final String NOT_BLANK = EcmaPatterns.charClass(Character::isWhitespace, true);

  /**
   * A text that is empty or says something: it has a character that is not {@link CleanText}'s
   * filler.
   */
  static final String CLEAN_TEXT =
      "^$|" + EcmaPatterns.charClass(CleanText.Validator::isFiller, true);

  /**
   * Well-formed base64 of a PNG or a JPEG image (what the reader accepts): the signature of the
   * format first, then whole groups of four characters with at most one padded group at the end.
   */
  static final String IMAGE_DATA =
      "^(?:iVBORw0KGgo[A-Za-z0-9+/](?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
          + "|/9j/(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=))$";

  private final Map<Class<?>, String> defNames = new LinkedHashMap<>();
  private final ObjectNode defs = NODES.objectNode();

  private JsonSchemaExporter() {}

  /** The JSON Schema text of a form's submission envelope. */
  public static String export(FormSchema schema) {
    return MAPPER.writeValueAsString(new JsonSchemaExporter().envelope(schema));
  }

  /**
   * Whether the exported schema says a constraint of a form field, so that a document within the
   * schema never breaks it: presence, lengths, patterns it can translate, e-mail, numeric bounds,
   * digits, list sizes, {@code @CleanText} and {@code @AssertTrue}/{@code @AssertFalse}. Rules of
   * other constraint types (the plugins' own, rules across fields, dates relative to today) are not
   * in the schema. Only for constraints on the form's fields and list elements, in the default or
   * the {@code Complete} group and not warnings.
   */
  public static boolean says(Annotation constraint) {
    return switch (constraint) {
      case NotNull x -> true;
      case NotBlank x -> true;
      case NotEmpty x -> true;
      case Size x -> true;
      case Length x -> true;
      case Min x -> true;
      case Max x -> true;
      case Range x -> true;
      case DecimalMin x -> true;
      case DecimalMax x -> true;
      case Positive x -> true;
      case PositiveOrZero x -> true;
      case Negative x -> true;
      case NegativeOrZero x -> true;
      case Digits x -> true;
      case CleanText x -> true;
      case AssertTrue x -> true;
      case AssertFalse x -> true;
      case Pattern p -> p.flags().length == 0 && EcmaPatterns.fromJava(p.regexp()).isPresent();
      case Email e ->
          e.regexp().equals(".*")
              || (e.flags().length == 0 && EcmaPatterns.fromJava(e.regexp()).isPresent());
      default -> false;
    };
  }

  private JsonNode envelope(FormSchema schema) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", "urn:tidtam:form:" + schema.id().value() + ":v" + schema.version());
    root.put("title", schema.title().th());
    root.put("description", schema.title().en());
    root.put("type", "object");
    ObjectNode props = root.putObject("properties");
    props.putObject("form").put("const", schema.id().value());
    ObjectNode version = props.putObject("schemaVersion");
    version.put("type", "integer");
    version.put("const", schema.version());
    String dataDef = recordDef(schema.type(), schema.fields());
    props.putObject("data").put("$ref", "#/$defs/" + dataDef);
    ArrayNode required = root.putArray("required");
    required.add("form").add("schemaVersion").add("data");
    root.put("additionalProperties", false);
    root.set("$defs", defs);
    return root;
  }

  private String recordDef(Class<?> type, List<Field> fields) {
    String existing = defNames.get(type);
    if (existing != null) {
      return existing;
    }
    String name = type.getSimpleName();
    int n = 2;
    while (defNames.containsValue(name)) {
      name = type.getSimpleName() + n++;
    }
    defNames.put(type, name);
    ObjectNode def = NODES.objectNode();
    defs.set(name, def);
    def.put("type", "object");
    ObjectNode props = def.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Field f : fields) {
      if (f.computed()) {
        continue;
      }
      props.set(f.name(), field(f));
      if (f.required() || missingBreaksRules(f)) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      def.set("required", required);
    }
    def.put("additionalProperties", false);
    return name;
  }

  private ObjectNode field(Field f) {
    ObjectNode node = NODES.objectNode();
    node.put("title", f.label().th());
    String description = f.label().en();
    if (f.help() != null) {
      description = description + " — " + f.help().en();
    }
    node.put("description", description);
    switch (f.type()) {
      case TABLE -> {
        node.put("type", "array");
        boolean rows = f.javaType().isRecord() && f.javaType() != Image.class;
        node.set(
            "items",
            rows
                ? ref(recordDef(f.javaType(), f.children()))
                : value(f.children().getFirst(), true));
        items(node, f);
      }
      case MULTI_CHOICE -> {
        node.put("type", "array");
        ObjectNode items = node.putObject("items");
        choice(items, f.children().isEmpty() ? f : f.children().getFirst());
        node.put("uniqueItems", true);
        items(node, f);
      }
      default -> node.setAll(value(f, f.required() || f.javaType().isPrimitive()));
    }
    return node;
  }

  private ObjectNode value(Field f, boolean required) {
    ObjectNode node = NODES.objectNode();
    switch (f.type()) {
      case TEXT, LONG_TEXT -> {
        type(node, "string", required);
        text(node, f);
      }
      case INTEGER, DECIMAL, MONEY, PERCENT -> {
        type(node, f.type() == FieldType.INTEGER ? "integer" : "number", required);
        number(node, f);
      }
      case DATE -> {
        type(node, "string", required);
        node.put("format", "date");
      }
      case YES_NO -> {
        type(node, "boolean", required);
        if (f.constraints().get("const") instanceof Boolean b) {
          node.put("const", b);
        }
      }
      case CHOICE -> {
        choice(node, f);
        if (!required) {
          ObjectNode either = NODES.objectNode();
          either.putArray("anyOf").add(node).add(NODES.objectNode().put("type", "null"));
          return either;
        }
      }
      case IMAGE -> {
        ObjectNode image = ref(imageDef());
        if (!required) {
          ObjectNode either = NODES.objectNode();
          either.putArray("anyOf").add(image).add(NODES.objectNode().put("type", "null"));
          return either;
        }
        return image;
      }
      case GROUP -> {
        ObjectNode group = ref(recordDef(f.javaType(), f.children()));
        if (!required) {
          ObjectNode either = NODES.objectNode();
          either.putArray("anyOf").add(group).add(NODES.objectNode().put("type", "null"));
          return either;
        }
        return group;
      }
      default -> throw new IllegalStateException("not a single value: " + f.type());
    }
    return node;
  }

  private static void choice(ObjectNode node, Field f) {
    node.put("type", "string");
    if (f.reference() != null) {
      node.put("x-tidtam-reference", f.reference().name());
      text(node, f);
    } else {
      ArrayNode values = node.putArray("enum");
      f.choices().forEach(c -> values.add(c.value()));
    }
  }

  /** Lengths, patterns and formats of a text. */
  private static void text(ObjectNode node, Field f) {
    copyInt(f, "minLength", node, "minLength");
    copyInt(f, "maxLength", node, "maxLength");
    if (f.constraints().get("format") instanceof String format) {
      node.put("format", format);
    }
    List<String> patterns = new ArrayList<>();
    if (f.constraints().get("pattern") instanceof List<?> javaPatterns) {
      for (Object p : javaPatterns) {
        EcmaPatterns.fromJava((String) p).ifPresent(patterns::add);
      }
    }
    if (Boolean.TRUE.equals(f.constraints().get("notBlank"))) {
      patterns.add(NOT_BLANK);
    }
    if (Boolean.TRUE.equals(f.constraints().get("cleanText"))) {
      patterns.add(CLEAN_TEXT);
    }
    if (patterns.size() == 1) {
      node.put("pattern", patterns.getFirst());
    } else if (patterns.size() > 1) {
      ArrayNode all = node.putArray("allOf");
      patterns.forEach(p -> all.addObject().put("pattern", p));
    }
  }

  /** The bounds of a number: its constraints, its {@code @Digits} and its Java type's range. */
  private static void number(ObjectNode node, Field f) {
    Map<String, Object> c = f.constraints();
    Bound lower = tighterLow(Bound.of(c.get("min"), false), Bound.of(c.get("exclusiveMin"), true));
    Bound upper = tighterHigh(Bound.of(c.get("max"), false), Bound.of(c.get("exclusiveMax"), true));
    if (c.get("integerDigits") instanceof Integer digits) {
      BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(digits);
      lower = tighterLow(lower, new Bound(limit.negate(), true));
      upper = tighterHigh(upper, new Bound(limit, true));
    }
    Class<?> type = f.javaType();
    if (type == Integer.class || type == int.class) {
      lower = tighterLow(lower, new Bound(BigDecimal.valueOf(Integer.MIN_VALUE), false));
      upper = tighterHigh(upper, new Bound(BigDecimal.valueOf(Integer.MAX_VALUE), false));
    } else if (type == Long.class || type == long.class) {
      lower = tighterLow(lower, new Bound(BigDecimal.valueOf(Long.MIN_VALUE), false));
      upper = tighterHigh(upper, new Bound(BigDecimal.valueOf(Long.MAX_VALUE), false));
    }
    if (lower != null) {
      node.put(lower.exclusive() ? "exclusiveMinimum" : "minimum", lower.value());
    }
    if (upper != null) {
      node.put(upper.exclusive() ? "exclusiveMaximum" : "maximum", upper.value());
    }
    if (f.type() != FieldType.INTEGER && c.get("fractionDigits") instanceof Integer fraction) {
      node.put("multipleOf", BigDecimal.ONE.scaleByPowerOfTen(-fraction));
    }
  }

  /**
   * Whether leaving a value out breaks its rules, so that it must be given: a missing list reads as
   * an empty one, a missing primitive as 0 or false.
   */
  private static boolean missingBreaksRules(Field f) {
    Map<String, Object> c = f.constraints();
    if (f.type() == FieldType.TABLE || f.type() == FieldType.MULTI_CHOICE) {
      return c.get("minItems") instanceof Integer min && min > 0;
    }
    if (!f.javaType().isPrimitive()) {
      return false;
    }
    if (c.get("const") instanceof Boolean b) {
      return b;
    }
    return (c.get("min") instanceof BigDecimal min && min.signum() > 0)
        || (c.get("exclusiveMin") instanceof BigDecimal xmin && xmin.signum() >= 0)
        || (c.get("max") instanceof BigDecimal max && max.signum() < 0)
        || (c.get("exclusiveMax") instanceof BigDecimal xmax && xmax.signum() <= 0);
  }

  /** A lower or upper bound of a number; null stands for none. */
  private record Bound(BigDecimal value, boolean exclusive) {
    static @Nullable Bound of(@Nullable Object value, boolean exclusive) {
      return value instanceof BigDecimal d ? new Bound(d, exclusive) : null;
    }
  }

  private static @Nullable Bound tighterLow(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int cmp = a.value().compareTo(b.value());
    return cmp > 0 || (cmp == 0 && a.exclusive()) ? a : b;
  }

  private static @Nullable Bound tighterHigh(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int cmp = a.value().compareTo(b.value());
    return cmp < 0 || (cmp == 0 && a.exclusive()) ? a : b;
  }

  private static void items(ObjectNode node, Field f) {
    copyInt(f, "minItems", node, "minItems");
    copyInt(f, "maxItems", node, "maxItems");
  }

  private static final LocalizedText IMAGE =
      LocalizedText.of("รูปภาพ", "An image; the bytes are base64");

  private String imageDef() {
    String name = defNames.get(Image.class);
    if (name != null) {
      return name;
    }
    name = "Image";
    defNames.put(Image.class, name);
    ObjectNode def = NODES.objectNode();
    defs.set(name, def);
    def.put("title", IMAGE.th());
    def.put("description", IMAGE.en());
    def.put("type", "object");
    ObjectNode props = def.putObject("properties");
    ObjectNode fileName = props.putObject("fileName");
    fileName.putArray("type").add("string").add("null");
    ObjectNode mediaType = props.putObject("mediaType");
    mediaType.put("type", "string");
    mediaType.putArray("enum").add("image/png").add("image/jpeg");
    ObjectNode data = props.putObject("data");
    data.put("type", "string");
    data.put("contentEncoding", "base64");
    data.put("pattern", IMAGE_DATA);
    def.putArray("required").add("mediaType").add("data");
    def.put("additionalProperties", false);
    return name;
  }

  private static ObjectNode ref(String def) {
    return NODES.objectNode().put("$ref", "#/$defs/" + def);
  }

  private static void type(ObjectNode node, String type, boolean required) {
    if (required) {
      node.put("type", type);
    } else {
      node.putArray("type").add(type).add("null");
    }
  }

  private static void copyInt(Field f, String key, ObjectNode node, String as) {
    if (f.constraints().get(key) instanceof Integer i) {
      node.put(as, i);
    }
  }
}
