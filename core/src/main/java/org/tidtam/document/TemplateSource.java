package org.tidtam.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/**
 * Where form templates come from: the templates jar on the classpath by default, a directory or a
 * database in a host that lets users upload their own.
 */
@FunctionalInterface
public interface TemplateSource {

  /** The .docx bytes of a template; a missing template is a {@link LocalizedException}. */
  byte[] load(String templateName);

  /** Templates on a class path under {@code templates/}. */
  static TemplateSource classpath(ClassLoader loader) {
    return name -> {
      String resource = "templates/" + name;
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new LocalizedException(
              Message.of("tidtam.template.notFound", "name", name, "resource", resource));
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
