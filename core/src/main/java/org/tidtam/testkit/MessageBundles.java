package org.tidtam.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.FormValidator;

/**
 * Reads the {@code ValidationMessages} bundle of one jar or classes directory (not the merged view
 * of the whole classpath), so that a test can check that its translations have every key, that its
 * keys do not repeat what core already says, that every key its classes name has Thai and English
 * text, and that its Thai says "required" one way.
 */
public final class MessageBundles {

  public static final String BUNDLE = "ValidationMessages";

  /**
   * Thai wordings of "required" other than ต้องระบุ, the one the forms use: a Thai bundle that
   * holds one of them is reported by {@link #otherRequiredWordings}.
   */
  public static final List<String> OTHER_REQUIRED_WORDINGS =
      List.of("กรุณากรอก", "กรุณาระบุ", "จำเป็นต้อง", "โปรดระบุ", "โปรดกรอก", "ต้องกรอก");

  /**
   * Thai terms the forms do not use, each with the one they use instead: the money of a funding
   * source is ผลการเบิกจ่าย and the money of an activity is ค่าใช้จ่ายจริง; OBEC's focus is named
   * as in its policy book; an assessment is บรรลุเป้าหมาย or ไม่บรรลุเป้าหมาย.
   */
  public static final Map<String, String> OTHER_TERMS =
      Map.of(
          "งบประมาณที่ใช้จริง", "ผลการเบิกจ่าย (แหล่งงบประมาณ) or ค่าใช้จ่ายจริง (กิจกรรม)",
          "การใช้จ่ายงบประมาณ", "ผลการเบิกจ่าย (แหล่งงบประมาณ) or ค่าใช้จ่ายจริง (กิจกรรม)",
          "จุดเน้น/Quick Win", "จุดเน้นและนโยบายเร่งด่วน (Quick Win)",
          "จุดเน้น / Quick Win", "จุดเน้นและนโยบายเร่งด่วน (Quick Win)",
          "บรรลุผลตามเป้าหมาย", "บรรลุเป้าหมาย");

  /**
   * Other spellings of the forms' terms, as regular expressions, each with the term to use: an
   * activity's money alone as ใช้จริง, a disbursement without ผลการ, an assessment without
   * เป้าหมาย, a passing count without เกณฑ์.
   */
  public static final Map<String, String> OTHER_TERM_PATTERNS =
      Map.of(
          "(?<!งบประมาณที่)ใช้จริง", "ค่าใช้จ่ายจริง (กิจกรรม) or ผลการเบิกจ่าย (แหล่งงบประมาณ)",
          "(?<!ผลการ)เบิกจ่าย(?:แล้ว| ?[0-9๐-๙]+ ?เดือน| ?\\(บาท\\))", "ผลการเบิกจ่าย",
          "(?:ไม่)?บรรลุ(?=[\\s:)]|$)", "บรรลุเป้าหมาย or ไม่บรรลุเป้าหมาย",
          "จำนวนผู้ผ่านเกณฑ์|จำนวนที่ผ่าน(?!เกณฑ์)", "จำนวนที่ผ่านเกณฑ์");

  private static final Map<Pattern, String> OTHER_TERM_REGEXES = compile(OTHER_TERM_PATTERNS);

  /**
   * A message that is one key in braces, as constraints give it: {@code {tidtam.required}} or
   * {@code {T.1.rule}}; not a tag of a document template ({@code {{row.name}}}) nor a text around
   * it.
   */
  private static final Pattern TEMPLATE =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\\}");

  /** A key given as it is, as rules do ({@code rules.at("x", "tidtam.form72.dates...")}). */
  private static final Pattern BARE_KEY = Pattern.compile("tidtam(?:\\.[A-Za-z0-9_]+)+");

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

  /**
   * The message keys that the classes of the jar or directory holding {@code anchor} name: every
   * constraint message or string that is one {@code {key}}, and every string that is a key of
   * Tidtam ({@code tidtam.…}) as a whole. Keys put together at run time are not seen.
   */
  public static Set<String> usedKeys(Class<?> anchor) {
    return usedKeys(location(anchor));
  }

  /** The same for the jar or classes directory at {@code location}. */
  public static Set<String> usedKeys(URL location) {
    return usedKeys(location, "");
  }

  /**
   * The keys that the classes of {@code anchor}'s package and its subpackages name, in the jar or
   * directory that holds it: a plugin's own, when its classes share a directory with others (a
   * plugin in an application's tests).
   */
  public static Set<String> packageKeys(Class<?> anchor) {
    return usedKeys(location(anchor), anchor.getPackageName().replace('.', '/') + "/");
  }

  private static Set<String> usedKeys(URL location, String packagePath) {
    Set<String> keys = new TreeSet<>();
    for (byte[] type : classFiles(location)) {
      var model = ClassFile.of().parse(type);
      if (!model.thisClass().asInternalName().startsWith(packagePath)) {
        continue;
      }
      for (PoolEntry entry : model.constantPool()) {
        if (entry instanceof Utf8Entry utf8) {
          String text = utf8.stringValue();
          Matcher m = TEMPLATE.matcher(text);
          if (m.matches()) {
            keys.add(m.group(1));
          }
          if (BARE_KEY.matcher(text).matches()) {
            keys.add(text);
          }
        }
      }
    }
    return keys;
  }

  /**
   * The keys named by the classes of the jar or directory holding {@code anchor} ({@link
   * #usedKeys}) that the bundles of the class path do not give in Thai ({@code _th}) or in English
   * ({@code _en}), each followed by the language it lacks, e.g. {@code "tidtam.x (en)"}.
   */
  public static List<String> untranslatedKeys(Class<?> anchor) {
    return untranslatedKeys(usedKeys(anchor), anchor.getClassLoader());
  }

  /** The keys of {@code used} that the bundles {@code loader} sees lack in Thai or English. */
  public static List<String> untranslatedKeys(Set<String> used, ClassLoader loader) {
    List<String> lacking = new ArrayList<>();
    for (String lang : List.of("th", "en")) {
      Set<String> known = classPathKeys(loader, lang);
      for (String key : used) {
        if (!known.contains(key)) {
          lacking.add(key + " (" + lang + ")");
        }
      }
    }
    return List.copyOf(lacking);
  }

  /** The keys of every {@code ValidationMessages_<suffix>.properties} that a class loader sees. */
  public static Set<String> classPathKeys(ClassLoader loader, String suffix) {
    Set<String> keys = new TreeSet<>();
    try {
      Enumeration<URL> found = loader.getResources(BUNDLE + "_" + suffix + ".properties");
      for (URL url : Collections.list(found)) {
        try (InputStream in = url.openStream()) {
          Properties p = new Properties();
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          keys.addAll(p.stringPropertyNames());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  /**
   * The keys of the bundle of the jar or directory holding {@code anchor} that core already gives:
   * the same key (a merged bundle would keep only one of the two, silently), or another key with
   * the same Thai text, the text users read first (a copy that drifts apart). Each is reported with
   * the core key to use instead, e.g. {@code "tidtam.form73.required repeats core's
   * tidtam.required"}.
   */
  public static List<String> repeatedCoreKeys(Class<?> anchor) {
    return repeatedCoreKeys(location(anchor), location(FormValidator.class));
  }

  /** The same for the bundles at {@code location}, against core's bundles at {@code core}. */
  public static List<String> repeatedCoreKeys(URL location, URL core) {
    if (location.equals(core)) {
      return List.of();
    }
    Properties th = orEmpty(load(location, BUNDLE + "_th.properties"));
    Properties coreTh = orEmpty(load(core, BUNDLE + "_th.properties"));
    Map<String, String> coreByText = new TreeMap<>();
    List<String> coreKeys = new ArrayList<>(new TreeSet<>(coreTh.stringPropertyNames()));
    // name core's own tidtam.* key rather than a built-in constraint's with the same text
    coreKeys.sort(
        java.util.Comparator.comparing((String k) -> !k.startsWith("tidtam."))
            .thenComparing(k -> k));
    for (String key : coreKeys) {
      coreByText.putIfAbsent(coreTh.getProperty(key), key);
    }
    List<String> repeated = new ArrayList<>();
    for (String key : new TreeSet<>(th.stringPropertyNames())) {
      if (coreTh.containsKey(key)) {
        repeated.add(key + " redefines core's key");
        continue;
      }
      String same = coreByText.get(th.getProperty(key));
      if (same != null) {
        repeated.add(key + " repeats core's " + same);
      }
    }
    return List.copyOf(repeated);
  }

  /**
   * The keys of the Thai bundle of the jar or directory holding {@code anchor} whose text says
   * "required" with another wording than ต้องระบุ ({@link #OTHER_REQUIRED_WORDINGS}), each with the
   * wording found, e.g. {@code "tidtam.x: กรุณากรอก"}.
   */
  public static List<String> otherRequiredWordings(Class<?> anchor) {
    return otherRequiredWordings(location(anchor));
  }

  /** The same for the Thai bundle at {@code location}. */
  public static List<String> otherRequiredWordings(URL location) {
    Properties th = orEmpty(load(location, BUNDLE + "_th.properties"));
    List<String> found = new ArrayList<>();
    for (String key : new TreeSet<>(th.stringPropertyNames())) {
      for (String wording : OTHER_REQUIRED_WORDINGS) {
        if (th.getProperty(key).contains(wording)) {
          found.add(key + ": " + wording);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The terms of {@link #OTHER_TERMS} and {@link #OTHER_TERM_PATTERNS} in a Thai text, each with
   * the term to use instead, e.g. {@code "งบประมาณที่ใช้จริง: say ผลการเบิกจ่าย ..."}; empty when
   * the text keeps to the forms' terms.
   */
  public static List<String> otherTerms(String text) {
    List<String> found = new ArrayList<>();
    new TreeMap<>(OTHER_TERMS)
        .forEach(
            (term, instead) -> {
              if (text.contains(term)) {
                found.add(term + ": say " + instead);
              }
            });
    OTHER_TERM_REGEXES.forEach(
        (pattern, instead) -> {
          Matcher m = pattern.matcher(text);
          while (m.find()) {
            found.add(m.group() + ": say " + instead);
          }
        });
    return List.copyOf(found);
  }

  private static Map<Pattern, String> compile(Map<String, String> patterns) {
    Map<Pattern, String> compiled = new java.util.LinkedHashMap<>();
    new TreeMap<>(patterns)
        .forEach((regex, instead) -> compiled.put(Pattern.compile(regex), instead));
    return java.util.Collections.unmodifiableMap(compiled);
  }

  /**
   * The keys of the Thai bundle of the jar or directory holding {@code anchor} that use a term of
   * {@link #OTHER_TERMS}, each as {@code "key: term: say ..."}.
   */
  public static List<String> otherTerms(Class<?> anchor) {
    return otherTerms(location(anchor));
  }

  /** The same for the Thai bundle at {@code location}. */
  public static List<String> otherTerms(URL location) {
    Properties th = orEmpty(load(location, BUNDLE + "_th.properties"));
    List<String> found = new ArrayList<>();
    for (String key : new TreeSet<>(th.stringPropertyNames())) {
      otherTerms(th.getProperty(key)).forEach(t -> found.add(key + ": " + t));
    }
    return List.copyOf(found);
  }

  private static Properties orEmpty(@Nullable Properties p) {
    return p == null ? new Properties() : p;
  }

  private static List<byte[]> classFiles(URL location) {
    try {
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          List<Path> classes =
              files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList();
          List<byte[]> bytes = new ArrayList<>();
          for (Path f : classes) {
            bytes.add(Files.readAllBytes(f));
          }
          return bytes;
        }
      }
      try (ZipFile zip = new ZipFile(path.toFile())) {
        List<byte[]> bytes = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
          if (e.getName().endsWith(".class")) {
            try (InputStream in = zip.getInputStream(e)) {
              bytes.add(in.readAllBytes());
            }
          }
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a file location: " + location, e);
    }
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
