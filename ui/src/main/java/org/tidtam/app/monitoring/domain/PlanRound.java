package org.tidtam.app.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;

/** One round of a fiscal year's monitoring plan: its window and the form each kind of unit owes. */
@Entity
@Table(name = "monitoring_round")
public class PlanRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_round", nullable = false)
  private Round round = Round.ROUND_12M;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opens = LocalDate.EPOCH;

  @Column(name = "due_on", nullable = false)
  private LocalDate due = LocalDate.EPOCH;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closes = LocalDate.EPOCH;

  @Column(name = "school_form")
  private @Nullable String schoolForm;

  @Column(name = "group_form")
  private @Nullable String groupForm;

  @Column(name = "project_form")
  private @Nullable String projectForm;

  protected PlanRound() {}

  public PlanRound(int fiscalYear, RoundPlan plan) {
    this.fiscalYear = fiscalYear;
    this.round = plan.round();
    this.opens = plan.window().opens();
    this.due = plan.window().due();
    this.closes = plan.window().closes();
    this.schoolForm = plan.formOf(UnitKind.SCHOOL).orElse(null);
    this.groupForm = plan.formOf(UnitKind.GROUP).orElse(null);
    this.projectForm = plan.formOf(UnitKind.PROJECT).orElse(null);
  }

  /** Takes the window and forms of the round (the round itself stays). */
  public void change(RoundPlan plan) {
    if (plan.round() != round) {
      throw new IllegalArgumentException("round " + plan.round() + " is not " + round);
    }
    this.opens = plan.window().opens();
    this.due = plan.window().due();
    this.closes = plan.window().closes();
    this.schoolForm = plan.formOf(UnitKind.SCHOOL).orElse(null);
    this.groupForm = plan.formOf(UnitKind.GROUP).orElse(null);
    this.projectForm = plan.formOf(UnitKind.PROJECT).orElse(null);
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public Round getRound() {
    return round;
  }

  /** As core's plan reads it. */
  public RoundPlan plan() {
    Map<UnitKind, String> forms = new EnumMap<>(UnitKind.class);
    if (schoolForm != null) {
      forms.put(UnitKind.SCHOOL, schoolForm);
    }
    if (groupForm != null) {
      forms.put(UnitKind.GROUP, groupForm);
    }
    if (projectForm != null) {
      forms.put(UnitKind.PROJECT, projectForm);
    }
    return new RoundPlan(round, new ReportingWindow(opens, due, closes), forms);
  }
}
