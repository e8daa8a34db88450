package org.tidtam.app.editor.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The values that differ between two versions of a submission's data, by path ({@code
 * activities[1].spent}), as the conflict dialog lists them: a row one side has and the other has
 * not is listed value by value.
 */
final class DocumentDiff {

  /** One value that differs; {@code null} where that side has no value. */
  record Difference(String path, @Nullable JsonNode mine, @Nullable JsonNode theirs) {}

  private DocumentDiff() {}

  static List<Difference> between(JsonNode mine, JsonNode theirs) {
    List<Difference> out = new ArrayList<>();
    walk("", present(mine), present(theirs), out);
    return List.copyOf(out);
  }

  private static void walk(
      String path, @Nullable JsonNode mine, @Nullable JsonNode theirs, List<Difference> out) {
    if (mine == null && theirs == null) {
      return;
    }
    if (isObject(mine, theirs)) {
      Set<String> names = new LinkedHashSet<>();
      if (mine != null) {
        names.addAll(mine.propertyNames());
      }
      if (theirs != null) {
        names.addAll(theirs.propertyNames());
      }
      for (String name : names) {
        walk(
            path.isEmpty() ? name : path + "." + name, child(mine, name), child(theirs, name), out);
      }
      return;
    }
    if (isRowList(mine, theirs)) {
      int size = Math.max(mine == null ? 0 : mine.size(), theirs == null ? 0 : theirs.size());
      for (int i = 0; i < size; i++) {
        walk(path + "[" + i + "]", element(mine, i), element(theirs, i), out);
      }
      return;
    }
    if (!same(mine, theirs)) {
      out.add(new Difference(path, mine, theirs));
    }
  }

  /** Both sides objects, or one an object and the other absent. */
  private static boolean isObject(@Nullable JsonNode a, @Nullable JsonNode b) {
    return (a == null || a.isObject()) && (b == null || b.isObject());
  }

  /** Lists of rows (objects) are compared row by row; lists of plain values as one value. */
  private static boolean isRowList(@Nullable JsonNode a, @Nullable JsonNode b) {
    return (a == null || a.isArray())
        && (b == null || b.isArray())
        && ((a != null && a.valueStream().anyMatch(JsonNode::isObject))
            || (b != null && b.valueStream().anyMatch(JsonNode::isObject)));
  }

  private static boolean same(@Nullable JsonNode a, @Nullable JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static @Nullable JsonNode child(@Nullable JsonNode node, String name) {
    return node == null ? null : present(node.get(name));
  }

  private static @Nullable JsonNode element(@Nullable JsonNode node, int i) {
    return node == null ? null : present(node.get(i));
  }

  /** A missing or null value, or an empty text, counts as no value. */
  private static @Nullable JsonNode present(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isString() && node.stringValue().isEmpty()) {
      return null;
    }
    return node;
  }
}
