package org.tidtam.schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.form.FieldType;
import org.tidtam.form.Image;
import org.tidtam.i18n.LocalizedText;
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
 */
public final class JsonSchemaExporter {

  public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Map<Class<?>, String> defNames = new LinkedHashMap<>();
  private final ObjectNode defs = NODES.objectNode();

  private JsonSchemaExporter() {}

  /** The JSON Schema text of a form's submission envelope. */
  public static String export(FormSchema schema) {
    return MAPPER.writeValueAsString(new JsonSchemaExporter().envelope(schema));
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
      if (f.required()) {
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
        choice(items, f);
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
        copyInt(f, "maxLength", node, "maxLength");
        copyInt(f, "minLength", node, "minLength");
        if (f.constraints().get("pattern") instanceof String p) {
          node.put("pattern", p);
        }
      }
      case INTEGER, DECIMAL, MONEY, PERCENT -> {
        type(node, f.type() == FieldType.INTEGER ? "integer" : "number", required);
        copyNumber(f, "min", node, "minimum");
        copyNumber(f, "max", node, "maximum");
        copyNumber(f, "exclusiveMin", node, "exclusiveMinimum");
        copyNumber(f, "exclusiveMax", node, "exclusiveMaximum");
      }
      case DATE -> {
        type(node, "string", required);
        node.put("format", "date");
      }
      case YES_NO -> type(node, "boolean", required);
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
    } else {
      ArrayNode values = node.putArray("enum");
      f.choices().forEach(c -> values.add(c.value()));
    }
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

  private static void copyNumber(Field f, String key, ObjectNode node, String as) {
    if (f.constraints().get(key) instanceof BigDecimal d) {
      node.put(as, d);
    }
  }
}
