package org.tidtam.form.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Help;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Units;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * The measure of one indicator against its target, the same in every form (7.1's row of section 2,
 * 7.2's result of a project indicator, the annual report): the unit, the direction, the target (a
 * number, or a descriptive note), the result of the round, the optional counts it comes from, and
 * the assessment — computed from the direction, or given by the reporter with an explanation when
 * it differs from the computed one. Its values follow {@link IndicatorRules}.
 */
@IndicatorValues
@IndicatorComplete(groups = Complete.class)
@IndicatorRatioMatches(groups = Complete.class, payload = Warning.class)
public record IndicatorMeasure(
    @Label(th = "หน่วยนับ", en = "Unit")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 64, message = "{tidtam.tooLong}")
        String unit,
    @Label(th = "ทิศทางของตัวชี้วัด", en = "Direction")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        Direction direction,
    @Label(th = "ค่าเป้าหมาย", en = "Target") @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal target,
    @Label(th = "ค่าเป้าหมาย (ข้อความ)", en = "Target note")
        @Help(
            th = "สำหรับค่าเป้าหมายเชิงพรรณนาที่ไม่เป็นตัวเลข",
            en = "For a descriptive target that is not a number")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String targetNote,
    @Label(th = "ผลการดำเนินงาน", en = "Result") @Nullable BigDecimal result,
    @Label(th = "จำนวนที่ผ่านเกณฑ์ (ตัวตั้ง)", en = "Number passing (numerator)")
        @Help(
            th = "ระบุพร้อมจำนวนทั้งหมด (ตัวหาร) เพื่อคำนวณร้อยละ",
            en = "With the total, gives the %")
        @Nullable BigDecimal numerator,
    @Label(th = "จำนวนทั้งหมด (ตัวหาร)", en = "Total (denominator)")
        @Nullable BigDecimal denominator,
    @Label(th = "ผลการประเมิน (ระบุเอง)", en = "Assessment given by the reporter")
        @Help(
            th = "ระบบประเมินจากค่าเป้าหมายที่เป็นตัวเลข ระบุเองได้พร้อมคำชี้แจง",
            en = "Computed for a numeric target; give it for a descriptive one")
        @Nullable Assessment assessmentOverride,
    @Label(th = "คำชี้แจงการปรับผลการประเมิน", en = "Explanation of the manual assessment")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String explanation,
    @Label(th = "สาเหตุที่ไม่บรรลุเป้าหมาย", en = "Reason the target was not met")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String notAchievedReason) {

  /**
   * An invented 12-month result of a catalog indicator for demo data: its unit, direction and
   * target, and a result that meets the target or falls a little short of it in the indicator's
   * direction (percentages stay within 0 to 100). A missing target counts as 80.
   *
   * @param achieved whether the result meets the target
   * @param notAchievedReason the reason a missed target needs (ignored when achieved)
   */
  public static IndicatorMeasure demo(
      Indicator indicator,
      boolean achieved,
      @Nullable String notAchievedReason,
      RandomGenerator random) {
    Direction direction = Direction.orDefault(indicator.direction());
    BigDecimal target = indicator.target() == null ? new BigDecimal("80") : indicator.target();
    boolean percent = IndicatorRules.percentUnit(indicator.unit());
    boolean higher = direction.achieved(target.add(BigDecimal.ONE), target);
    double t = target.doubleValue();
    double r;
    if (achieved) {
      r = higher ? t * random.nextDouble(1.0, 1.12) : t * random.nextDouble(0.5, 1.0);
    } else {
      r = higher ? t * random.nextDouble(0.82, 0.97) : t * random.nextDouble(1.1, 1.6);
    }
    if (percent) {
      r = Math.min(100, Math.max(0, r));
    }
    BigDecimal result = BigDecimal.valueOf(r).setScale(2, RoundingMode.HALF_UP);
    if (direction.achieved(result, target) != achieved) {
      result =
          achieved ? target : higher ? target.subtract(BigDecimal.ONE) : target.add(BigDecimal.ONE);
    }
    boolean noTarget = indicator.target() == null;
    return new IndicatorMeasure(
        indicator.unit(),
        indicator.direction(),
        indicator.target(),
        indicator.targetNote(),
        result,
        null,
        null,
        noTarget ? Assessment.ofAchieved(achieved) : null,
        noTarget ? Objects.requireNonNullElse(indicator.targetNote(), indicator.unit()) : null,
        achieved ? null : notAchievedReason);
  }

  /** Whether values are percentages (ร้อยละ) and so lie between 0 and 100. */
  public boolean percentUnit() {
    return IndicatorRules.percentUnit(unit);
  }

  /** The percentage from the counts, e.g. 412 of 468 pupils: 88.03; null without both counts. */
  @Computed
  @Label(th = "ร้อยละจากจำนวนที่นับได้", en = "Percentage from the counts")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal ratioPercent() {
    return Amounts.percent(numerator, denominator);
  }

  /**
   * The percentage from the counts when the result is a percentage (unit ร้อยละ); null otherwise,
   * since for other units the counts are information only and cannot stand for the result.
   */
  public @Nullable BigDecimal countedResult() {
    return percentUnit() ? ratioPercent() : null;
  }

  /** The result the assessment uses: from the counts for a percentage, else as typed. */
  @Computed
  @Label(th = "ผลการดำเนินงาน (ที่ใช้ประเมิน)", en = "Result assessed")
  public @Nullable BigDecimal resultValue() {
    BigDecimal counted = countedResult();
    return counted != null ? counted : result;
  }

  /**
   * The result as a percentage of the target in the indicator's direction ({@link
   * Direction#percentOfTarget}); it may exceed 100. Null without a result or a numeric target.
   */
  @Computed
  @Label(th = "ร้อยละของค่าเป้าหมาย", en = "Percent of target")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal percentOfTarget() {
    return Direction.orDefault(direction).percentOfTarget(resultValue(), target);
  }

  /** The assessment the result gives in the indicator's direction; in progress without one. */
  @Computed
  @Label(th = "ผลการประเมินตามเกณฑ์", en = "Computed assessment")
  public Assessment computedAssessment() {
    return Assessment.of(direction, resultValue(), target);
  }

  /**
   * Whether the target is only descriptive (a note, no number): then nothing can be computed and
   * the reporter's assessment is the assessment, not an override needing an explanation.
   */
  @Computed
  @Label(th = "ค่าเป้าหมายเชิงพรรณนา", en = "Descriptive target")
  public boolean descriptiveTarget() {
    return target == null && targetNote != null && !targetNote.isBlank();
  }

  /** The reporter's assessment when given, else the computed one. */
  @Computed
  @Label(th = "ผลการประเมิน", en = "Assessment")
  public Assessment assessment() {
    return assessmentOverride != null ? assessmentOverride : computedAssessment();
  }

  /** Whether the reporter's assessment contradicts the computed one (and so needs explaining). */
  @Computed
  @Label(th = "ปรับผลการประเมินแล้ว", en = "Assessment overridden")
  public boolean overridden() {
    return assessmentOverride != null
        && !descriptiveTarget()
        && assessmentOverride != computedAssessment();
  }

  /** Achieved or not as a yes/no, null while in progress: what other forms see. */
  public @Nullable Boolean achieved() {
    return assessment().achieved();
  }

  /**
   * The target as printed, with the decimals of its unit ({@link Units#decimals}) and "≤" for a
   * lower-is-better indicator; the note when the target is not a number.
   */
  @Computed
  @Label(th = "ค่าเป้าหมายที่แสดง", en = "Target as printed")
  public String targetText() {
    if (target != null) {
      return (direction == Direction.LOWER_IS_BETTER ? "≤ " : "") + format(target);
    }
    return targetNote == null ? "" : targetNote;
  }

  /** The result assessed as printed, with the decimals of its unit; empty without a result. */
  @Computed
  @Label(th = "ผลการดำเนินงานที่แสดง", en = "Result as printed")
  public String resultText() {
    BigDecimal value = resultValue();
    return value == null ? "" : format(value);
  }

  /**
   * A value of this indicator with the decimals of its unit: 2 for percentages and scores, none for
   * persons and levels (a fraction typed for those is kept, with 2 decimals).
   */
  public String format(@Nullable BigDecimal value) {
    if (value == null) {
      return "";
    }
    int decimals = Units.decimals(unit);
    if (decimals == 0 && value.stripTrailingZeros().scale() > 0) {
      decimals = 2;
    }
    DecimalFormat f =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }
}
