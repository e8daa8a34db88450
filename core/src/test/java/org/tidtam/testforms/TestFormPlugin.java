package org.tidtam.testforms;

import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;

/** The test form plugin, registered in the test classpath's service file. */
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
}
