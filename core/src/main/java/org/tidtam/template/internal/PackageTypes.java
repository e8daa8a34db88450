package org.tidtam.template.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes the package of a Word template (.dotx, .dotm) or macro document (.docm) a plain .docx: Word
 * refuses a .docx whose main part keeps a template or macro content type, or that carries a VBA
 * project. Done once at compile time on the template's entries.
 */
final class PackageTypes {

  static final String DOCUMENT_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final Pattern ELEMENT =
      Pattern.compile("<(Override|Default|Relationship)\\b[^>]*?(/>|>\\s*</\\1>)");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final String VBA_PROJECT_TYPE = "application/vnd.ms-office.vbaProject";
  private static final String VBA_DATA_TYPE = "application/vnd.ms-word.vbaData+xml";
  private static final String VBA_PROJECT_REL =
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject";

  private PackageTypes() {}

  /**
   * Rewrites the main part's content type to the document one and drops the VBA project (its part,
   * its relationships and its content types) from {@code entries}.
   *
   * @param mainPart the main part's entry name, e.g. {@code word/document.xml}
   */
  static void makeDocument(Map<String, byte[]> entries, String mainPart) {
    byte[] types = entries.get(DocxWriter.CONTENT_TYPES);
    if (types == null) {
      return;
    }
    String xml = new String(types, StandardCharsets.UTF_8);
    List<String> dropped = new ArrayList<>();
    StringBuilder out = new StringBuilder(xml.length());
    Matcher m = ELEMENT.matcher(xml);
    int from = 0;
    while (m.find()) {
      out.append(xml, from, m.start());
      from = m.end();
      String element = m.group();
      String partName = attribute(element, "PartName");
      String type = attribute(element, "ContentType");
      if (m.group(1).equals("Override") && partName != null && type != null) {
        String entry = partName.startsWith("/") ? partName.substring(1) : partName;
        if (type.equals(VBA_PROJECT_TYPE) || type.equals(VBA_DATA_TYPE)) {
          dropped.add(entry);
          continue;
        }
        if (entry.equalsIgnoreCase(mainPart) && !type.equals(DOCUMENT_MAIN)) {
          element = element.replace("\"" + type + "\"", "\"" + DOCUMENT_MAIN + "\"");
        }
      }
      out.append(element);
    }
    out.append(xml, from, xml.length());
    String mainRels = DocxWriter.relsName(mainPart);
    byte[] rels = entries.get(mainRels);
    if (rels != null) {
      String relsXml = new String(rels, StandardCharsets.UTF_8);
      String kept = withoutVbaRelationships(relsXml, mainPart, dropped);
      if (!kept.equals(relsXml)) {
        entries.put(mainRels, kept.getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String entry : dropped) {
      entries.remove(entry);
      entries.remove(DocxWriter.relsName(entry));
    }
    String result = withoutUnusedVbaDefault(out.toString(), entries);
    if (!result.equals(xml)) {
      entries.put(DocxWriter.CONTENT_TYPES, result.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String withoutVbaRelationships(String xml, String mainPart, List<String> dropped) {
    String dir = mainPart.contains("/") ? mainPart.substring(0, mainPart.lastIndexOf('/') + 1) : "";
    StringBuilder out = new StringBuilder(xml.length());
    Matcher m = ELEMENT.matcher(xml);
    int from = 0;
    while (m.find()) {
      out.append(xml, from, m.start());
      from = m.end();
      if (VBA_PROJECT_REL.equals(attribute(m.group(), "Type"))) {
        String target = attribute(m.group(), "Target");
        String entry =
            target == null ? null : target.startsWith("/") ? target.substring(1) : dir + target;
        if (entry != null && !dropped.contains(entry)) {
          dropped.add(entry);
        }
        continue;
      }
      out.append(m.group());
    }
    return out.append(xml, from, xml.length()).toString();
  }

  /** Drops {@code <Default Extension="bin" ContentType="...vbaProject"/>} once no .bin is left. */
  private static String withoutUnusedVbaDefault(String xml, Map<String, byte[]> entries) {
    for (String name : entries.keySet()) {
      if (name.toLowerCase(Locale.ROOT).endsWith(".bin")) {
        return xml;
      }
    }
    Matcher m = ELEMENT.matcher(xml);
    while (m.find()) {
      if (m.group(1).equals("Default")
          && VBA_PROJECT_TYPE.equals(attribute(m.group(), "ContentType"))) {
        return xml.substring(0, m.start()) + xml.substring(m.end());
      }
    }
    return xml;
  }

  private static @Nullable String attribute(String element, String name) {
    Matcher a = ATTRIBUTE.matcher(element);
    while (a.find()) {
      if (a.group(1).equals(name)) {
        return a.group(2);
      }
    }
    return null;
  }
}
