package org.tidtam.app.forms;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;

/**
 * Renders a form's own sample submission, so that staff can see what the form's Word document looks
 * like before they fill one.
 */
@Service
public class SampleDocuments {
  private final SubmissionService service;
  private final FormContext context;

  public SampleDocuments(SubmissionService service, FormContext context) {
    this.service = service;
    this.context = context;
  }

  /** The .docx of the plugin's sample, in Thai, dated today. */
  public byte[] render(FormPlugin<?> plugin) {
    return service.render(
        service.sample(plugin),
        context,
        new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.now()));
  }

  /** The file name users get, e.g. {@code ตัวอย่างแบบ-7.2.docx}. */
  public static String fileName(FormPlugin<?> plugin) {
    return "ตัวอย่างแบบ-" + plugin.id().value() + ".docx";
  }
}
