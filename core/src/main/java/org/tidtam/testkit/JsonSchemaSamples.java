package org.tidtam.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random JSON documents within a JSON Schema, made from the schema's text alone (not from Java
 * types), so that a test can check that whatever the schema allows is accepted. It knows the
 * keywords Tidtam's export uses: {@code $ref} into {@code $defs}, {@code type} (with {@code null}),
 * {@code const}, {@code enum}, {@code anyOf}, {@code allOf} of patterns, objects ({@code
 * properties}, {@code required}, {@code additionalProperties}), arrays ({@code items}, {@code
 * minItems}, {@code maxItems}, {@code uniqueItems}), strings ({@code minLength}, {@code maxLength}
 * in characters, {@code pattern}, {@code format} date and email), numbers ({@code minimum}, {@code
 * maximum}, the exclusive ones, {@code multipleOf}) and {@code examples}; annotations ({@code
 * title}, {@code description}, {@code x-...}) are skipped. Any other keyword is an error rather
 * than a guess.
 *
 * <p>Texts are any characters (Thai, emoji, control characters) up to the maximum length; numbers
 * go to their bounds; optional members are sometimes left out and sometimes {@code null}.
 */
public final class JsonSchemaSamples {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The longest text made for a string without {@code maxLength}. */
  private static final int DEFAULT_MAX_LENGTH = 80;

  private static final BigDecimal DEFAULT_RANGE = new BigDecimal("1e15");

  private static final Set<String> SKIPPED =
      Set.of("$schema", "$id", "$comment", "$defs", "title", "description", "contentEncoding");

  private final JsonNode root;
  private final Map<String, EcmaRegex> patterns = new HashMap<>();

  private JsonSchemaSamples(JsonNode root) {
    this.root = root;
  }

  /** Samples of the schema in this JSON text. */
  public static JsonSchemaSamples of(String schemaJson) {
    return new JsonSchemaSamples(MAPPER.readTree(schemaJson));
  }

  /** The document of a seed, as pretty-printed JSON text. */
  public String document(long seed) {
    return MAPPER.writeValueAsString(value(RandomValues.of(seed)));
  }

  /** A value within the whole schema. */
  public JsonNode value(RandomValues random) {
    return make(root, random, "");
  }

  private JsonNode make(JsonNode schema, RandomValues random, String path) {
    if (schema.isBoolean()) {
      if (!schema.booleanValue()) {
        throw new IllegalArgumentException(path + ": the schema false allows nothing");
      }
      return NODES.nullNode();
    }
    for (String keyword : schema.propertyNames()) {
      if (!known(keyword)) {
        throw new IllegalArgumentException(
            "JsonSchemaSamples does not know the keyword " + keyword + " at " + where(path));
      }
    }
    if (schema.has("$ref")) {
      return make(resolve(schema.get("$ref").stringValue(), path), random, path);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.between(0, values.size() - 1));
    }
    if (schema.has("examples") && random.chance(0.3)) {
      JsonNode examples = schema.get("examples");
      return examples.get(random.between(0, examples.size() - 1));
    }
    if (schema.has("anyOf")) {
      JsonNode branches = schema.get("anyOf");
      return make(branches.get(random.between(0, branches.size() - 1)), random, path);
    }
    List<String> types = types(schema, path);
    if (types.contains("null") && (types.size() == 1 || random.chance(0.15))) {
      return NODES.nullNode();
    }
    List<String> others = types.stream().filter(t -> !t.equals("null")).toList();
    String type = random.oneOf(others);
    return switch (type) {
      case "object" -> object(schema, random, path);
      case "array" -> array(schema, random, path);
      case "string" -> NODES.stringNode(string(schema, random, path));
      case "integer" -> NODES.numberNode(integer(schema, random, path));
      case "number" -> NODES.numberNode(number(schema, random, path));
      case "boolean" -> NODES.booleanNode(random.bool());
      default -> throw new IllegalArgumentException(where(path) + ": unknown type " + type);
    };
  }

  private static boolean known(String keyword) {
    return SKIPPED.contains(keyword)
        || keyword.startsWith("x-")
        || Set.of(
                "$ref",
                "const",
                "enum",
                "examples",
                "anyOf",
                "allOf",
                "type",
                "properties",
                "required",
                "additionalProperties",
                "items",
                "minItems",
                "maxItems",
                "uniqueItems",
                "minLength",
                "maxLength",
                "pattern",
                "format",
                "minimum",
                "maximum",
                "exclusiveMinimum",
                "exclusiveMaximum",
                "multipleOf")
            .contains(keyword);
  }

  private JsonNode resolve(String ref, String path) {
    if (!ref.startsWith("#")) {
      throw new IllegalArgumentException(where(path) + ": only local $ref, not " + ref);
    }
    JsonNode target = root.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalArgumentException(where(path) + ": $ref " + ref + " points nowhere");
    }
    return target;
  }

  private static List<String> types(JsonNode schema, String path) {
    JsonNode type = schema.get("type");
    if (type == null) {
      throw new IllegalArgumentException(where(path) + ": no type");
    }
    List<String> out = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> out.add(t.stringValue()));
    } else {
      out.add(type.stringValue());
    }
    return out;
  }

  private ObjectNode object(JsonNode schema, RandomValues random, String path) {
    ObjectNode out = NODES.objectNode();
    Set<String> required = new HashSet<>();
    if (schema.has("required")) {
      schema.get("required").forEach(r -> required.add(r.stringValue()));
    }
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      for (Map.Entry<String, JsonNode> p : properties.properties()) {
        if (required.contains(p.getKey()) || random.chance(0.7)) {
          out.set(p.getKey(), make(p.getValue(), random, join(path, p.getKey())));
        }
      }
    }
    for (String r : required) {
      if (!out.has(r)) {
        throw new IllegalArgumentException(where(path) + ": required " + r + " has no schema");
      }
    }
    return out;
  }

  private ArrayNode array(JsonNode schema, RandomValues random, String path) {
    int min = intOr(schema, "minItems", 0);
    int max = intOr(schema, "maxItems", Integer.MAX_VALUE);
    int n =
        max <= 12 && random.chance(0.15)
            ? max
            : random.between(min, (int) Math.min(max, (long) min + 4));
    boolean unique = schema.path("uniqueItems").asBoolean(false);
    JsonNode items = schema.get("items");
    ArrayNode out = NODES.arrayNode();
    Set<JsonNode> seen = new LinkedHashSet<>();
    for (int tries = 0; out.size() < n && tries < n * 20 + 20; tries++) {
      JsonNode item =
          items == null ? NODES.nullNode() : make(items, random, path + "[" + out.size() + "]");
      if (!unique || seen.add(item)) {
        out.add(item);
      }
    }
    if (out.size() < min) {
      throw new IllegalStateException(where(path) + ": could not make " + min + " different items");
    }
    return out;
  }

  private String string(JsonNode schema, RandomValues random, String path) {
    int min = intOr(schema, "minLength", 0);
    int max = intOr(schema, "maxLength", Math.max(min, DEFAULT_MAX_LENGTH));
    List<EcmaRegex> all = new ArrayList<>();
    if (schema.has("pattern")) {
      all.add(pattern(schema.get("pattern").stringValue()));
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        for (String keyword : part.propertyNames()) {
          if (!keyword.equals("pattern")) {
            throw new IllegalArgumentException(
                where(path) + ": allOf is only supported for patterns, not " + keyword);
          }
        }
        all.add(pattern(part.get("pattern").stringValue()));
      }
    }
    String format = schema.has("format") ? schema.get("format").stringValue() : null;
    EcmaRegex whole = all.stream().filter(EcmaRegex::anchored).findFirst().orElse(null);
    for (int attempt = 0; attempt < 500; attempt++) {
      String s;
      if ("date".equals(format)) {
        s = date(random).toString();
      } else if ("email".equals(format)) {
        s = email(random);
      } else if (format != null) {
        throw new IllegalArgumentException(where(path) + ": unknown format " + format);
      } else if (whole != null) {
        s = whole.generate(random);
      } else {
        s = random.text(min, max);
      }
      int length = s.codePointCount(0, s.length());
      if (length >= min && length <= max && all.stream().allMatch(p -> p.test(s))) {
        return s;
      }
    }
    throw new IllegalStateException(where(path) + ": could not make a string within " + schema);
  }

  private EcmaRegex pattern(String text) {
    return patterns.computeIfAbsent(text, EcmaRegex::parse);
  }

  private static LocalDate date(RandomValues random) {
    return random.chance(0.1)
        ? random.date(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
        : random.date(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31));
  }

  private static String email(RandomValues random) {
    String word = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder();
    appendWord(sb, word, random, 1, 12);
    if (random.chance(0.3)) {
      appendWord(sb.append('.'), word, random, 1, 8);
    }
    sb.append('@');
    appendWord(sb, word, random, 1, 12);
    if (random.chance(0.5)) {
      appendWord(sb.append('.'), word, random, 1, 12);
    }
    appendWord(sb.append('.'), "abcdefghijklmnopqrstuvwxyz", random, 2, 6);
    return sb.toString();
  }

  private static void appendWord(
      StringBuilder sb, String alphabet, RandomValues random, int min, int max) {
    int n = random.between(min, max);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.between(0, alphabet.length() - 1)));
    }
  }

  private static BigInteger integer(JsonNode schema, RandomValues random, String path) {
    Range range = range(schema, path);
    BigInteger lo = lowInteger(range.lo(), range.loExclusive());
    BigInteger hi = highInteger(range.hi(), range.hiExclusive());
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException(where(path) + ": no whole number within the bounds");
    }
    return wholeNumber(lo, hi, random);
  }

  private static BigDecimal number(JsonNode schema, RandomValues random, String path) {
    Range range = range(schema, path);
    if (schema.has("multipleOf")) {
      BigDecimal step = schema.get("multipleOf").decimalValue();
      BigInteger lo =
          lowInteger(range.lo().divide(step, 30, RoundingMode.CEILING), range.loExclusive());
      BigInteger hi =
          highInteger(range.hi().divide(step, 30, RoundingMode.FLOOR), range.hiExclusive());
      if (lo.compareTo(hi) > 0) {
        throw new IllegalArgumentException(where(path) + ": no multiple within the bounds");
      }
      return new BigDecimal(wholeNumber(lo, hi, random)).multiply(step);
    }
    int scale = random.between(0, 6);
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-scale);
    BigDecimal lo = range.loExclusive() ? range.lo().add(unit) : range.lo();
    BigDecimal hi = range.hiExclusive() ? range.hi().subtract(unit) : range.hi();
    if (lo.compareTo(hi) > 0) {
      lo = range.lo();
      hi = range.lo(); // a range narrower than one step: its lower bound, when inclusive
      if (range.loExclusive()) {
        throw new IllegalArgumentException(where(path) + ": bounds too close for decimals");
      }
    }
    return random.decimal(lo, hi, scale);
  }

  private static BigInteger wholeNumber(BigInteger lo, BigInteger hi, RandomValues random) {
    int roll = random.between(0, 19);
    BigInteger n;
    if (roll < 5) {
      n =
          random.oneOf(
              lo, hi, lo.add(BigInteger.ONE), hi.subtract(BigInteger.ONE), BigInteger.ZERO);
    } else if (roll < 12) {
      n = BigInteger.valueOf(random.between(-100, 100));
    } else {
      n = random.between(lo, hi);
    }
    return n.max(lo).min(hi);
  }

  private record Range(BigDecimal lo, boolean loExclusive, BigDecimal hi, boolean hiExclusive) {}

  private static Range range(JsonNode schema, String path) {
    BigDecimal lo = DEFAULT_RANGE.negate();
    boolean loExclusive = false;
    BigDecimal hi = DEFAULT_RANGE;
    boolean hiExclusive = false;
    if (schema.has("minimum")) {
      lo = schema.get("minimum").decimalValue();
    }
    if (schema.has("exclusiveMinimum")) {
      BigDecimal x = schema.get("exclusiveMinimum").decimalValue();
      if (!schema.has("minimum") || x.compareTo(lo) >= 0) {
        lo = x;
        loExclusive = true;
      }
    }
    if (schema.has("maximum")) {
      hi = schema.get("maximum").decimalValue();
    }
    if (schema.has("exclusiveMaximum")) {
      BigDecimal x = schema.get("exclusiveMaximum").decimalValue();
      if (!schema.has("maximum") || x.compareTo(hi) <= 0) {
        hi = x;
        hiExclusive = true;
      }
    }
    if (!schema.has("maximum") && !schema.has("exclusiveMaximum") && lo.compareTo(hi) > 0) {
      hi = lo.add(DEFAULT_RANGE);
    }
    if (!schema.has("minimum") && !schema.has("exclusiveMinimum") && lo.compareTo(hi) > 0) {
      lo = hi.subtract(DEFAULT_RANGE);
    }
    return new Range(lo, loExclusive, hi, hiExclusive);
  }

  private static BigInteger lowInteger(BigDecimal lo, boolean exclusive) {
    BigDecimal ceil = lo.setScale(0, RoundingMode.CEILING);
    if (exclusive && ceil.compareTo(lo) == 0) {
      ceil = ceil.add(BigDecimal.ONE);
    }
    return ceil.toBigIntegerExact();
  }

  private static BigInteger highInteger(BigDecimal hi, boolean exclusive) {
    BigDecimal floor = hi.setScale(0, RoundingMode.FLOOR);
    if (exclusive && floor.compareTo(hi) == 0) {
      floor = floor.subtract(BigDecimal.ONE);
    }
    return floor.toBigIntegerExact();
  }

  private static int intOr(JsonNode schema, String keyword, int otherwise) {
    JsonNode n = schema.get(keyword);
    return n == null ? otherwise : n.intValue();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String where(@Nullable String path) {
    return path == null || path.isEmpty() ? "(root)" : path;
  }
}
