package org.tidtam.app.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.monitoring.PlannedProject;

/** A project of a fiscal year's action plan, which owes project reports. */
@Entity
@Table(name = "monitoring_project")
public class PlanProject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(nullable = false)
  private String code = "";

  @Column(nullable = false)
  private String name = "";

  @Column(name = "group_code", nullable = false)
  private String groupCode = "";

  /** The project's budget in baht, when the plan states it. */
  @Column(precision = 15, scale = 2)
  private @Nullable BigDecimal budget;

  /** Retired from the action plan: no longer expected to report. */
  @Column(nullable = false)
  private boolean retired;

  protected PlanProject() {}

  public PlanProject(int fiscalYear, PlannedProject project) {
    this.fiscalYear = fiscalYear;
    this.code = project.code();
    this.name = project.name();
    this.groupCode = project.groupCode();
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public @Nullable BigDecimal getBudget() {
    return budget;
  }

  public boolean isRetired() {
    return retired;
  }

  public PlannedProject project() {
    return new PlannedProject(code, name, groupCode);
  }
}
