package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** One activity or step of the project with its plan, what really happened and its money. */
@ActivityConsistency(groups = Complete.class)
public record Activity(
    @Label(th = "กิจกรรม/ขั้นตอน", en = "Activity or step")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String step,
    @Label(th = "ขั้นตอน PDCA", en = "PDCA phase") @Nullable PdcaPhase phase,
    @Label(th = "ระยะเวลาตามแผน (เริ่ม)", en = "Planned from")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        LocalDate plannedFrom,
    @Label(th = "ระยะเวลาตามแผน (สิ้นสุด)", en = "Planned to")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        LocalDate plannedTo,
    @Label(th = "ระยะเวลาจริง (เริ่ม)", en = "Actual from") @Nullable LocalDate actualFrom,
    @Label(th = "ระยะเวลาจริง (สิ้นสุด)", en = "Actual to") @Nullable LocalDate actualTo,
    @Label(th = "ผู้รับผิดชอบ", en = "Responsible") @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String responsible,
    @Label(th = "งบประมาณตามแผน (บาท)", en = "Planned budget (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal plannedBudget,
    @Label(th = "ค่าใช้จ่ายจริง (บาท)", en = "Actual cost (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal spent,
    @Label(th = "สถานะ", en = "Status")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        OperationStatus status,
    @Label(th = "ผลที่เกิดขึ้น", en = "Result")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String result,
    @Label(th = "เหตุผล/หมายเหตุ", en = "Reason or note")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String reason) {}
