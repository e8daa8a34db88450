package org.tidtam.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.FieldType;
import org.tidtam.form.Label;
import org.tidtam.i18n.LocalizedText;

/**
 * One field of a form schema.
 *
 * @param name the record component (or computed method) name, e.g. {@code spent}
 * @param type the field type
 * @param label Thai and English label; the name itself when the component has no {@link Label}
 * @param help optional help text
 * @param javaType the declared Java type (the element type for tables and multi-choices)
 * @param required whether a submission (not a draft) must fill it
 * @param computed whether it is computed from other fields (read-only, never in the JSON input)
 * @param choices the options of an enum choice; empty for catalog references and other types
 * @param reference the catalog kind of a catalog choice, or null
 * @param children the columns of a table of records, or the fields of a group; for a list of single
 *     values (a table of texts, a multi-choice) one field {@code value} that describes each element
 *     with the constraints on the element type ({@code List<@Size(max = 1000) String>})
 * @param constraints the rules of the value for editors and JSON Schema, from the constraints of
 *     the default and the {@code Complete} group (constraints with the {@code Warning} payload are
 *     not rules): {@code maxLength}, {@code minLength} (in characters), {@code minItems}, {@code
 *     maxItems}, {@code integerDigits}, {@code fractionDigits} (Integer); {@code min}, {@code max},
 *     {@code exclusiveMin}, {@code exclusiveMax} (BigDecimal); {@code pattern} (a List of Java
 *     regular expressions that must all match the whole text); {@code format} ({@code "email"});
 *     {@code notBlank}, {@code cleanText} (Boolean.TRUE: the text must have a character that is not
 *     white space, or not filler); {@code const} (the Boolean an {@code @AssertTrue} or
 *     {@code @AssertFalse} demands). Absent keys mean no rule.
 */
public record Field(
    String name,
    FieldType type,
    LocalizedText label,
    @Nullable LocalizedText help,
    Class<?> javaType,
    boolean required,
    boolean computed,
    List<Choice> choices,
    @Nullable ReferenceKind reference,
    List<Field> children,
    java.util.Map<String, Object> constraints) {

  public Field {
    choices = List.copyOf(choices);
    children = List.copyOf(children);
    constraints = java.util.Map.copyOf(constraints);
  }
}
