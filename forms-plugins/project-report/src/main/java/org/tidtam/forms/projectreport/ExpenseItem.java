package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** The money spent in one expense category (รายละเอียดค่าใช้จ่ายจำแนกตามหมวด). */
public record ExpenseItem(
    @Label(th = "หมวดรายจ่าย", en = "Category")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        ExpenseCategory category,
    @Label(th = "จำนวนเงิน (บาท)", en = "Amount (baht)")
        @Kind(FieldType.MONEY)
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        BigDecimal amount,
    @Label(th = "รายละเอียด", en = "Details") @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String note) {}
