package org.tidtam.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/** A numbered section of a form schema and its fields, in record order. */
public record FormSection(
    @Nullable String number, @Nullable LocalizedText title, List<Field> fields) {
  public FormSection {
    fields = List.copyOf(fields);
  }
}
