package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import org.tidtam.form.Label;

/** Access and equity (โอกาสทางการศึกษา): children out of school, poverty and special needs. */
public record Access(
    @Label(th = "เด็กตกหล่น", en = "Children out of school")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int outOfSchool,
    @Label(th = "นักเรียนออกกลางคัน", en = "Dropouts")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int dropouts,
    @Label(th = "นักเรียนยากจน", en = "Poor students")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int poor,
    @Label(th = "นักเรียนยากจนพิเศษ (คัดกรอง กสศ.)", en = "Extremely poor students (EEF screening)")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int extremelyPoor,
    @Label(th = "นักเรียนพิการเรียนรวม", en = "Students with disabilities in inclusive classes")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int disabledInclusive) {}
