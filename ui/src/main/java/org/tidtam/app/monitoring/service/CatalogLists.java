package org.tidtam.app.monitoring.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.Office;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.School;
import org.tidtam.catalog.Strategy;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;

/**
 * The catalog's lists of a fiscal year for any signed-in user: the office, its groups and schools,
 * the policies, strategies and indicators of the year, and the projects of the year's plan. The
 * units' contact persons and phones only for those who follow up (planners, executives,
 * administrators).
 */
@Service
@Transactional(readOnly = true)
public class CatalogLists {

  /**
   * The lists of a year.
   *
   * @param contacts by unit code; empty for reporting staff
   */
  public record Lists(
      Office office,
      int fiscalYear,
      boolean demo,
      List<OrgGroup> groups,
      List<School> schools,
      List<String> districts,
      List<PolicyItem> policies,
      List<Strategy> strategies,
      List<Indicator> indicators,
      List<PlannedProject> projects,
      Map<String, Contact> contacts) {}

  private final ObjectProvider<Catalog> catalogs;
  private final MonitoringPlans plans;

  /** The catalog is taken at each call: planners change it while the application runs. */
  CatalogLists(ObjectProvider<Catalog> catalogs, MonitoringPlans plans) {
    this.catalogs = catalogs;
    this.plans = plans;
  }

  /**
   * @throws MonitoringException.NotFound when neither the catalog nor a plan knows the year
   */
  public Lists lists(Actor actor, int fiscalYear) {
    Catalog catalog = catalogs.getObject();
    Optional<MonitoringPlan> plan = plans.plan(fiscalYear);
    if (plan.isEmpty() && !catalog.fiscalYears().contains(fiscalYear)) {
      throw new MonitoringException.NotFound(
          Message.of("tidtam.app.monitoring.noCatalogYear", "year", fiscalYear));
    }
    return new Lists(
        catalog.office(),
        fiscalYear,
        catalog.demo(),
        catalog.groups(),
        catalog.schools(),
        catalog.districts(),
        catalog.policies().stream().filter(p -> p.fiscalYear() == fiscalYear).toList(),
        catalog.strategies().stream().filter(s -> s.fiscalYear() == fiscalYear).toList(),
        catalog.indicators().stream().filter(i -> i.fiscalYear() == fiscalYear).toList(),
        plan.map(MonitoringPlan::projects).orElse(List.of()),
        MonitoringAccess.followsUp(actor) ? plans.contacts() : Map.of());
  }
}
