package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** One award or best practice of the year (ผลงานดีเด่น/รางวัล). */
public record Award(
    @Label(th = "ชื่อผลงาน/รางวัล", en = "Award or work")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 500, message = "{tidtam.tooLong}")
        String name,
    @Label(th = "ระดับ", en = "Level")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Nullable AwardLevel level,
    @Label(th = "ผู้ได้รับ", en = "Recipient")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Nullable Recipient recipient,
    @Label(th = "ชื่อผู้ได้รับ", en = "Recipient's name")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String recipientName,
    @Label(th = "วันที่ได้รับ", en = "Date") @Nullable LocalDate date) {}
