package org.tidtam.template.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tidtam.template.internal.RenderState.Media;
import org.tidtam.template.internal.RenderState.Relation;

/**
 * Reads a template's zip entries once, and writes a rendered .docx: untouched entries are copied as
 * they are, rendered parts replace theirs, and when images were added their media files,
 * relationships and content types are added too.
 */
final class DocxWriter {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String IMAGE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

  private DocxWriter() {}

  static Map<String, byte[]> read(byte[] docx) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static String relsName(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  static void write(
      OutputStream out,
      Map<String, byte[]> entries,
      Map<String, byte[]> rendered,
      RenderState state)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    boolean images = !state.media().isEmpty();
    Map<String, List<Relation>> relsByFile = new LinkedHashMap<>();
    for (Map.Entry<String, List<Relation>> e : state.relations().entrySet()) {
      relsByFile.put(relsName(e.getKey()), e.getValue());
    }
    Set<String> relsDone = new HashSet<>();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String name = e.getKey();
      byte[] data = rendered.getOrDefault(name, e.getValue());
      if (images && name.equals(CONTENT_TYPES)) {
        data = withImageTypes(data, state.media());
      } else if (images && relsByFile.containsKey(name)) {
        data = withRelations(data, relsByFile.get(name));
        relsDone.add(name);
      }
      put(zip, name, data);
    }
    for (Map.Entry<String, List<Relation>> e : relsByFile.entrySet()) {
      if (!relsDone.contains(e.getKey())) {
        String empty =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "</Relationships>";
        put(zip, e.getKey(), withRelations(empty.getBytes(StandardCharsets.UTF_8), e.getValue()));
      }
    }
    zip.setLevel(Deflater.NO_COMPRESSION);
    for (Media m : state.media()) {
      put(zip, "word/media/" + m.name(), m.data());
    }
    zip.finish();
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static byte[] withImageTypes(byte[] data, List<Media> media) {
    String xml = new String(data, StandardCharsets.UTF_8);
    StringBuilder add = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (Media m : media) {
      String ext = m.extension();
      if (seen.add(ext)
          && !xml.toLowerCase(java.util.Locale.ROOT).contains("extension=\"" + ext + "\"")) {
        add.append("<Default Extension=\"")
            .append(ext)
            .append("\" ContentType=\"image/")
            .append(ext)
            .append("\"/>");
      }
    }
    return insertBefore(xml, "</Types>", add.toString());
  }

  private static byte[] withRelations(byte[] data, List<Relation> relations) {
    StringBuilder add = new StringBuilder();
    for (Relation r : relations) {
      add.append("<Relationship Id=\"")
          .append(r.id())
          .append("\" Type=\"")
          .append(IMAGE_REL)
          .append("\" Target=\"")
          .append(r.target())
          .append("\"/>");
    }
    return insertBefore(
        new String(data, StandardCharsets.UTF_8), "</Relationships>", add.toString());
  }

  private static byte[] insertBefore(String xml, String end, String add) {
    int at = xml.lastIndexOf(end);
    if (at < 0) {
      throw new IllegalStateException("no " + end + " in package file");
    }
    return (xml.substring(0, at) + add + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
  }
}
