package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** One planned target of the project (เป้าหมายเชิงปริมาณ / เชิงคุณภาพ) as written in the plan. */
public record ProjectTarget(
    @Label(th = "ตัวชี้วัด", en = "Indicator")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String indicator,
    @Label(th = "ค่าเป้าหมาย", en = "Target")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String target,
    @Label(th = "หน่วยนับ", en = "Unit") @Size(max = 64, message = "{tidtam.tooLong}")
        @Nullable String unit) {}
