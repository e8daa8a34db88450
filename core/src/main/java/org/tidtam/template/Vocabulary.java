package org.tidtam.template;

import java.util.Map;

/**
 * What the paths of a template may name: the linter checks every placeholder against it when the
 * template is compiled. Built from a form's schema by the form layer; {@link #ANY} checks nothing.
 */
public sealed interface Vocabulary {

  /** Accepts every path (no checking). */
  Vocabulary ANY = new Any();

  /** Accepts every path: the no-lint mode of a template rendered with data of unknown shape. */
  static Vocabulary any() {
    return ANY;
  }

  /**
   * The shape of JSON data: an object names its members, an array is a list of its elements' shapes
   * merged (members of every element united), a {@code yyyy-MM-dd} string is a date, other scalars
   * are values, {@code null} and empty arrays' elements accept anything.
   */
  static Vocabulary ofJson(tools.jackson.databind.JsonNode data) {
    return JsonShapes.shape(data);
  }

  /** A single value to print (text, number, date, yes/no, choice). */
  record Value(ValueType type) implements Vocabulary {}

  /** An object with named members (a record, a group). */
  record Members(Map<String, Vocabulary> members) implements Vocabulary {
    public Members {
      members = Map.copyOf(members);
    }
  }

  /** A list that {@code #each} can loop over. */
  record ListOf(Vocabulary element) implements Vocabulary {}

  /** An image that {@code %image} can place. */
  record ImageValue() implements Vocabulary {}

  /** Anything at all: nothing below it is checked. */
  record Any() implements Vocabulary {}

  /** The kinds of values, so that formatters can be checked against what they format. */
  enum ValueType {
    TEXT,
    INTEGER,
    DECIMAL,
    DATE,
    BOOLEAN,
    CHOICE
  }
}
