package org.tidtam.app.submission.api;

import jakarta.servlet.http.HttpServletRequest;
import org.tidtam.i18n.Lang;

/** The language of an API answer: {@code Accept-Language}, Thai when the client names none. */
public final class ApiLanguage {

  private ApiLanguage() {}

  public static Lang of(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    return header == null || header.isBlank() ? Lang.TH : Lang.of(request.getLocale());
  }
}
