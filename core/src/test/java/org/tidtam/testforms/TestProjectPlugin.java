package org.tidtam.testforms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second test form, a project report that offers its project to other forms. Not in the service
 * file: tests put it in a registry of their own. Version 1 called {@code spent} {@code disbursed}.
 * Counts its {@link #facts} calls.
 */
public final class TestProjectPlugin implements FormPlugin<TestProject> {

  private final AtomicInteger summaries = new AtomicInteger();

  @Override
  public FormId id() {
    return FormId.of("T.2");
  }

  @Override
  public Class<TestProject> formType() {
    return TestProject.class;
  }

  @Override
  public LocalizedText title() {
    return LocalizedText.of("แบบรายงานโครงการทดสอบ", "Test project report");
  }

  @Override
  public String templateName() {
    return "T.2-project.docx";
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  @Override
  public List<SchemaMigration> migrations() {
    return List.of(
        new SchemaMigration(
            1,
            data -> {
              JsonNode disbursed = data.remove("disbursed");
              return disbursed == null ? data : (ObjectNode) data.set("spent", disbursed);
            }));
  }

  @Override
  public Optional<Filing> filing(TestProject form) {
    return Filing.of(form.fiscalYear(), form.round(), form.responsibleGroup());
  }

  @Override
  public Set<Class<? extends Fact>> factKinds() {
    return Set.of(ProjectFact.class);
  }

  @Override
  public List<Fact> facts(TestProject form, Filing filing) {
    summaries.incrementAndGet();
    return List.of(
        new ProjectFact(
            filing,
            form.code(),
            form.name(),
            form.allocated() == null ? BigDecimal.ZERO : form.allocated(),
            form.spent() == null ? BigDecimal.ZERO : form.spent(),
            form.status() == null ? null : form.status().label(),
            null,
            List.of(),
            null,
            List.of()));
  }

  /** How many times {@link #facts} ran. */
  public int summaries() {
    return summaries.get();
  }
}
