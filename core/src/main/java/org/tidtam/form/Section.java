package org.tidtam.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a numbered section of a form at this record component; the component and those after it
 * belong to the section until the next {@code @Section}. Components before the first section form
 * an untitled leading section.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Section {
  /** The printed number, e.g. {@code "1"} for "ส่วนที่ 1". */
  String number();

  String th();

  String en() default "";
}
