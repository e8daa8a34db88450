package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.CleanText;

/** What the school did to reduce teachers' non-teaching work (ลดภาระงานครู, FY2569 Quick Win). */
public record WorkloadReduction(
    @Label(th = "การดำเนินงานลดภาระงานครู", en = "What was done")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String measures,
    @Label(th = "ชั่วโมงที่ลดลงต่อสัปดาห์ต่อครู", en = "Hours saved per teacher per week")
        @DecimalMin(value = "0", message = "{tidtam.notNegative}")
        @Nullable BigDecimal hoursSavedPerWeek,
    @Label(th = "จำนวนงานเอกสาร/รายงานที่ยกเลิกหรือลดลง", en = "Paperwork items dropped")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int paperworkReduced) {}
