package org.tidtam.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text a template prints whatever the data: the paragraphs of its body, headers and footers as
 * Word stores them, tags included, so that a test can check the template's own wording.
 */
public final class DocxText {

  private static final Pattern PART =
      Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");
  private static final Pattern PARAGRAPH =
      Pattern.compile("<w:p[ >].*?</w:p>|<w:p/>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

  private DocxText() {}

  /** Each paragraph's text, in part order then document order; empty paragraphs left out. */
  public static List<String> paragraphs(byte[] docx) {
    List<String> out = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (PART.matcher(e.getName()).matches()) {
          String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          Matcher p = PARAGRAPH.matcher(xml);
          while (p.find()) {
            StringBuilder text = new StringBuilder();
            Matcher t = TEXT.matcher(p.group());
            while (t.find()) {
              text.append(unescape(t.group(1)));
            }
            if (!text.isEmpty()) {
              out.add(text.toString());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** The text of XML character data: the five predefined entities replaced. */
  static String unescape(String xml) {
    return xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
