package org.tidtam.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * The demo submissions of a round: what every installed form's {@link FormPlugin#demo} gives for
 * every group and school of a catalog (typically a {@link org.tidtam.catalog.DemoOffice}), each
 * checked to pass {@link Stage#SUBMIT} (the forms of this project give the 6- and 12-month rounds).
 * A form that takes figures from other forms (form 7.1 from its group's project reports) sees the
 * facts of all the round's other demo submissions: the round is made twice, the first time to state
 * the facts, the second with them in the context. Each form's choices for each unit come from a
 * random source seeded by the seed, form, year and unit, so one seed always gives the same
 * submissions, in the same order (forms by id, then groups and schools in catalog order).
 */
public final class DemoSubmissions {

  private DemoSubmissions() {}

  /**
   * The demo submissions of a fiscal year and round.
   *
   * @throws IllegalStateException when a plugin gives a demo submission that does not pass the
   *     submit check (a bug of that plugin), naming the form, unit and first problem
   */
  public static List<Submission<?>> of(
      SubmissionService service, Catalog catalog, int fiscalYear, Round round, long seed) {
    List<String> units =
        Stream.concat(
                catalog.groups().stream().map(OrgGroup::code),
                catalog.schools().stream().map(School::code))
            .toList();
    FormContext alone = service.context(catalog, SubmissionStore.empty());
    List<Submission<?>> first = round(service, alone, units, fiscalYear, round, seed);
    DocumentStore store =
        DocumentStore.of(first.stream().map(Submission::document).toList(), service.registry());
    FormContext withFacts = service.context(catalog, store);
    List<Submission<?>> out = round(service, withFacts, units, fiscalYear, round, seed);
    for (Submission<?> s : out) {
      List<Violation> errors =
          service.check(s, Stage.SUBMIT).stream().filter(Violation::isError).toList();
      if (!errors.isEmpty()) {
        Violation v = errors.getFirst();
        throw new IllegalStateException(
            "the demo "
                + s.formId().value()
                + " of "
                + s.filing().map(Filing::unitCode).orElse("?")
                + " does not pass: "
                + v.path()
                + ": "
                + v.message());
      }
    }
    return out;
  }

  private static List<Submission<?>> round(
      SubmissionService service,
      FormContext context,
      List<String> units,
      int fiscalYear,
      Round round,
      long seed) {
    List<Submission<?>> out = new ArrayList<>();
    for (FormPlugin<?> plugin : service.registry().all()) {
      Submission<?> sample = service.sample(plugin);
      for (String unit : units) {
        Filing filing = new Filing(fiscalYear, round, unit);
        out.addAll(demo(service, sample, filing, context, random(seed, plugin, filing)));
      }
    }
    return out;
  }

  private static <F extends Record> List<Submission<F>> demo(
      SubmissionService service,
      Submission<F> sample,
      Filing filing,
      FormContext context,
      SplittableRandom random) {
    FormPlugin<F> plugin = sample.plugin();
    return plugin.demo(sample.form(), filing, context, random).stream()
        .map(form -> service.of(plugin, form))
        .toList();
  }

  /**
   * The random source of one form and unit in a year: the same for every round, so that a unit's
   * 6-month report is the first half of the same year as its 12-month one.
   */
  static SplittableRandom random(long seed, FormPlugin<?> plugin, Filing filing) {
    String key = plugin.id().value() + "/" + filing.fiscalYear() + "/" + filing.unitCode();
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode());
  }
}
