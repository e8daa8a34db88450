package org.tidtam.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a generated document was made from: the submissions it shows, the template (or layout) it
 * was rendered with, the program that rendered it, when, and a SHA-256 of the data. Written into
 * the document as a custom XML part ({@link ProvenancePart}) so that a file found later can say
 * where it came from.
 *
 * @param sources the submissions the document shows, in the order it shows them; empty for a
 *     document made from no submission
 * @param template the template or layout the document was rendered with
 * @param generator the program and its version, e.g. {@code Tidtam 0.1.0}
 * @param generatedAt when the document was generated, to the second
 * @param dataSha256 the SHA-256 (lower-case hex) of the data: a single source's own hash, else the
 *     hash of the canonical JSON array of the sources' hashes in order ({@link #dataHashOf})
 */
public record Provenance(
    List<Source> sources,
    TemplateRef template,
    String generator,
    Instant generatedAt,
    String dataSha256) {

  /** The custom XML namespace of the part; a new major version gets a new namespace. */
  public static final String NAMESPACE = "urn:tidtam:provenance:1";

  public Provenance {
    sources = List.copyOf(sources);
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(generator, "generator");
    generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
    if (!DataHash.isSha256(dataSha256)) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + dataSha256);
    }
  }

  /** The provenance of a document generated now by this build of Tidtam from the sources. */
  public static Provenance of(List<Source> sources, TemplateRef template, Instant generatedAt) {
    return new Provenance(sources, template, thisGenerator(), generatedAt, dataHashOf(sources));
  }

  /**
   * The hash of the data of several sources: a single source's own hash (so that a form's document
   * and its submission agree), otherwise the SHA-256 of the canonical JSON array of their hashes in
   * order ({@code ["ab12…","cd34…"]}; {@code []} for none).
   */
  public static String dataHashOf(List<Source> sources) {
    if (sources.size() == 1) {
      return sources.getFirst().dataSha256();
    }
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < sources.size(); i++) {
      json.append(i == 0 ? "\"" : ",\"").append(sources.get(i).dataSha256()).append('"');
    }
    return DataHash.sha256(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
  }

  /** This build's name and version, e.g. {@code Tidtam 0.1.0-SNAPSHOT}. */
  public static String thisGenerator() {
    return "Tidtam " + Version.VALUE;
  }

  /**
   * One submission a document shows.
   *
   * @param submissionId the id under which the store keeps it, when it has one (the database's);
   *     null for a file given on the command line
   * @param version the stored version of the submission (its optimistic-locking version), when
   *     stored
   * @param formId the form, e.g. {@code 7.2}
   * @param schemaVersion the version of the form's schema the data is in
   * @param dataSha256 the SHA-256 of the canonical JSON of the submission's data ({@link
   *     DataHash#of})
   */
  public record Source(
      @Nullable String submissionId,
      @Nullable Long version,
      String formId,
      int schemaVersion,
      String dataSha256) {

    public Source {
      Objects.requireNonNull(formId, "formId");
      if (!DataHash.isSha256(dataSha256)) {
        throw new IllegalArgumentException("not a SHA-256 in hex: " + dataSha256);
      }
    }

    /** A submission that is not stored (a file): its form, schema version and data. */
    public static Source of(String formId, int schemaVersion, JsonNode data) {
      return new Source(null, null, formId, schemaVersion, DataHash.of(data));
    }

    /** The same source as the store keeps it, under an id and at a version. */
    public Source stored(String submissionId, long version) {
      return new Source(submissionId, version, formId, schemaVersion, dataSha256);
    }
  }

  /**
   * The template or layout a document was rendered with.
   *
   * @param name the template's name, e.g. {@code 7.2-project-report.docx}
   * @param version a declared version, or {@code sha256:} and the hash of the template's bytes
   */
  public record TemplateRef(String name, String version) {

    public TemplateRef {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }

    /** A template known by its bytes: the version is their SHA-256. */
    public static TemplateRef of(String name, byte[] template) {
      return new TemplateRef(name, "sha256:" + DataHash.sha256(template));
    }
  }

  /** The build's version, read once from the filtered {@code version.properties}. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      String version = Provenance.class.getPackage().getImplementationVersion();
      if (version != null) {
        return version;
      }
      try (InputStream in = Provenance.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          String value = properties.getProperty("version", "");
          if (!value.isBlank() && !value.startsWith("@")) {
            return value;
          }
        }
      } catch (IOException e) {
        // unknown below
      }
      return "unknown";
    }
  }
}
