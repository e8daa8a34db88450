package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;
import org.tidtam.validation.ThaiPhone;

/** The school's director, who also certifies the report; an acting director is marked so. */
public record Director(
    @Label(th = "คำนำหน้าชื่อ", en = "Title") @Size(max = 64, message = "{tidtam.tooLong}")
        @Nullable String prefix,
    @Label(th = "ชื่อ-สกุล", en = "Name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String name,
    @Label(th = "โทรศัพท์", en = "Phone") @ThaiPhone @Nullable String phone,
    @Label(th = "รักษาการในตำแหน่ง", en = "Acting director") boolean acting) {

  /** The name as printed under the signature line, e.g. นายประเสริฐ ศรีสุข. */
  @Computed
  @Label(th = "ชื่อพร้อมคำนำหน้า", en = "Name with title")
  public String displayName() {
    return (prefix == null ? "" : prefix.strip()) + (name == null ? "" : name.strip());
  }
}
