package org.tidtam.app.catalog.service;

import java.util.List;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/** Why a catalog change was refused; the text is shown in the user's language. */
public final class CatalogException extends LocalizedException {

  public CatalogException(Message message) {
    super(message);
  }

  public CatalogException(List<Message> messages) {
    super(messages, null);
  }
}
