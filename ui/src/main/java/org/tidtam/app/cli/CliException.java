package org.tidtam.app.cli;

import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;

/** A failure the user can fix (bad option, missing file); printed as one line, exit code 1. */
final class CliException extends RuntimeException {
  private final LocalizedText text;

  CliException(String th, String en) {
    this(LocalizedText.of(th, en), null);
  }

  CliException(LocalizedText text, Throwable cause) {
    super(text.en(), cause);
    this.text = text;
  }

  String message(Lang lang) {
    return text.in(lang);
  }
}
