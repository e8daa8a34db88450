package org.tidtam.testforms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * A form with a field for each rule the JSON Schema export says, and a few it cannot say, for the
 * schema tests (registered as {@code T.3} with {@link TestPlugins}).
 */
public record Bounded(
    @NotBlank @Size(max = 20) String code,
    @NotEmpty String title,
    @Size(min = 2, max = 5) @Nullable String shortText,
    @Length(max = 10) @Nullable String length,
    @Email @Size(max = 255) @Nullable String email,
    @Pattern(regexp = "\\d{8}|\\d{10}") @Nullable String schoolCode,
    @Pattern(regexp = "https?://\\S+") @Nullable String url,
    @Pattern(regexp = "[a-z]{2}", flags = Pattern.Flag.CASE_INSENSITIVE) @Nullable String flagged,
    @Pattern(regexp = "(?<year>[0-9]{4})") @Nullable String named,
    @Kind(FieldType.LONG_TEXT) @CleanText @NotBlank(groups = Complete.class) @Size(max = 100)
        String note,
    @Size(max = 3, payload = Warning.class) @Nullable String warned,
    @Positive @Nullable BigDecimal positive,
    @Negative @Nullable Integer negative,
    @PositiveOrZero @Max(10) int count,
    @Min(1) @Max(12) int month,
    @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false)
        @Nullable BigDecimal share,
    @Kind(FieldType.MONEY) @Digits(integer = 3, fraction = 2) @Nullable BigDecimal amount,
    @Range(min = 1, max = 5) @Nullable Long rating,
    @Nullable Long total,
    @AssertTrue boolean agreed,
    @Size(min = 1, max = 3) List<@NotBlank @Size(max = 30) String> tags,
    List<@Pattern(regexp = "[0-9]{3}") String> codes,
    @CatalogRef(ReferenceKind.SCHOOL) @Size(max = 2) List<@Size(max = 10) String> schools,
    @NotEmpty(groups = Complete.class) Set<Priority> priorities,
    @CatalogRef(ReferenceKind.ORG_GROUP) @NotBlank @Size(max = 10) String group,
    @Past @Nullable LocalDate founded) {

  public Bounded {
    tags = tags == null ? List.of() : tags;
    codes = codes == null ? List.of() : codes;
    schools = schools == null ? List.of() : schools;
    priorities = priorities == null ? Set.of() : priorities;
  }
}
