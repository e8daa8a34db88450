package org.tidtam.app.submission.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.tidtam.app.submission.service.DocumentFile;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.app.submission.service.WorkflowException;

/**
 * Download links for what the workflow renders: the file is made when the link is followed (so the
 * workflow checks and audits each download), under the workflow's Thai file name with an ASCII one
 * for old clients.
 */
final class WordDownloads {

  private WordDownloads() {}

  static Anchor link(String id, String text, SerializableSupplier<DocumentFile> file) {
    DownloadHandler handler = event -> send(event, file);
    var anchor = new Anchor(handler, text);
    anchor.setId(id);
    anchor.addClassName("download-link");
    return anchor;
  }

  private static void send(DownloadEvent event, SerializableSupplier<DocumentFile> supplier)
      throws IOException {
    DocumentFile file;
    try {
      file = supplier.get();
    } catch (WorkflowException.NotFound e) {
      event.getResponse().setStatus(404);
      return;
    } catch (WorkflowException e) {
      event.getResponse().setStatus(403);
      return;
    }
    event.setContentType(file.contentType());
    event.setContentLength(file.bytes().length);
    event
        .getResponse()
        .setHeader(
            "Content-Disposition",
            FileNames.contentDisposition(file.fileName(), file.asciiFileName()));
    try (OutputStream out = event.getOutputStream()) {
      out.write(file.bytes());
    }
  }
}
