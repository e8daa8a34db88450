package org.tidtam.template.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.tidtam.i18n.Message;
import org.tidtam.template.EngineOptions.Limits;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TemplateProblem;

/**
 * Reads a template package safely, before any XML parser sees it: streams the zip, counting every
 * byte inflated against the {@link Limits} (entry size, total size, compression ratio, number of
 * entries) so that a bomb is refused after inflating at most a limit's worth, and checks every XML
 * part for a DOCTYPE (so no DTD, entity or external resource is ever read) and for nesting deeper
 * than the limit. Whatever it refuses is a {@link TemplateException} naming the entry.
 */
public final class PackageReader {

  /** The ratio is checked only once an entry has inflated past this many bytes. */
  static final long RATIO_FLOOR = 1L << 20;

  private static final int CHUNK = 64 * 1024;

  private final String name;
  private final Limits limits;
  private long inflated;

  private PackageReader(String name, Limits limits) {
    this.name = name;
    this.limits = limits;
  }

  /**
   * The package's entries in zip order, inflated within the limits.
   *
   * @throws TemplateException when the package is not a zip, is truncated or corrupt, breaks a
   *     limit or holds an XML part with a DOCTYPE or too deep a nesting
   */
  public static Map<String, byte[]> read(String name, byte[] docx, Limits limits) {
    return new PackageReader(name, limits).read(docx);
  }

  /** How many bytes the last {@link #read} inflated; for tests of the limits. */
  static long inflatedBy(String name, byte[] docx, Limits limits) {
    PackageReader r = new PackageReader(name, limits);
    try {
      r.read(docx);
    } catch (TemplateException e) {
      // the count is what matters here
    }
    return r.inflated;
  }

  private Map<String, byte[]> read(byte[] docx) {
    if (!hasEndRecord(docx)) {
      throw unreadable("tidtam.template.package.truncated");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Counting source = new Counting(new ByteArrayInputStream(docx));
    String current = "";
    try (ZipInputStream zip = new ZipInputStream(source)) {
      byte[] buffer = new byte[CHUNK];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        current = e.getName();
        if (entries.size() >= limits.maxEntries()) {
          throw refused("", "tidtam.template.package.entries", "limit", limits.maxEntries());
        }
        if (e.isDirectory()) {
          continue;
        }
        long start = source.count;
        ByteArrayOutputStream out = new ByteArrayOutputStream(initialSize(e));
        long size = 0;
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          size += n;
          inflated += n;
          if (size > limits.maxEntryBytes()) {
            throw refused(
                current, "tidtam.template.package.entrySize", "limit", limits.maxEntryBytes());
          }
          if (inflated > limits.maxTotalBytes()) {
            throw refused(
                current, "tidtam.template.package.totalSize", "limit", limits.maxTotalBytes());
          }
          long compressed = Math.max(1, source.count - start);
          if (size > RATIO_FLOOR && size > compressed * limits.maxRatio()) {
            throw refused(current, "tidtam.template.package.ratio", "limit", limits.maxRatio());
          }
          out.write(buffer, 0, n);
        }
        if (entries.put(current, out.toByteArray()) != null) {
          throw refused(current, "tidtam.template.package.duplicate");
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw refused(
          current, "tidtam.template.package.corrupt", "detail", String.valueOf(e.getMessage()));
    } catch (IOException | IllegalArgumentException e) {
      throw refused(
          current, "tidtam.template.package.corrupt", "detail", String.valueOf(e.getMessage()));
    }
    if (entries.isEmpty()) {
      throw unreadable("tidtam.template.package.notZip");
    }
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (isXml(e.getKey())) {
        checkXml(e.getKey(), e.getValue());
      }
    }
    return entries;
  }

  /** Whether the zip ends with its end-of-central-directory record (a truncated zip does not). */
  private static boolean hasEndRecord(byte[] d) {
    int last = d.length - 22;
    for (int i = last; i >= 0 && i >= last - 0xFFFF; i--) {
      if (d[i] == 0x50 && d[i + 1] == 0x4b && d[i + 2] == 0x05 && d[i + 3] == 0x06) {
        int comment = (d[i + 20] & 0xFF) | (d[i + 21] & 0xFF) << 8;
        return i + 22 + comment == d.length;
      }
    }
    return false;
  }

  private int initialSize(ZipEntry e) {
    long declared = e.getSize();
    return declared > 0 && declared <= CHUNK * 16 ? (int) declared : CHUNK;
  }

  static boolean isXml(String entry) {
    String n = entry.toLowerCase(Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
  }

  /**
   * Refuses a DOCTYPE (and any other markup declaration) and nesting deeper than the limit. Markup
   * is ASCII, so UTF-8 is scanned as bytes; UTF-16 parts are decoded first.
   */
  private void checkXml(String entry, byte[] data) {
    CharSequence text = utf16(data) ? decodeUtf16(data) : new Latin1(data);
    int depth = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.charAt(i) != '<') {
        i++;
        continue;
      }
      if (i + 1 >= n) {
        break;
      }
      char c = text.charAt(i + 1);
      if (c == '?') {
        i = skipPast(text, i + 2, "?>");
      } else if (c == '!') {
        if (startsWith(text, i, "<!--")) {
          i = skipPast(text, i + 4, "-->");
        } else if (startsWith(text, i, "<![CDATA[")) {
          i = skipPast(text, i + 9, "]]>");
        } else {
          throw refused(entry, "tidtam.template.package.doctype");
        }
      } else if (c == '/') {
        depth--;
        i = skipPast(text, i + 2, ">");
      } else {
        int end = endOfTag(text, i + 1);
        if (end < 0) {
          break;
        }
        if (text.charAt(end - 1) != '/') {
          depth++;
          if (depth > limits.maxXmlDepth()) {
            throw refused(entry, "tidtam.template.package.depth", "limit", limits.maxXmlDepth());
          }
        }
        i = end + 1;
      }
    }
  }

  private static int endOfTag(CharSequence text, int from) {
    char quote = 0;
    for (int i = from, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipPast(CharSequence text, int from, String end) {
    for (int i = from, n = text.length() - end.length(); i <= n; i++) {
      if (startsWith(text, i, end)) {
        return i + end.length();
      }
    }
    return text.length();
  }

  private static boolean utf16(byte[] d) {
    return d.length >= 2
        && ((d[0] == (byte) 0xFE && d[1] == (byte) 0xFF)
            || (d[0] == (byte) 0xFF && d[1] == (byte) 0xFE)
            || (d[0] == 0 && d[1] == '<')
            || (d[0] == '<' && d[1] == 0));
  }

  private static String decodeUtf16(byte[] d) {
    boolean little = (d[0] == (byte) 0xFF) || (d[0] == '<' && d[1] == 0);
    return new String(d, little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  /** Not a zip at all: the same headline as any file no reader can open. */
  private TemplateException unreadable(String key) {
    Message message = Message.of("tidtam.template.docx.unreadable", "detail", Message.of(key));
    return new TemplateException(
        name, List.of(new TemplateProblem("", TemplateProblem.NOWHERE, message)));
  }

  private TemplateException refused(String entry, String key, Object... args) {
    Message message = Message.of(key, withPart(entry, args));
    return new TemplateException(
        name, List.of(new TemplateProblem(entry, TemplateProblem.NOWHERE, message)));
  }

  private static Object[] withPart(String entry, Object[] args) {
    Object[] all = new Object[args.length + 2];
    all[0] = "part";
    all[1] = entry;
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  /** The bytes as chars one to one: enough to find ASCII markup in UTF-8. */
  private record Latin1(byte[] data) implements CharSequence {
    @Override
    public int length() {
      return data.length;
    }

    @Override
    public char charAt(int index) {
      return (char) (data[index] & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(data, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(data, StandardCharsets.ISO_8859_1);
    }
  }

  /** Counts the compressed bytes the zip reader takes from its source. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
