package org.tidtam.template;

import org.tidtam.i18n.Lang;

/** What a {@link Formatter} may know about the render in progress. */
public record RenderContext(RenderOptions options) {

  public Lang lang() {
    return options.lang();
  }
}
