package org.tidtam.app.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.monitoring.Reopening;
import org.tidtam.thai.Round;

/**
 * A planner's reopening of a closed round's form for one unit, with who granted it and when (the
 * audit of the reopening). Never changed.
 */
@Entity
@Table(name = "monitoring_reopening")
public class PlanReopening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_round", nullable = false)
  private Round round = Round.ROUND_12M;

  @Column(name = "form_id", nullable = false)
  private String formId = "";

  @Column(name = "unit_code", nullable = false)
  private String unitCode = "";

  @Column(name = "open_until", nullable = false)
  private LocalDate until = LocalDate.EPOCH;

  @Column(name = "reopened_by", nullable = false)
  private String reopenedBy = "";

  @Column(name = "reopened_at", nullable = false)
  private Instant reopenedAt = Instant.EPOCH;

  @Column(name = "reason")
  private @Nullable String reason;

  protected PlanReopening() {}

  public PlanReopening(
      int fiscalYear,
      Reopening reopening,
      String reopenedBy,
      Instant reopenedAt,
      @Nullable String reason) {
    this.fiscalYear = fiscalYear;
    this.round = reopening.round();
    this.formId = reopening.formId();
    this.unitCode = reopening.unitCode();
    this.until = reopening.until();
    this.reopenedBy = reopenedBy;
    this.reopenedAt = reopenedAt;
    this.reason = reason;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public String getReopenedBy() {
    return reopenedBy;
  }

  public Instant getReopenedAt() {
    return reopenedAt;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public Reopening reopening() {
    return new Reopening(round, formId, unitCode, until);
  }
}
