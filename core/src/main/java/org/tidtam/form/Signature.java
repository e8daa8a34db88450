package org.tidtam.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.Complete;

/**
 * A signature block of a Thai government form (ผู้รายงาน, ผู้รับรอง, ผู้อนุมัติ ...): the name
 * printed in parentheses under the dotted line, the position on the next line, and the date. Shared
 * by the forms so that every document signs the same way.
 */
public record Signature(
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
    @Label(th = "วันที่", en = "Date") @Nullable LocalDate date) {

  /**
   * The name as printed under the signature line: the prefix joined to the name, e.g. นางสาวสมใจ
   * ใจดี.
   */
  @Computed
  @Label(th = "ชื่อพร้อมคำนำหน้า", en = "Name with title")
  public String displayName() {
    String p = prefix == null ? "" : prefix.strip();
    return p + (name == null ? "" : name.strip());
  }
}
