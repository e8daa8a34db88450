package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.RuleReport;

/**
 * The academic year of each result the form reports: a result of an academic year that starts after
 * the fiscal year is an error ({@link #missing()} false); with {@code missing = true} (used as a
 * warning) a result given without its academic year is reported, since stored reports of the first
 * version of the form have none.
 */
@Documented
@Constraint(validatedBy = AcademicYears.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AcademicYears.List.class)
public @interface AcademicYears {
  String message() default "{tidtam.form73.academicYear.afterFiscalYear}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Report results without an academic year instead of years after the fiscal year. */
  boolean missing() default false;

  /** Both uses of the rule on the form. */
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    AcademicYears[] value();
  }

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<AcademicYears, SchoolMonitoring> {
    private boolean missing;

    @Override
    public void initialize(AcademicYears annotation) {
      missing = annotation.missing();
    }

    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      if (!form.knownYear()) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("fiscalYear", form.fiscalYear());
      for (Map.Entry<String, @Nullable Integer> e : years(form).entrySet()) {
        Integer year = e.getValue();
        if (missing && year == null) {
          rules.at(e.getKey(), "tidtam.form73.academicYear.missing");
        } else if (!missing && year != null && year > form.fiscalYear()) {
          rules.at(e.getKey(), "tidtam.form73.academicYear.afterFiscalYear");
        }
      }
      return rules.valid();
    }

    /** The path of each reported result's academic year and its value. */
    private static Map<String, @Nullable Integer> years(SchoolMonitoring form) {
      Map<String, @Nullable Integer> out = new LinkedHashMap<>();
      if (form.rt() != null) {
        out.put("rt.academicYear", form.rt().academicYear());
      }
      if (form.nt() != null) {
        out.put("nt.academicYear", form.nt().academicYear());
      }
      if (form.onetP6() != null) {
        out.put("onetP6.academicYear", form.onetP6().academicYear());
      }
      if (form.onetM3() != null) {
        out.put("onetM3.academicYear", form.onetM3().academicYear());
      }
      if (!form.screening().isEmpty()) {
        out.put("screeningYear", form.screeningYear());
      }
      if (form.gpa() != null && !form.gpa().rows().isEmpty()) {
        out.put("gpa.academicYear", form.gpa().academicYear());
      }
      if (form.sar() != null) {
        out.put("sar.academicYear", form.sar().academicYear());
      }
      return out;
    }
  }
}
