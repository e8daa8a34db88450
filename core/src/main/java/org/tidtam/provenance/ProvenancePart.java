package org.tidtam.provenance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The provenance of a .docx as a custom XML part: {@code customXml/itemN.xml} in the namespace
 * {@value Provenance#NAMESPACE}, its properties part {@code customXml/itemPropsN.xml} naming that
 * namespace, a {@code customXml} relationship from the main document and the content types, as Word
 * writes its own custom XML. Word and LibreOffice open such a file and keep the part.
 *
 * <p>Writing works on the zip entries of a finished document (untouched entries are copied as they
 * are compressed), so any generator can stamp its output; a document stamped again has its part
 * replaced, not a second one added.
 *
 * <pre>{@code
 * <provenance xmlns="urn:tidtam:provenance:1" generator="Tidtam 0.1.0"
 *     generatedAt="2026-12-06T06:30:00Z">
 *   <template name="7.2-project-report.docx" version="sha256:…"/>
 *   <data sha256="…"/>
 *   <sources>
 *     <source form="7.2" schemaVersion="1" submission="42" version="3" sha256="…"/>
 *   </sources>
 * </provenance>
 * }</pre>
 */
public final class ProvenancePart {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String CUSTOM_XML =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
  private static final String CUSTOM_XML_PROPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
  private static final String PROPS_TYPE =
      "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
  private static final Pattern ITEM = Pattern.compile("customXml/item(\\d+)\\.xml");
  private static final Pattern MAIN_TARGET =
      Pattern.compile(
          "<Relationship\\b[^>]*?Type=\"" + Pattern.quote(OFFICE_DOCUMENT) + "\"[^>]*>");
  private static final Pattern TARGET = Pattern.compile("Target=\"([^\"]*)\"");
  private static final Pattern XML_DEFAULT =
      Pattern.compile("<Default\\b[^>]*Extension=\"xml\"", Pattern.CASE_INSENSITIVE);

  private ProvenancePart() {}

  // ---- the XML of the part

  /** The part's XML. */
  public static byte[] xml(Provenance p) {
    StringBuilder x = new StringBuilder(512);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<provenance xmlns=\"")
        .append(Provenance.NAMESPACE)
        .append('"');
    attribute(x, "generator", p.generator());
    attribute(x, "generatedAt", p.generatedAt().toString());
    x.append(">\n  <template");
    attribute(x, "name", p.template().name());
    attribute(x, "version", p.template().version());
    x.append("/>\n  <data");
    attribute(x, "sha256", p.dataSha256());
    x.append("/>\n  <sources>\n");
    for (Provenance.Source s : p.sources()) {
      x.append("    <source");
      attribute(x, "form", s.formId());
      attribute(x, "schemaVersion", Integer.toString(s.schemaVersion()));
      if (s.submissionId() != null) {
        attribute(x, "submission", s.submissionId());
      }
      if (s.version() != null) {
        attribute(x, "version", Long.toString(s.version()));
      }
      attribute(x, "sha256", s.dataSha256());
      x.append("/>\n");
    }
    x.append("  </sources>\n</provenance>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the part's XML.
   *
   * @throws ProvenanceException when it is not a provenance of this namespace or lacks a field
   */
  public static Provenance parse(byte[] xml) {
    Element root = root(xml);
    if (root == null || !isProvenance(root)) {
      throw new ProvenanceException("not a provenance part of " + Provenance.NAMESPACE);
    }
    try {
      Element template = child(root, "template");
      Element data = child(root, "data");
      List<Provenance.Source> sources = new ArrayList<>();
      Element list = child(root, "sources");
      NodeList items = list.getElementsByTagNameNS(Provenance.NAMESPACE, "source");
      for (int i = 0; i < items.getLength(); i++) {
        Element s = (Element) items.item(i);
        String version = s.getAttribute("version");
        sources.add(
            new Provenance.Source(
                s.hasAttribute("submission") ? s.getAttribute("submission") : null,
                version.isEmpty() ? null : Long.parseLong(version),
                required(s, "form"),
                Integer.parseInt(required(s, "schemaVersion")),
                required(s, "sha256")));
      }
      return new Provenance(
          sources,
          new Provenance.TemplateRef(required(template, "name"), required(template, "version")),
          required(root, "generator"),
          Instant.parse(required(root, "generatedAt")),
          required(data, "sha256"));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new ProvenanceException("a damaged provenance part: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ProvenanceException("a damaged provenance part: " + e.getMessage(), e);
    }
  }

  // ---- in a document

  /**
   * The document with its provenance part: added, or replacing the one it has.
   *
   * @throws ProvenanceException when the bytes are not a .docx
   */
  public static byte[] stamp(byte[] docx, Provenance provenance) {
    try (RawZip zip = RawZip.read(docx)) {
      return stamp(zip, provenance);
    }
  }

  private static byte[] stamp(RawZip zip, Provenance provenance) {
    byte[] types = zip.get(CONTENT_TYPES);
    if (types == null) {
      throw new ProvenanceException("not a Word document: it has no " + CONTENT_TYPES);
    }
    byte[] xml = xml(provenance);
    Optional<String> existing = find(zip);
    if (existing.isPresent()) {
      zip.put(existing.get(), xml);
      return zip.write();
    }
    String main = mainPart(zip);
    int n = 1;
    for (String name : zip.names()) {
      Matcher m = ITEM.matcher(name);
      if (m.matches()) {
        n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
      }
    }
    String item = "customXml/item" + n + ".xml";
    String props = "customXml/itemProps" + n + ".xml";
    zip.put(item, xml);
    zip.put(
        props,
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<ds:datastoreItem ds:itemID=\"{"
                + UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT)
                + "}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                + "<ds:schemaRefs><ds:schemaRef ds:uri=\""
                + Provenance.NAMESPACE
                + "\"/></ds:schemaRefs></ds:datastoreItem>")
            .getBytes(StandardCharsets.UTF_8));
    zip.put(
        "customXml/_rels/item" + n + ".xml.rels",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\""
                + REL_NS
                + "\"><Relationship Id=\"rId1\" Type=\""
                + CUSTOM_XML_PROPS
                + "\" Target=\"itemProps"
                + n
                + ".xml\"/></Relationships>")
            .getBytes(StandardCharsets.UTF_8));
    String mainRels = relsName(main);
    String rels = text(zip.get(mainRels));
    if (rels.isEmpty()) {
      rels =
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
              + REL_NS
              + "\"></Relationships>";
    }
    String id = "rIdProvenance";
    for (int k = 2; rels.contains("Id=\"" + id + "\""); k++) {
      id = "rIdProvenance" + k;
    }
    zip.put(
        mainRels,
        insertBefore(
            rels,
            "</Relationships>",
            "<Relationship Id=\""
                + id
                + "\" Type=\""
                + CUSTOM_XML
                + "\" Target=\""
                + relative(main, item)
                + "\"/>"));
    String t = text(types);
    StringBuilder add = new StringBuilder();
    if (!XML_DEFAULT.matcher(t).find()) {
      add.append("<Override PartName=\"/")
          .append(item)
          .append("\" ContentType=\"application/xml\"/>");
    }
    add.append("<Override PartName=\"/")
        .append(props)
        .append("\" ContentType=\"")
        .append(PROPS_TYPE)
        .append("\"/>");
    zip.put(CONTENT_TYPES, insertBefore(t, "</Types>", add.toString()));
    return zip.write();
  }

  /**
   * The provenance a document carries, if any.
   *
   * @throws ProvenanceException when the bytes are not a .docx, or its provenance part is damaged
   */
  public static Optional<Provenance> read(byte[] docx) {
    try (RawZip zip = RawZip.read(docx)) {
      if (!zip.has(CONTENT_TYPES)) {
        throw new ProvenanceException("not a Word document: it has no " + CONTENT_TYPES);
      }
      return find(zip).map(name -> parse(zip.get(name)));
    }
  }

  /** The provenance of a .docx file, if it carries one. */
  public static Optional<Provenance> read(Path docx) throws IOException {
    return read(Files.readAllBytes(docx));
  }

  // ---- inside

  /** The custom XML item that holds a provenance: found by its namespace, wherever it lies. */
  private static Optional<String> find(RawZip zip) {
    for (String name : zip.names()) {
      if (name.startsWith("customXml/")
          && name.endsWith(".xml")
          && !name.contains("/_rels/")
          && !name.startsWith("customXml/itemProps")) {
        byte[] data = zip.get(name);
        if (data != null && text(data).contains(Provenance.NAMESPACE)) {
          Element root = root(data);
          if (root != null && isProvenance(root)) {
            return Optional.of(name);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String mainPart(RawZip zip) {
    String rels = text(zip.get("_rels/.rels"));
    Matcher m = MAIN_TARGET.matcher(rels);
    if (m.find()) {
      Matcher target = TARGET.matcher(m.group());
      if (target.find()) {
        String name = target.group(1);
        return name.startsWith("/") ? name.substring(1) : name;
      }
    }
    if (zip.has("word/document.xml")) {
      return "word/document.xml";
    }
    throw new ProvenanceException("not a Word document: it names no main document part");
  }

  private static String relsName(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** The target of a part as its relationship from {@code from} names it. */
  private static String relative(String from, String to) {
    int depth = (int) from.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + to;
  }

  private static boolean isProvenance(Element root) {
    return "provenance".equals(root.getLocalName())
        && Provenance.NAMESPACE.equals(root.getNamespaceURI());
  }

  private static @Nullable Element root(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document doc = builder.parse(new ByteArrayInputStream(xml));
      return doc.getDocumentElement();
    } catch (SAXException | IOException e) {
      return null;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be configured securely", e);
    }
  }

  private static Element child(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(Provenance.NAMESPACE, name);
    if (list.getLength() == 0) {
      throw new ProvenanceException("a damaged provenance part: no " + name);
    }
    return (Element) list.item(0);
  }

  private static String required(Element e, String attribute) {
    if (!e.hasAttribute(attribute)) {
      throw new ProvenanceException(
          "a damaged provenance part: " + e.getLocalName() + " has no " + attribute);
    }
    return e.getAttribute(attribute);
  }

  private static void attribute(StringBuilder x, String name, String value) {
    x.append(' ').append(name).append("=\"");
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        case '"' -> x.append("&quot;");
        case '\t' -> x.append("&#9;");
        case '\n' -> x.append("&#10;");
        case '\r' -> x.append("&#13;");
        default -> {
          boolean allowed = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
          if (allowed) {
            x.appendCodePoint(c);
          }
        }
      }
    }
    x.append('"');
  }

  private static String text(byte @Nullable [] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] insertBefore(String xml, String end, String add) {
    int at = xml.lastIndexOf(end);
    if (at < 0) {
      throw new ProvenanceException("not a Word document: no " + end + " in a package file");
    }
    return (xml.substring(0, at) + add + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
  }
}
