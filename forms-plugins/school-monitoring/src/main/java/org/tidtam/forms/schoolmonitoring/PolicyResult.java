package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * One row of part 2: what the school did on one OBEC policy item of the year. The item's number and
 * text are copied from the catalog when the report is prefilled, so the printed form needs no
 * catalog.
 */
@PolicyResultComplete(groups = Complete.class)
public record PolicyResult(
    @Label(th = "รหัสนโยบาย", en = "Policy code")
        @CatalogRef(ReferenceKind.OBEC_POLICY)
        @NotBlank(message = "{tidtam.required}")
        String policyCode,
    @Label(th = "ข้อ", en = "No.") int number,
    @Label(th = "นโยบาย", en = "Policy")
        @NotBlank(message = "{tidtam.required}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String policy,
    @Label(th = "การดำเนินงาน", en = "Status")
        @NotNull(groups = Complete.class, message = "{tidtam.form73.policy.statusRequired}")
        @Nullable PolicyStatus status,
    @Label(th = "เหตุผลที่ไม่ได้ดำเนินการ", en = "Reason not done")
        @CleanText
        @Size(max = 1000, message = "{tidtam.tooLong}")
        @Nullable String notDoneReason,
    @Label(th = "โครงการ/กิจกรรมที่ดำเนินการ", en = "Projects and activities")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String activities,
    @Label(th = "ผลการดำเนินงาน", en = "Results")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String results,
    @Label(th = "หลักฐาน (ลิงก์)", en = "Evidence (link)")
        @Pattern(regexp = "https?://\\S+", message = "{tidtam.form73.url.format}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        @Nullable String evidenceUrl) {

  /** A row for a catalog item, not yet answered. */
  public static PolicyResult open(String code, int number, String policy) {
    return new PolicyResult(code, number, policy, null, null, null, null, null);
  }
}
