package org.tidtam.template.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;
import org.tidtam.template.internal.RenderState.Media;
import org.tidtam.template.internal.RenderState.Relation;

/**
 * Writes a rendered .docx: untouched entries are copied as they were compressed at compile time,
 * rendered parts replace theirs, and when images were added their media files, relationships and
 * content types are added too.
 */
final class DocxWriter {

  static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String IMAGE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

  private DocxWriter() {}

  static String relsName(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /**
   * Writes the rendered package: entries compressed at compile time are copied, rendered parts are
   * streamed through the deflater, and the content types and relationships that added images change
   * are written last, once every part has been rendered.
   */
  static void write(
      OutputStream out, List<Slot> slots, List<CompiledTemplate.Part> parts, RenderState state)
      throws IOException {
    ZipSink zip = new ZipSink(out, Deflater.BEST_SPEED);
    List<Slot> deferred = new ArrayList<>();
    XmlOut xml = null;
    for (Slot slot : slots) {
      if (slot.part() >= 0) {
        CompiledTemplate.Part part = parts.get(slot.part());
        state.part(part.name());
        try (OutputStream entry = zip.open(part.name())) {
          if (xml == null) {
            xml = new XmlOut(entry);
          } else {
            xml.restart(entry);
          }
          Fragment.renderAll(part.fragments(state.numerals()), state, xml);
          xml.flush();
        }
      } else if (slot.plain() != null) {
        deferred.add(slot);
      } else {
        zip.copy(slot.compressed());
      }
    }
    boolean images = !state.media().isEmpty();
    Map<String, List<Relation>> relsByFile = new LinkedHashMap<>();
    for (Map.Entry<String, List<Relation>> e : state.relations().entrySet()) {
      relsByFile.put(relsName(e.getKey()), e.getValue());
    }
    for (Slot slot : deferred) {
      String name = slot.compressed().name();
      if (images && name.equals(CONTENT_TYPES)) {
        zip.put(name, withImageTypes(slot.plain(), state.media()));
      } else if (images && relsByFile.containsKey(name)) {
        zip.put(name, withRelations(slot.plain(), relsByFile.remove(name)));
      } else {
        zip.copy(slot.compressed());
      }
    }
    for (Map.Entry<String, List<Relation>> e : relsByFile.entrySet()) {
      String empty =
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "</Relationships>";
      zip.put(e.getKey(), withRelations(empty.getBytes(StandardCharsets.UTF_8), e.getValue()));
    }
    for (Media m : state.media()) {
      zip.put("word/media/" + m.name(), m.data());
    }
    zip.finish();
  }

  /**
   * One entry of the template package as it is written: a rendered part (its index), or bytes
   * compressed at compile time, with the plain bytes kept when images may change them.
   */
  record Slot(int part, ZipSink.@Nullable Compressed compressed, byte @Nullable [] plain) {}

  /** The slots of a compiled package, in the template's order. */
  static List<Slot> slots(Map<String, byte[]> entries, List<CompiledTemplate.Part> parts) {
    Map<String, Integer> rendered = new HashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      rendered.put(parts.get(i).name(), i);
    }
    Set<String> changeable = new HashSet<>();
    changeable.add(CONTENT_TYPES);
    for (CompiledTemplate.Part p : parts) {
      changeable.add(relsName(p.name()));
    }
    List<Slot> slots = new ArrayList<>(entries.size());
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      Integer part = rendered.get(e.getKey());
      if (part != null) {
        slots.add(new Slot(part, null, null));
      } else {
        ZipSink.Compressed c =
            ZipSink.Compressed.of(e.getKey(), e.getValue(), Deflater.DEFAULT_COMPRESSION);
        slots.add(new Slot(-1, c, changeable.contains(e.getKey()) ? e.getValue() : null));
      }
    }
    return List.copyOf(slots);
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
