package org.tidtam.app.forms.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.tidtam.app.forms.SampleDocuments;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;

/**
 * Which forms this installation offers, with their samples, so one can see the plugins are found.
 */
@Route("forms")
@AnonymousAllowed
class FormsView extends VerticalLayout implements HasDynamicTitle {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  FormsView(FormRegistry registry, SampleDocuments samples) {
    Lang lang = Lang.of(getLocale());
    setSizeFull();
    var grid = new Grid<FormPlugin<?>>();
    grid.setId("forms");
    grid.addColumn(p -> p.id().value())
        .setHeader(getTranslation("forms.column.id"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(FormPlugin::schemaVersion)
        .setHeader(getTranslation("forms.column.version"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(p -> p.title().in(lang)).setHeader(getTranslation("forms.column.title"));
    grid.addComponentColumn(p -> sampleLink(p, samples))
        .setHeader(getTranslation("forms.column.sample"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(registry.all());
    add(new H1(getTranslation("forms.title")), new Paragraph(getTranslation("forms.intro")), grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("forms.title") + " — " + getTranslation("app.name");
  }

  /** A link that downloads the form's sample as a Word document. */
  static Anchor sampleLink(FormPlugin<?> plugin, SampleDocuments samples) {
    var anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] docx = samples.render(plugin);
                  return new DownloadResponse(
                      new ByteArrayInputStream(docx),
                      SampleDocuments.fileName(plugin),
                      DOCX,
                      docx.length);
                }),
            "");
    anchor.setText(anchor.getTranslation("forms.sample"));
    anchor.setId("sample-" + plugin.id().value());
    return anchor;
  }
}
