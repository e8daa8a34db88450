package org.tidtam.app.forms.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.tidtam.app.forms.SampleDocuments;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;

/** The first page: which forms this installation offers, so one can see the plugins are found. */
@Route("")
@AnonymousAllowed
@PageTitle("ติดตาม (Tidtam)")
class FormsView extends VerticalLayout {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  FormsView(FormRegistry registry, SampleDocuments samples) {
    setSizeFull();
    var grid = new Grid<FormPlugin<?>>();
    grid.setId("forms");
    grid.addColumn(p -> p.id().value()).setHeader("รหัสแบบ").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(FormPlugin::schemaVersion)
        .setHeader("รุ่นข้อมูล")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(p -> p.title().th()).setHeader("ชื่อแบบฟอร์ม");
    grid.addColumn(p -> p.title().en()).setHeader("Form title");
    grid.addComponentColumn(p -> sampleLink(p, samples))
        .setHeader("ตัวอย่างเอกสาร")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setItems(registry.all());
    add(
        new H1("ติดตาม — แบบฟอร์มที่ติดตั้ง"),
        new Paragraph(
            "ระบบติดตามและรายงานผลการดำเนินงานตามนโยบาย สพฐ. (Installed forms of Tidtam)"),
        grid);
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
            "ดาวน์โหลด .docx");
    anchor.setId("sample-" + plugin.id().value());
    return anchor;
  }
}
