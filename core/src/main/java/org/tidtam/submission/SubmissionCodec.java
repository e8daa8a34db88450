package org.tidtam.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tidtam.form.Computed;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.Image;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.Message;
import org.tidtam.schema.Choice;
import org.tidtam.schema.Field;
import org.tidtam.schema.FormSchema;
import org.tidtam.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes submissions in their exchange format {@code {"form", "schemaVersion", "data"}}.
 * Strict: an unknown field or a value of the wrong type is an error reported at its path (all of
 * them at once, not only the first); dates are ISO, amounts exact decimals, enums by name, images
 * base64. Computed values are never written. Thread-safe.
 */
public final class SubmissionCodec {

  private static final Set<String> ENVELOPE = Set.of("form", "schemaVersion", "data");

  private final JsonMapper mapper;

  private SubmissionCodec(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public static SubmissionCodec create() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a draft may leave out a count or a tick box: it reads as 0 or false, and the
            // validator, not the reader, says what a submission still lacks
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.ALWAYS))
            .annotationIntrospector(new IgnoreComputed())
            .withConfigOverride(
                List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(
                Set.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();
    return new SubmissionCodec(mapper);
  }

  /** Reads the envelope; the data stays JSON until {@link #toForm}. */
  public SubmissionDocument read(InputStream json) {
    try {
      return read(new String(json.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the envelope; the data stays JSON until {@link #toForm}. */
  public SubmissionDocument read(String json) {
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1); // a byte-order mark, as Windows Notepad saves UTF-8
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      throw fail(
          "",
          e.getLocation() == null
              ? Message.of("tidtam.submission.json.invalid", "detail", detail)
              : Message.of(
                  "tidtam.submission.json.invalidAt",
                  "line",
                  e.getLocation().getLineNr(),
                  "column",
                  e.getLocation().getColumnNr(),
                  "detail",
                  detail));
    }
    if (root == null || !root.isObject()) {
      throw fail("", Message.of("tidtam.submission.envelope"));
    }
    List<Violation> problems = new ArrayList<>();
    for (String name : root.propertyNames()) {
      if (!ENVELOPE.contains(name)) {
        problems.add(error(name, unknown(name)));
      }
    }
    JsonNode form = root.get("form");
    JsonNode version = root.get("schemaVersion");
    JsonNode data = root.get("data");
    FormId id = null;
    if (form == null || !form.isString()) {
      problems.add(error("form", Message.of("tidtam.submission.form.required")));
    } else {
      try {
        id = FormId.of(form.stringValue());
      } catch (IllegalArgumentException e) {
        problems.add(
            error(
                "form", Message.of("tidtam.submission.form.invalid", "form", form.stringValue())));
      }
    }
    if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
      problems.add(error("schemaVersion", Message.of("tidtam.submission.schemaVersion.required")));
    }
    if (data == null || !data.isObject()) {
      problems.add(error("data", Message.of("tidtam.submission.data.required")));
    }
    if (!problems.isEmpty()) {
      throw new SubmissionFormatException(problems);
    }
    return new SubmissionDocument(id, version.intValue(), data);
  }

  /**
   * Turns a submission's data into the plugin's record, after checking that the document belongs to
   * this form, upgrading data of an older schema version with the plugin's {@link
   * FormPlugin#migrations()} (on a copy: the document is left as it is), and checking that every
   * value fits its field.
   */
  public <F extends Record> F toForm(FormPlugin<F> plugin, SubmissionDocument document) {
    return bind(plugin, currentData(plugin, document));
  }

  /**
   * The document at the plugin's current schema version, for storing upgraded data: its data
   * migrated as in {@link #toForm} and checked to fit the form. A current document is returned as
   * it is.
   *
   * @throws SubmissionFormatException as {@link #toForm} does
   */
  public SubmissionDocument upgrade(FormPlugin<?> plugin, SubmissionDocument document) {
    JsonNode data = currentData(plugin, document);
    bind(plugin, data);
    if (document.schemaVersion() == plugin.schemaVersion()) {
      return document;
    }
    return new SubmissionDocument(plugin.id(), plugin.schemaVersion(), data);
  }

  private <F extends Record> F bind(FormPlugin<F> plugin, JsonNode data) {
    FormSchema schema = FormSchema.of(plugin);
    List<Violation> problems = new ArrayList<>();
    checkObject(data, schema.fields(), "", problems);
    if (!problems.isEmpty()) {
      throw new SubmissionFormatException(problems);
    }
    try {
      return mapper.treeToValue(data, plugin.formType());
    } catch (JacksonException e) {
      throw new SubmissionFormatException(List.of(error(path(e), message(e))));
    }
  }

  /** The document's data at the plugin's schema version. */
  private static JsonNode currentData(FormPlugin<?> plugin, SubmissionDocument document) {
    if (!document.form().equals(plugin.id())) {
      throw fail(
          "form",
          Message.of(
              "tidtam.submission.form.other", "form", document.form(), "expected", plugin.id()));
    }
    int version = document.schemaVersion();
    int expected = plugin.schemaVersion();
    if (version > expected) {
      throw fail(
          "schemaVersion",
          Message.of("tidtam.submission.version.newer", "version", version, "expected", expected));
    }
    return version == expected ? document.data() : migrate(plugin, version, document.data());
  }

  private static JsonNode migrate(FormPlugin<?> plugin, int version, JsonNode original) {
    int expected = plugin.schemaVersion();
    Map<Integer, SchemaMigration> steps = new HashMap<>();
    for (SchemaMigration m : plugin.migrations()) {
      if (steps.putIfAbsent(m.fromVersion(), m) != null) {
        throw new IllegalStateException(
            "form "
                + plugin.id()
                + " ("
                + plugin.getClass().getName()
                + ") declares two migrations from schema version "
                + m.fromVersion());
      }
    }
    if (!(original instanceof ObjectNode object)) {
      throw fail("data", Message.of("tidtam.submission.data.required"));
    }
    ObjectNode data = object.deepCopy();
    for (int from = version; from < expected; from++) {
      SchemaMigration step = steps.get(from);
      if (step == null) {
        throw fail(
            "schemaVersion",
            Message.of(
                "tidtam.submission.version.noMigration",
                "version",
                version,
                "expected",
                expected,
                "form",
                plugin.id(),
                "from",
                from,
                "to",
                from + 1));
      }
      ObjectNode next;
      try {
        next = step.step().apply(data);
      } catch (SubmissionFormatException e) {
        throw e;
      } catch (RuntimeException e) {
        throw migrationFailed(plugin, from, String.valueOf(e.getMessage()));
      }
      if (next == null) {
        throw migrationFailed(plugin, from, "the step returned no data");
      }
      data = next;
    }
    return data;
  }

  private static SubmissionFormatException migrationFailed(
      FormPlugin<?> plugin, int from, String detail) {
    return fail(
        "schemaVersion",
        Message.of(
            "tidtam.submission.version.migrationFailed",
            "form",
            plugin.id(),
            "from",
            from,
            "to",
            from + 1,
            "detail",
            detail));
  }

  /** The exchange document of a form record (computed values left out). */
  public <F extends Record> SubmissionDocument toDocument(FormPlugin<F> plugin, F form) {
    // through text, so that images are held as base64 text exactly as in a file
    JsonNode data = mapper.readTree(mapper.writeValueAsBytes(form));
    return new SubmissionDocument(plugin.id(), plugin.schemaVersion(), data);
  }

  /** Pretty-printed JSON; write it out as UTF-8. */
  public String write(SubmissionDocument document) {
    ObjectNode root = mapper.createObjectNode();
    root.put("form", document.form().value());
    root.put("schemaVersion", document.schemaVersion());
    root.set("data", document.data());
    return mapper.writeValueAsString(root);
  }

  /** The plugin's sample submission (its {@link FormPlugin#sampleResource()}). */
  public SubmissionDocument sample(FormPlugin<?> plugin) {
    String resource = plugin.sampleResource();
    try (InputStream in = plugin.getClass().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "form "
                + plugin.id()
                + ": sample resource '"
                + resource
                + "' not found next to "
                + plugin.getClass().getName());
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkObject(
      JsonNode node, List<Field> fields, String path, List<Violation> out) {
    if (!node.isObject()) {
      out.add(error(path, Message.of("tidtam.submission.object")));
      return;
    }
    Map<String, Field> byName =
        fields.stream().collect(Collectors.toMap(Field::name, f -> f, (a, b) -> a));
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = join(path, e.getKey());
      Field field = byName.get(e.getKey());
      if (field == null) {
        out.add(error(at, unknown(e.getKey())));
      } else if (field.computed()) {
        out.add(error(at, Message.of("tidtam.submission.computed", "name", e.getKey())));
      } else {
        checkValue(e.getValue(), field, at, out);
      }
    }
  }

  private static void checkValue(JsonNode value, Field field, String path, List<Violation> out) {
    if (value.isNull()) {
      if (field.javaType().isPrimitive()) {
        out.add(error(path, Message.of("tidtam.submission.required")));
      }
      return;
    }
    switch (field.type()) {
      case TEXT, LONG_TEXT ->
          expect(value.isString(), path, Message.of("tidtam.submission.text"), out);
      case CHOICE -> checkChoice(value, field, path, out);
      case INTEGER -> {
        boolean fits =
            value.isIntegralNumber()
                && (field.javaType() == Long.class || field.javaType() == long.class
                    ? value.canConvertToLong()
                    : value.canConvertToInt());
        expect(fits, path, Message.of("tidtam.submission.integer"), out);
      }
      case DECIMAL, MONEY, PERCENT ->
          expect(value.isNumber(), path, Message.of("tidtam.submission.number"), out);
      case DATE -> {
        boolean ok = value.isString();
        if (ok) {
          try {
            java.time.LocalDate.parse(value.stringValue());
          } catch (java.time.format.DateTimeParseException e) {
            ok = false;
          }
        }
        expect(ok, path, Message.of("tidtam.submission.date"), out);
      }
      case YES_NO -> expect(value.isBoolean(), path, Message.of("tidtam.submission.yesNo"), out);
      case IMAGE -> checkImage(value, path, out);
      case GROUP -> checkObject(value, field.children(), path, out);
      case MULTI_CHOICE -> {
        if (!value.isArray()) {
          out.add(error(path, Message.of("tidtam.submission.list")));
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          checkChoice(value.get(i), field, path + "[" + i + "]", out);
        }
      }
      case TABLE -> {
        if (!value.isArray()) {
          out.add(error(path, Message.of("tidtam.submission.list")));
          return;
        }
        boolean rows = field.javaType().isRecord() && field.javaType() != Image.class;
        for (int i = 0; i < value.size(); i++) {
          String at = path + "[" + i + "]";
          if (rows) {
            checkObject(value.get(i), field.children(), at, out);
          } else {
            checkValue(value.get(i), field.children().getFirst(), at, out);
          }
        }
      }
    }
  }

  private static void checkChoice(JsonNode value, Field field, String path, List<Violation> out) {
    if (!value.isString()) {
      out.add(error(path, Message.of("tidtam.submission.choice.text")));
      return;
    }
    if (!field.choices().isEmpty()
        && field.choices().stream().noneMatch(c -> c.value().equals(value.stringValue()))) {
      out.add(
          error(
              path,
              Message.of(
                  "tidtam.submission.choice.unknown",
                  "value",
                  value.stringValue(),
                  "choices",
                  field.choices().stream().map(Choice::value).collect(Collectors.joining(", ")))));
    }
  }

  private static void checkImage(JsonNode value, String path, List<Violation> out) {
    if (!value.isObject()) {
      out.add(error(path, Message.of("tidtam.submission.image")));
      return;
    }
    for (String name : value.propertyNames()) {
      if (!Set.of("fileName", "mediaType", "data").contains(name)) {
        out.add(error(join(path, name), unknown(name)));
      }
    }
    JsonNode fileName = value.get("fileName");
    if (fileName != null && !fileName.isNull() && !fileName.isString()) {
      out.add(error(join(path, "fileName"), Message.of("tidtam.submission.text")));
    }
    JsonNode mediaType = value.get("mediaType");
    expect(
        mediaType != null && mediaType.isString(),
        join(path, "mediaType"),
        Message.of("tidtam.submission.image.mediaType"),
        out);
    JsonNode data = value.get("data");
    byte[] bytes = null;
    if (data != null && data.isString()) {
      try {
        bytes = Base64.getMimeDecoder().decode(data.stringValue());
      } catch (IllegalArgumentException e) {
        bytes = null;
      }
    }
    expect(bytes != null, join(path, "data"), Message.of("tidtam.submission.image.base64"), out);
    if (bytes != null) {
      expect(
          isPngOrJpeg(bytes),
          join(path, "data"),
          Message.of("tidtam.submission.image.format"),
          out);
    }
  }

  private static boolean isPngOrJpeg(byte[] b) {
    boolean png =
        b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    return png || jpeg;
  }

  private static void expect(boolean ok, String path, Message message, List<Violation> out) {
    if (!ok) {
      out.add(error(path, message));
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Message unknown(String name) {
    return Message.of("tidtam.submission.unknownField", "name", name);
  }

  private static Violation error(String path, Message message) {
    return Violation.error(path, message);
  }

  private static SubmissionFormatException fail(String path, Message message) {
    return new SubmissionFormatException(List.of(error(path, message)));
  }

  /** The Jackson path of an error in the {@code a[2].b} form. */
  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static Message message(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return unknown(u.getPropertyName());
    }
    Throwable cause = e.getCause();
    String detail =
        cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
    return Message.of("tidtam.submission.invalid", "detail", String.valueOf(detail));
  }

  /** Keeps {@link Computed} methods out of the JSON, whatever their names. */
  private static final class IgnoreComputed extends JacksonAnnotationIntrospector {
    @Override
    public boolean hasIgnoreMarker(MapperConfig<?> config, AnnotatedMember m) {
      return m.hasAnnotation(Computed.class) || super.hasIgnoreMarker(config, m);
    }
  }
}
