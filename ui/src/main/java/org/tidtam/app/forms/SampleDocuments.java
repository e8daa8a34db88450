package org.tidtam.app.forms;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.RenderOptions;

/**
 * Renders a form's own sample submission, so that staff can see what the form's Word document looks
 * like before they fill one.
 */
@Service
public class SampleDocuments {
  private final SubmissionService service;
  private final Supplier<FormContext> contexts;

  /** Each render gets a new context, so it sees the submissions stored now. */
  @Autowired
  public SampleDocuments(SubmissionService service, ObjectProvider<FormContext> contexts) {
    this(service, (Supplier<FormContext>) contexts::getObject);
  }

  /** Renders in one fixed context. */
  public SampleDocuments(SubmissionService service, FormContext context) {
    this(service, (Supplier<FormContext>) () -> context);
  }

  private SampleDocuments(SubmissionService service, Supplier<FormContext> contexts) {
    this.service = service;
    this.contexts = contexts;
  }

  /** The .docx of the plugin's sample, in Thai, dated today. */
  public byte[] render(FormPlugin<?> plugin) {
    return service.render(service.sample(plugin), contexts.get(), RenderOptions.thai());
  }

  /** The file name users get, e.g. {@code ตัวอย่างแบบ-7.2.docx}. */
  public static String fileName(FormPlugin<?> plugin) {
    return "ตัวอย่างแบบ-" + plugin.id().value() + ".docx";
  }
}
