package org.tidtam.template.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderContext;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;

/**
 * A template compiled to fragments: the package's untouched entries compressed once, and each text
 * part (body, headers, footers) as a fragment tree. Immutable; every render has its own state.
 */
final class CompiledTemplate implements Template {

  /**
   * A part that is rendered, compiled once per kind of digits its own text is printed with: as
   * typed, in Thai digits everywhere ({@code thai}), in Thai digits outside tables ({@code
   * thaiText}); {@code sizeHint} pre-sizes the output buffer, {@code maxDrawingId} is the highest
   * drawing id the template part holds.
   */
  record Part(
      String name,
      List<Fragment> fragments,
      List<Fragment> thai,
      List<Fragment> thaiText,
      int sizeHint,
      long maxDrawingId) {

    /** The fragments that print the part's own text with the render's digits. */
    List<Fragment> fragments(Numerals numerals) {
      return switch (numerals) {
        case ARABIC -> fragments;
        case THAI -> thai;
        case THAI_TEXT_ARABIC_TABLES -> thaiText;
      };
    }
  }

  private final String name;
  private final Set<String> paths;
  private final List<DocxWriter.Slot> slots;
  private final List<Part> parts;
  private final long textWidthEmu;
  private final long firstDrawingId;

  /** The size of the last document rendered as bytes: the next one is usually as large. */
  private volatile int lastSize = 32 * 1024;

  CompiledTemplate(
      String name,
      Set<String> paths,
      Map<String, byte[]> entries,
      List<Part> parts,
      long textWidthEmu,
      long firstDrawingId) {
    this.name = name;
    this.paths = Set.copyOf(paths);
    this.parts = List.copyOf(parts);
    this.slots = DocxWriter.slots(entries, this.parts);
    this.textWidthEmu = textWidthEmu;
    this.firstDrawingId = firstDrawingId;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> paths() {
    return paths;
  }

  @Override
  public void render(RenderModel model, RenderOptions options, OutputStream out)
      throws IOException {
    RenderState state =
        new RenderState(name, model, new RenderContext(options), textWidthEmu, firstDrawingId);
    DocxWriter.write(out, slots, parts, state);
  }

  @Override
  public byte[] render(RenderModel model, RenderOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lastSize + 4096);
    try {
      render(model, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lastSize = out.size();
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "Template[" + name + "]";
  }
}
