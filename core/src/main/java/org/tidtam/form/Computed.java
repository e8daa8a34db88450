package org.tidtam.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a no-argument method of a form record as a computed, read-only field (a total, a
 * percentage, an "achieved" flag). Computed fields appear in the schema and in templates but never
 * in the submission JSON: users never type them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Computed {}
