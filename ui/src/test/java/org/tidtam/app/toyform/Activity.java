package org.tidtam.app.toyform;

import jakarta.validation.constraints.Digits;
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
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/** One row of the activities table. */
public record Activity(
    @Label(th = "กิจกรรม", en = "Activity")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 255, message = "{tidtam.tooLong}")
        String name,
    @Label(th = "วันที่", en = "Date") @Nullable LocalDate date,
    @Label(th = "ใช้จ่าย (บาท)", en = "Spent (baht)")
        @Kind(FieldType.MONEY)
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Digits(integer = 12, fraction = 2, message = "{tidtam.formtoy.baht}")
        @Nullable BigDecimal spent) {}
