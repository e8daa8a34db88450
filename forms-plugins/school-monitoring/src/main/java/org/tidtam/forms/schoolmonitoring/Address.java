package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * Where the school is, below its district (อำเภอ, a field of the form) and the office's province:
 * the village number (หมู่ที่, none in a town), the sub-district (ตำบล) and the 5-digit postcode.
 */
public record Address(
    @Label(th = "หมู่ที่", en = "Village no.")
        @Min(value = 1, message = "{tidtam.form73.address.village}")
        @Max(value = 99, message = "{tidtam.form73.address.village}")
        @Nullable Integer village,
    @Label(th = "ตำบล", en = "Sub-district")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 100, message = "{tidtam.tooLong}")
        @Nullable String subdistrict,
    @Label(th = "รหัสไปรษณีย์", en = "Postcode")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Pattern(regexp = "\\d{5}", message = "{tidtam.form73.address.postcode}")
        @Nullable String postcode) {

  /** The address as printed before the district, e.g. {@code หมู่ที่ 3 ตำบลไสไทย}. */
  String beforeDistrict() {
    StringBuilder out = new StringBuilder();
    if (village != null) {
      out.append("หมู่ที่ ").append(village).append(' ');
    }
    if (subdistrict != null && !subdistrict.isBlank()) {
      out.append("ตำบล").append(subdistrict.strip()).append(' ');
    }
    return out.toString();
  }
}
