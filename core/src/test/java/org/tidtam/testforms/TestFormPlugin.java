package org.tidtam.testforms;

import java.util.List;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The test form plugin, registered in the test classpath's service file. Its schema is at version
 * 2; {@code sample-T.1-v1.json} holds a submission of version 1.
 */
public final class TestFormPlugin implements FormPlugin<TestReport> {

  @Override
  public FormId id() {
    return FormId.of("T.1");
  }

  @Override
  public Class<TestReport> formType() {
    return TestReport.class;
  }

  @Override
  public LocalizedText title() {
    return LocalizedText.of("แบบรายงานทดสอบ", "Test report");
  }

  @Override
  public String templateName() {
    return "T.1-test.docx";
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  @Override
  public List<SchemaMigration> migrations() {
    return List.of(new SchemaMigration(1, TestFormPlugin::fromVersion1));
  }

  /**
   * Version 1 named the group {@code groupCode} and kept the reporter in two flat fields, {@code
   * reporterName} and {@code reporterPosition}; version 2 has {@code group} and a {@code reporter}
   * group.
   */
  static ObjectNode fromVersion1(ObjectNode data) {
    JsonNode group = data.remove("groupCode");
    if (group != null) {
      data.set("group", group);
    }
    JsonNode name = data.remove("reporterName");
    JsonNode position = data.remove("reporterPosition");
    if (name != null || position != null) {
      ObjectNode reporter = data.putObject("reporter");
      reporter.set("name", name != null ? name : reporter.nullNode());
      reporter.set("position", position != null ? position : reporter.nullNode());
    }
    return data;
  }
}
