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
 * @param children the columns of a table of records, or the fields of a group
 * @param constraints simple bounds for editors and JSON Schema: {@code maxLength}, {@code
 *     minLength}, {@code minItems}, {@code maxItems}, {@code integerDigits}, {@code fractionDigits}
 *     (Integer); {@code min}, {@code max}, {@code exclusiveMin}, {@code exclusiveMax} (BigDecimal);
 *     {@code pattern} (String). Absent keys mean no bound; constraints with the {@code Warning}
 *     payload are not bounds.
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
