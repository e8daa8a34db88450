package org.tidtam.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code ValidationMessages} bundle of one jar or classes directory (not the merged view
 * of the whole classpath), so that a test can check that its translations have every key.
 */
public final class MessageBundles {

  public static final String BUNDLE = "ValidationMessages";

  private MessageBundles() {}

  /**
   * The keys of the base bundle that {@code ValidationMessages_<suffix>.properties} lacks, in the
   * jar or directory that holds {@code anchor}; a missing translation file lacks every key. Empty
   * when that jar has no base bundle.
   */
  public static List<String> missingKeys(Class<?> anchor, String suffix) {
    return missingKeys(location(anchor), suffix);
  }

  /** The same check for the jar or classes directory at {@code location}. */
  public static List<String> missingKeys(URL location, String suffix) {
    Properties base = load(location, BUNDLE + ".properties");
    if (base == null) {
      return List.of();
    }
    Properties translated = load(location, BUNDLE + "_" + suffix + ".properties");
    Set<String> missing = new TreeSet<>(base.stringPropertyNames());
    if (translated != null) {
      missing.removeAll(translated.stringPropertyNames());
    }
    return List.copyOf(missing);
  }

  /** The keys of the base bundle of the jar or directory that holds {@code anchor}. */
  public static Set<String> keys(Class<?> anchor) {
    return Set.copyOf(bundle(anchor, "").stringPropertyNames());
  }

  /**
   * The bundle {@code ValidationMessages_<suffix>.properties} ({@code
   * ValidationMessages.properties} for an empty suffix) of the jar or directory that holds {@code
   * anchor}; empty when it has none.
   */
  public static Properties bundle(Class<?> anchor, String suffix) {
    String name = suffix.isEmpty() ? BUNDLE + ".properties" : BUNDLE + "_" + suffix + ".properties";
    Properties found = load(location(anchor), name);
    return found == null ? new Properties() : found;
  }

  private static URL location(Class<?> anchor) {
    return anchor.getProtectionDomain().getCodeSource().getLocation();
  }

  private static @Nullable Properties load(URL location, String resource) {
    try (URLClassLoader only = new URLClassLoader(new URL[] {location}, null)) {
      URL url = only.findResource(resource);
      if (url == null) {
        return null;
      }
      try (InputStream in = url.openStream()) {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
