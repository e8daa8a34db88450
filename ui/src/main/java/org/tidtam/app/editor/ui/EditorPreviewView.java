package org.tidtam.app.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.tidtam.app.editor.FormEditor;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionService;

/**
 * Opens a form's own sample in the editor, e.g. {@code /editor/7.2} or {@code /editor/7.2?lang=en},
 * so that the editor of every installed form can be seen before submissions are stored.
 */
@Route("editor/:form")
@PageTitle("ติดตาม — แบบฟอร์ม")
@AnonymousAllowed
public class EditorPreviewView extends Div implements BeforeEnterObserver {

  private final SubmissionService service;
  private final FormContext context;

  public EditorPreviewView(SubmissionService service, FormContext context) {
    this.service = service;
    this.context = context;
    addClassName("editor-preview");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String id = event.getRouteParameters().get("form").orElse("");
    List<String> langs =
        event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of());
    Lang lang = langs.isEmpty() ? Lang.TH : Lang.of(langs.getFirst());
    FormPlugin<?> plugin = service.registry().find(id).orElse(null);
    if (plugin == null) {
      add(
          new Paragraph(
              "ไม่พบแบบฟอร์ม " + id + " (no such form; known: " + service.registry().ids() + ")"));
      return;
    }
    add(new FormEditor(service, plugin, context, lang, service.sample(plugin).document()));
  }
}
