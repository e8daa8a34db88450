package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tidtam.thai.Round;
import org.tidtam.validation.RuleReport;

/**
 * Part 3 follows the levels the school teaches. Results of a level it does not teach are refused
 * (RT, NT, O-NET ป.6 and the screening need primary, O-NET ม.3 lower secondary, the early-childhood
 * SAR standards kindergarten classes). In the 12-month report the results of the levels it does
 * teach are required: RT when the school has pupils in ป.1, NT when it has pupils in ป.3 (a small
 * school may have neither in a year), and the SAR level of every standard that applies; the
 * screening reports the skills the school screened, which may be fewer than four. Each skill of the
 * screening is reported once.
 */
@Documented
@Constraint(validatedBy = LevelSections.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LevelSections {
  String message() default "{tidtam.form73.levelNotOffered.PRIMARY}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<LevelSections, SchoolMonitoring> {
    private static final String REQUIRED = "tidtam.required12m";

    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      boolean final12m = form.round() == Round.ROUND_12M;
      String notPrimary = "tidtam.form73.levelNotOffered." + Level.PRIMARY.name();
      if (!form.teachesPrimary()) {
        if (form.rt() != null) {
          rules.at("rt", notPrimary);
        }
        if (form.nt() != null) {
          rules.at("nt", notPrimary);
        }
        if (form.onetP6() != null) {
          rules.at("onetP6", notPrimary);
        }
        if (!form.screening().isEmpty()) {
          rules.at("screening", notPrimary);
        }
      } else if (final12m) {
        if (form.rt() == null && form.hasPupils(Grade.P1)) {
          rules.at("rt", REQUIRED);
        } else if (form.rt() != null) {
          if (form.rt().readingAloud() == null) {
            rules.at("rt.readingAloud", REQUIRED);
          }
          if (form.rt().readingComprehension() == null) {
            rules.at("rt.readingComprehension", REQUIRED);
          }
        }
        if (form.nt() == null && form.hasPupils(Grade.P3)) {
          rules.at("nt", REQUIRED);
        } else if (form.nt() != null) {
          if (form.nt().thai() == null) {
            rules.at("nt.thai", REQUIRED);
          }
          if (form.nt().math() == null) {
            rules.at("nt.math", REQUIRED);
          }
        }
      }
      if (!form.teachesBasicEducation() && form.gpa() != null && !form.gpa().rows().isEmpty()) {
        rules.at("gpa", notPrimary);
      }
      if (!form.teachesLowerSecondary() && form.onetM3() != null) {
        rules.at("onetM3", "tidtam.form73.levelNotOffered." + Level.LOWER_SECONDARY.name());
      }
      List<ScreeningRow> rows = form.screening();
      Set<ReadingSkill> seen = EnumSet.noneOf(ReadingSkill.class);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).skill() != null && !seen.add(rows.get(i).skill())) {
          rules.atRow("screening", i, "skill", "tidtam.form73.screening.duplicateSkill");
        }
      }
      checkSar(form, final12m, rules);
      return rules.valid();
    }

    private static void checkSar(SchoolMonitoring form, boolean final12m, RuleReport rules) {
      SarResult sar = form.sar();
      boolean basic = form.teachesBasicEducation();
      if (sar == null) {
        if (final12m && !form.levels().isEmpty()) {
          rules.at("sar", REQUIRED);
        }
        return;
      }
      if (!form.teachesEarlyChildhood()) {
        String key = "tidtam.form73.levelNotOffered." + Level.EARLY_CHILDHOOD.name();
        if (sar.childQuality() != null) {
          rules.at("sar.childQuality", key);
        }
        if (sar.childManagement() != null) {
          rules.at("sar.childManagement", key);
        }
        if (sar.childExperience() != null) {
          rules.at("sar.childExperience", key);
        }
      } else if (final12m) {
        if (sar.childQuality() == null) {
          rules.at("sar.childQuality", REQUIRED);
        }
        if (sar.childManagement() == null) {
          rules.at("sar.childManagement", REQUIRED);
        }
        if (sar.childExperience() == null) {
          rules.at("sar.childExperience", REQUIRED);
        }
      }
      if (basic && final12m) {
        if (sar.learnerQuality() == null) {
          rules.at("sar.learnerQuality", REQUIRED);
        }
        if (sar.management() == null) {
          rules.at("sar.management", REQUIRED);
        }
        if (sar.teaching() == null) {
          rules.at("sar.teaching", REQUIRED);
        }
      }
    }
  }
}
