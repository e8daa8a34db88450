package org.tidtam.app.sheets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import org.tidtam.app.submission.service.FileNames;

/**
 * An "Excel" download link: the workbook is written when the link is followed, from the figures of
 * that moment, under a Thai file name (with an ASCII fallback for old clients).
 */
public final class SheetDownloads {

  private SheetDownloads() {}

  /**
   * A link that downloads these sheets as {@code fileName.xlsx}.
   *
   * @param fileName the Thai file name without extension
   * @param asciiFileName the same in ASCII, without extension
   */
  public static Anchor link(
      String id,
      String text,
      SerializableSupplier<String> fileName,
      String asciiFileName,
      SerializableSupplier<List<Sheet>> sheets) {
    DownloadHandler handler =
        event -> {
          byte[] bytes = Workbooks.xlsx(sheets.get());
          event.setContentType(Workbooks.XLSX);
          event.setContentLength(bytes.length);
          event
              .getResponse()
              .setHeader(
                  "Content-Disposition",
                  FileNames.contentDisposition(fileName.get() + ".xlsx", asciiFileName + ".xlsx"));
          try (OutputStream out = event.getOutputStream()) {
            out.write(bytes);
          }
        };
    Anchor anchor = new Anchor(handler, text);
    anchor.setId(id);
    anchor.addClassName("download-link");
    return anchor;
  }
}
