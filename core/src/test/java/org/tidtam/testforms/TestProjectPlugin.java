package org.tidtam.testforms;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.ProjectSummary;
import org.tidtam.form.ProjectSummarySource;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The second test form, a project report that offers its project to other forms. Not in the service
 * file: tests put it in a registry of their own. Version 1 called {@code spent} {@code disbursed}.
 * Counts its {@link #summarize} calls.
 */
public final class TestProjectPlugin
    implements FormPlugin<TestProject>, ProjectSummarySource<TestProject> {

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
  public ProjectSummary summarize(TestProject form) {
    summaries.incrementAndGet();
    return new ProjectSummary(
        form.code(),
        form.name(),
        form.responsibleGroup() == null ? "" : form.responsibleGroup(),
        form.allocated() == null ? BigDecimal.ZERO : form.allocated(),
        form.spent() == null ? BigDecimal.ZERO : form.spent(),
        form.status() == null ? null : form.status().label(),
        null);
  }

  /** How many times {@link #summarize} ran. */
  public int summaries() {
    return summaries.get();
  }
}
