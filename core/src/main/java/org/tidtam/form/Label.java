package org.tidtam.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Thai and English label of a form, a field (record component) or a computed value. The Thai
 * label is what users see first; English is the second language.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE, ElementType.FIELD})
public @interface Label {
  String th();

  String en() default "";
}
