package org.tidtam.forms.esamonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.RuleReport;

/** A suggestion (ข้อเสนอแนะ) to OBEC, to the office or to another body, which is then named. */
@Suggestion.OtherNamed(groups = Complete.class)
public record Suggestion(
    @Label(th = "ข้อเสนอแนะต่อ", en = "Addressed to")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        Addressee addressee,
    @Label(th = "หน่วยงานอื่น (ระบุ)", en = "Other body")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String otherAddressee,
    @Label(th = "ข้อเสนอแนะ", en = "Suggestion")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        String text) {

  /** The addressee as printed: สพฐ., สพป. or the named other body. */
  @Computed
  @Label(th = "ผู้รับข้อเสนอแนะ", en = "Addressee as printed")
  public String addresseeText() {
    if (addressee == Addressee.OTHER && otherAddressee != null && !otherAddressee.isBlank()) {
      return otherAddressee.strip();
    }
    return addressee == null ? "" : addressee.label().th();
  }

  /** "อื่น ๆ" needs the name of the body. */
  @Documented
  @Constraint(validatedBy = OtherNamed.Validator.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface OtherNamed {
    String message() default "{tidtam.form71.suggestion.otherRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rule; see the annotation. */
    final class Validator implements ConstraintValidator<OtherNamed, Suggestion> {
      @Override
      public boolean isValid(Suggestion s, ConstraintValidatorContext context) {
        if (s.addressee() != Addressee.OTHER || !Checks.blank(s.otherAddressee())) {
          return true;
        }
        RuleReport.of(context).at("otherAddressee", "tidtam.form71.suggestion.otherRequired");
        return false;
      }
    }
  }
}
