package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;

/** Teacher development in the year (ครู): PLC, training, Active Learning, Coding and AI. */
public record TeacherDevelopment(
    @Label(th = "จำนวนครูที่เข้าร่วมชุมชนการเรียนรู้ทางวิชาชีพ (PLC)", en = "Teachers in a PLC")
        @PositiveOrZero(message = "{tidtam.form73.notNegative}")
        int inPlc,
    @Label(th = "ชั่วโมงการพัฒนาเฉลี่ยต่อคน", en = "Training hours per teacher")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal trainingHours,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน Active Learning", en = "Trained in Active Learning")
        @PositiveOrZero(message = "{tidtam.form73.notNegative}")
        int activeLearning,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน Coding", en = "Trained in Coding")
        @PositiveOrZero(message = "{tidtam.form73.notNegative}")
        int coding,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน AI", en = "Trained in AI")
        @PositiveOrZero(message = "{tidtam.form73.notNegative}")
        int ai) {}
