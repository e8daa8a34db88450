package org.tidtam.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Refines the field type that the schema would infer from the Java type: a {@code String} is {@link
 * FieldType#TEXT} unless marked {@link FieldType#LONG_TEXT}; a {@code BigDecimal} is {@link
 * FieldType#DECIMAL} unless marked {@link FieldType#MONEY} or {@link FieldType#PERCENT}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Kind {
  FieldType value();
}
