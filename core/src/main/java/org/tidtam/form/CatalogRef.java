package org.tidtam.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tidtam.catalog.ReferenceKind;

/**
 * A {@code String} (or {@code List<String>}) field whose value is the code of a catalog item of the
 * given kind: the editor offers the catalog's items of the form's fiscal year as choices.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface CatalogRef {
  ReferenceKind value();
}
