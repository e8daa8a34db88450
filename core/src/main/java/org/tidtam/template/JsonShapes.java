package org.tidtam.template;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** JSON data as a template sees it: its values for rendering, its shape for linting. */
final class JsonShapes {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private JsonShapes() {}

  /**
   * Objects become maps (in member order), arrays lists, whole numbers {@code Long} or {@code
   * BigDecimal}, other numbers {@code BigDecimal}, {@code yyyy-MM-dd} strings {@code LocalDate}.
   */
  static @Nullable Object value(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        Object v = value(e.getValue());
        if (v != null) {
          map.put(e.getKey(), v);
        }
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        list.add(value(element));
      }
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    String text = node.asString();
    LocalDate date = date(text);
    return date != null ? date : text;
  }

  private static @Nullable LocalDate date(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Vocabulary shape(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Vocabulary.ANY;
    }
    if (node.isObject()) {
      Map<String, Vocabulary> members = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        members.put(e.getKey(), shape(e.getValue()));
      }
      return new Vocabulary.Members(members);
    }
    if (node.isArray()) {
      Vocabulary element = null;
      for (JsonNode e : node) {
        element = element == null ? shape(e) : merge(element, shape(e));
      }
      return new Vocabulary.ListOf(element == null ? Vocabulary.ANY : element);
    }
    if (node.isBoolean()) {
      return new Vocabulary.Value(Vocabulary.ValueType.BOOLEAN);
    }
    if (node.isIntegralNumber()) {
      return new Vocabulary.Value(Vocabulary.ValueType.INTEGER);
    }
    if (node.isNumber()) {
      return new Vocabulary.Value(Vocabulary.ValueType.DECIMAL);
    }
    return new Vocabulary.Value(
        date(node.asString()) != null ? Vocabulary.ValueType.DATE : Vocabulary.ValueType.TEXT);
  }

  /** The shape that admits both: members united, list elements merged, unlike values any. */
  static Vocabulary merge(Vocabulary a, Vocabulary b) {
    if (a instanceof Vocabulary.Any) {
      return b;
    }
    if (b instanceof Vocabulary.Any) {
      return a;
    }
    if (a instanceof Vocabulary.Members ma && b instanceof Vocabulary.Members mb) {
      Map<String, Vocabulary> members = new LinkedHashMap<>(ma.members());
      mb.members().forEach((k, v) -> members.merge(k, v, JsonShapes::merge));
      return new Vocabulary.Members(members);
    }
    if (a instanceof Vocabulary.ListOf la && b instanceof Vocabulary.ListOf lb) {
      return new Vocabulary.ListOf(merge(la.element(), lb.element()));
    }
    if (a instanceof Vocabulary.Value va && b instanceof Vocabulary.Value vb) {
      if (va.equals(vb)) {
        return a;
      }
      boolean numbers =
          (va.type() == Vocabulary.ValueType.INTEGER || va.type() == Vocabulary.ValueType.DECIMAL)
              && (vb.type() == Vocabulary.ValueType.INTEGER
                  || vb.type() == Vocabulary.ValueType.DECIMAL);
      if (numbers) {
        return new Vocabulary.Value(Vocabulary.ValueType.DECIMAL);
      }
      return new Vocabulary.Value(Vocabulary.ValueType.TEXT);
    }
    return new Vocabulary.Any();
  }
}
