package org.tidtam.form.monitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * ผลการประเมิน of a target: achieved, not achieved, or in progress (only before the 12-month
 * round). The same three labels in every form.
 */
public enum Assessment implements Labeled {
  ACHIEVED("บรรลุเป้าหมาย", "Achieved"),
  NOT_ACHIEVED("ไม่บรรลุเป้าหมาย", "Not achieved"),
  IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress");

  private final LocalizedText label;

  Assessment(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * The assessment a result gives against a numeric target in a direction; in progress while the
   * result or the target is missing.
   */
  public static Assessment of(
      @Nullable Direction direction, @Nullable BigDecimal result, @Nullable BigDecimal target) {
    if (result == null || target == null) {
      return IN_PROGRESS;
    }
    return Direction.orDefault(direction).achieved(result, target) ? ACHIEVED : NOT_ACHIEVED;
  }

  /** Achieved or not as a yes/no; null while in progress. */
  public @Nullable Boolean achieved() {
    return this == IN_PROGRESS ? null : this == ACHIEVED;
  }

  /** The assessment of a yes/no; in progress for null. */
  public static Assessment ofAchieved(@Nullable Boolean achieved) {
    return achieved == null ? IN_PROGRESS : achieved ? ACHIEVED : NOT_ACHIEVED;
  }
}
