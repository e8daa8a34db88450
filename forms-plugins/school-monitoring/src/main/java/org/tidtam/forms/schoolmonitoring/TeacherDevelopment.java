package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/** Teacher development in the year (ครู): PLC, training, Active Learning, Coding and AI. */
public record TeacherDevelopment(
    @Label(th = "จำนวนครูที่เข้าร่วมชุมชนการเรียนรู้ทางวิชาชีพ (PLC)", en = "Teachers in a PLC")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int inPlc,
    @Label(th = "ชั่วโมงการพัฒนาเฉลี่ยต่อคน", en = "Training hours per teacher")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal trainingHours,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน Active Learning", en = "Trained in Active Learning")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int activeLearning,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน Coding", en = "Trained in Coding")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int coding,
    @Label(th = "ครูที่ได้รับการพัฒนาด้าน AI", en = "Trained in AI")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int ai) {

  /**
   * The training hours as printed: one decimal at most ({@code 12.5}, {@code 12}), with digit
   * grouping; nothing when not given.
   */
  @Computed
  @Label(th = "ชั่วโมงการพัฒนาเฉลี่ยต่อคน (พิมพ์)", en = "Training hours per teacher (printed)")
  public @Nullable String trainingHoursText() {
    if (trainingHours == null) {
      return null;
    }
    BigDecimal hours = trainingHours.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    DecimalFormat format =
        new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(hours);
  }
}
