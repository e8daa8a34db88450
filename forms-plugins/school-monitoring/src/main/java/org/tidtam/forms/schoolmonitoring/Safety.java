package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import org.tidtam.form.Label;

/** Safety of learners and staff in the year (ความปลอดภัย). */
public record Safety(
    @Label(th = "มีแผนเผชิญเหตุ/แผนความปลอดภัย", en = "Has a safety plan") boolean safetyPlan,
    @Label(th = "จำนวนครั้งที่ฝึกซ้อมแผน", en = "Drills held")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int drills,
    @Label(th = "จำนวนเหตุการณ์ไม่ปลอดภัยที่เกิดขึ้น", en = "Incidents")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int incidents,
    @Label(th = "เรื่องที่แจ้งในระบบ MOE Safety Center", en = "MOE Safety Center cases")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int safetyCenterCases) {}
