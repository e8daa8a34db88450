package org.tidtam.testforms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** One row of the activities table. */
public record Row(
    @Label(th = "รายการ", en = "Item") @NotBlank(groups = Complete.class) String name,
    @Label(th = "งบประมาณที่ได้รับ", en = "Allocated") @Kind(FieldType.MONEY) @PositiveOrZero
        @Nullable BigDecimal allocated,
    @Label(th = "ใช้จ่ายจริง", en = "Spent") @Kind(FieldType.MONEY) @NotNull @PositiveOrZero
        BigDecimal amount) {

  @Computed
  @Label(th = "คงเหลือ", en = "Remaining")
  @Kind(FieldType.MONEY)
  public BigDecimal remaining() {
    return (allocated == null ? BigDecimal.ZERO : allocated).subtract(amount);
  }
}
