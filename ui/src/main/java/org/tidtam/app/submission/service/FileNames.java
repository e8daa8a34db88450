package org.tidtam.app.submission.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * File names that survive a download on Windows: Thai kept, the characters Windows forbids
 * replaced, no trailing dot or space, no reserved device name; and the {@code Content-Disposition}
 * header with both an ASCII name and the RFC 5987 UTF-8 name.
 */
public final class FileNames {

  private static final int MAX = 150;
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private FileNames() {}

  /** A name Windows accepts, keeping Thai; {@code extension} without the dot. */
  public static String safe(String base, String extension) {
    StringBuilder out = new StringBuilder();
    base.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || "<>:\"/\\|?*".indexOf(c) >= 0) {
                out.append('-');
              } else {
                out.appendCodePoint(c);
              }
            });
    String name = out.toString().strip().replaceAll("\\s+", " ");
    if (name.length() > MAX) {
      name = name.substring(0, MAX);
    }
    name = name.replaceAll("[. ]+$", "");
    if (name.isEmpty() || RESERVED.contains(name.toUpperCase(Locale.ROOT))) {
      name = "_" + name;
    }
    return name + "." + extension;
  }

  /** The same name in ASCII only, for clients that do not read {@code filename*}. */
  public static String ascii(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("_+", "_");
    return ascii.isBlank() ? "download" : ascii;
  }

  /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
  public static String contentDisposition(String fileName, String asciiFileName) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii(asciiFileName) + "\"; filename*=UTF-8''" + encoded;
  }
}
