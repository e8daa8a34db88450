package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** The teacher who prepared the report and signs it as ผู้รายงาน. */
public record Signer(
    @Label(th = "คำนำหน้าชื่อ", en = "Title") @Size(max = 64, message = "{tidtam.tooLong}")
        @Nullable String prefix,
    @Label(th = "ชื่อ-สกุล", en = "Name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String name,
    @Label(th = "ตำแหน่ง", en = "Position")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String position,
    @Label(th = "วันที่รายงาน", en = "Date")
        @NotNull(groups = Complete.class, message = "{tidtam.reporter.dateRequired}")
        @Nullable LocalDate date) {

  /** The name as printed under the signature line, e.g. นางสาวสมใจ ใจดี. */
  @Computed
  @Label(th = "ชื่อพร้อมคำนำหน้า", en = "Name with title")
  public String displayName() {
    return (prefix == null ? "" : prefix.strip()) + (name == null ? "" : name.strip());
  }
}
