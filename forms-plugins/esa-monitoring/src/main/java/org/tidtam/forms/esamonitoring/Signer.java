package org.tidtam.forms.esamonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** A person who signs section 6: the reporter or the certifying group director. */
public record Signer(
    @Label(th = "คำนำหน้าชื่อ", en = "Title") @Size(max = 64, message = "{tidtam.form71.tooLong}")
        @Nullable String prefix,
    @Label(th = "ชื่อ-สกุล", en = "Name")
        @NotBlank(groups = Complete.class, message = "{tidtam.form71.required}")
        @Size(max = 255, message = "{tidtam.form71.tooLong}")
        String name,
    @Label(th = "ตำแหน่ง", en = "Position")
        @NotBlank(groups = Complete.class, message = "{tidtam.form71.required}")
        @Size(max = 255, message = "{tidtam.form71.tooLong}")
        String position,
    @Label(th = "วันที่", en = "Date") @Nullable LocalDate date) {

  /** The name as printed in parentheses under the signature line, e.g. นางสาวสมใจ ใจดี. */
  @Computed
  @Label(th = "ชื่อพร้อมคำนำหน้า", en = "Name with title")
  public String displayName() {
    String p = prefix == null ? "" : prefix.strip();
    return p + (name == null ? "" : name.strip());
  }
}
