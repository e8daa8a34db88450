package org.tidtam.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Puts the merged documents' bodies into the written report in place of their markers, and declares
 * on the report's root the namespaces they use that the report does not.
 */
final class Splicer {

  private Splicer() {}

  static byte[] splice(byte[] docx, String documentEntry, List<DocxMerger.Merged> merges)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length * 2);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(documentEntry)) {
          content =
              document(new String(content, StandardCharsets.UTF_8), merges)
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String document(String xml, List<DocxMerger.Merged> merges) {
    Map<String, String> own = DocxMerger.namespaces(xml);
    StringBuilder declarations = new StringBuilder();
    int size = xml.length();
    for (DocxMerger.Merged merged : merges) {
      size += merged.bodyXml().length();
      merged
          .namespaces()
          .forEach(
              (prefix, uri) -> {
                String ours = own.get(prefix);
                if (ours == null) {
                  own.put(prefix, uri);
                  declarations
                      .append(" xmlns:")
                      .append(prefix)
                      .append("=\"")
                      .append(uri)
                      .append('"');
                } else if (!ours.equals(uri) && uses(merged.bodyXml(), prefix)) {
                  throw new ReportException(
                      "a merged document uses the prefix " + prefix + " for another namespace");
                }
              });
    }
    int root = xml.indexOf("<w:document");
    int rootEnd = xml.indexOf('>', root);
    if (root < 0 || rootEnd < 0) {
      throw new IllegalStateException("the report's document part has no root element");
    }
    StringBuilder out = new StringBuilder(size + declarations.length());
    out.append(xml, 0, rootEnd).append(declarations);
    int from = rootEnd;
    for (int i = 0; i < merges.size(); i++) {
      String marker = "<w:p><w:pPr><w:pStyle w:val=\"TidtamMerged" + (i + 1) + "\"/></w:pPr></w:p>";
      int at = xml.indexOf(marker, from);
      if (at < 0) {
        throw new IllegalStateException("the place of merged document " + (i + 1) + " is lost");
      }
      out.append(xml, from, at).append(merges.get(i).bodyXml());
      from = at + marker.length();
    }
    out.append(xml, from, xml.length());
    return out.toString();
  }

  private static boolean uses(String xml, String prefix) {
    return xml.contains("<" + prefix + ":") || xml.contains(" " + prefix + ":");
  }
}
