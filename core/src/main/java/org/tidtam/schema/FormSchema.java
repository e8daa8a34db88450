package org.tidtam.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;

/**
 * The schema of a form, derived from its record type and annotations. The editor, the template
 * linter, the JSON Schema export and the documentation are all driven by it.
 */
public record FormSchema(
    FormId id,
    int version,
    LocalizedText title,
    Class<? extends Record> type,
    List<FormSection> sections) {

  public FormSchema {
    sections = List.copyOf(sections);
  }

  /** Derives the schema of a plugin's form (cached per record type). */
  public static FormSchema of(FormPlugin<?> plugin) {
    return SchemaDeriver.derive(plugin);
  }

  /** All top-level fields, section after section. */
  public List<Field> fields() {
    List<Field> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.fields()));
    return all;
  }

  /**
   * The field at a dotted path without indices, e.g. {@code activities.spent}; a table's path names
   * the table, its columns continue the path.
   */
  public Optional<Field> field(String dottedPath) {
    List<Field> level = fields();
    Field found = null;
    for (String name : dottedPath.split("\\.")) {
      found = null;
      for (Field f : level) {
        if (f.name().equals(name)) {
          found = f;
          break;
        }
      }
      if (found == null) {
        return Optional.empty();
      }
      level = found.children();
    }
    return Optional.ofNullable(found);
  }
}
