package org.tidtam.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * A compiled, immutable, thread-safe template: rendering never changes it, so one compiled template
 * serves every render.
 */
public interface Template {

  /** The name it was compiled under (for messages). */
  String name();

  /** The value paths the template uses, e.g. {@code projectName}, {@code activities.spent}. */
  Set<String> paths();

  /** Renders a complete .docx into {@code out}. */
  void render(RenderModel model, RenderOptions options, OutputStream out) throws IOException;

  /** Renders a complete .docx as bytes. */
  byte[] render(RenderModel model, RenderOptions options);
}
