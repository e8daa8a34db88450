package org.tidtam.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tidtam.i18n.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a {@link Catalog} as JSON, the format of the demo data, of the command line's
 * catalog files and of catalog import. Reading is strict about unknown names (a misspelt field is
 * an error, not silently lost); references between items are checked by {@link Catalog#problems()}.
 */
public final class CatalogJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .addMixIn(Catalog.class, CatalogMixIn.class)
          .build();

  /** A top-level {@code "_note"} is a remark for people reading the file. */
  @JsonIgnoreProperties({"_note"})
  private abstract static class CatalogMixIn {}

  private CatalogJson() {}

  /**
   * @throws CatalogFormatException when the text is not a catalog
   */
  public static Catalog read(InputStream in) {
    try {
      return MAPPER.readValue(in, Catalog.class);
    } catch (JacksonException e) {
      throw formatError(e);
    }
  }

  /**
   * @throws CatalogFormatException when the text is not a catalog
   */
  public static Catalog read(String json) {
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1);
    }
    try {
      return MAPPER.readValue(json, Catalog.class);
    } catch (JacksonException e) {
      throw formatError(e);
    }
  }

  /** Pretty-printed JSON; absent values (a null target) are left out. */
  public static String write(Catalog catalog) {
    return MAPPER.writeValueAsString(catalog);
  }

  /** Writes UTF-8 JSON to the stream and leaves it open. */
  public static void write(Catalog catalog, OutputStream out) {
    try {
      out.write(write(catalog).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogFormatException formatError(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    TokenStreamLocation loc = e.getLocation();
    boolean located = loc != null && loc.getLineNr() >= 0;
    String key =
        "tidtam.catalog.json.invalid" + (path.isEmpty() ? "" : "At") + (located ? "Line" : "");
    Message message = Message.of(key, "detail", String.valueOf(e.getOriginalMessage()));
    if (!path.isEmpty()) {
      message = message.with("path", path.toString());
    }
    if (located) {
      message = message.with("line", loc.getLineNr()).with("column", loc.getColumnNr());
    }
    return new CatalogFormatException(message, path.toString(), e);
  }
}
