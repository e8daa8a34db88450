package org.tidtam.app.toyform;

import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;

/**
 * Form toy, registered with the host in {@code META-INF/services/org.tidtam.form.FormPlugin}.
 *
 * <p>Template: {@code templates/toy-toy-form.docx} of the test resources.
 *
 * <p>Sample: {@code sample-toy.json} next to this class.
 */
public final class ToyFormPlugin implements FormPlugin<ToyForm> {
  private static final FormId ID = FormId.of("toy");
  private static final LocalizedText TITLE =
      LocalizedText.of("แบบทดลอง (ใช้ในการทดสอบเท่านั้น)", "Toy form (tests only)");

  @Override
  public FormId id() {
    return ID;
  }

  @Override
  public Class<ToyForm> formType() {
    return ToyForm.class;
  }

  @Override
  public LocalizedText title() {
    return TITLE;
  }

  @Override
  public String templateName() {
    return "toy-toy-form.docx";
  }
}
