package org.tidtam.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTLongHexNumber;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.jspecify.annotations.Nullable;

/**
 * Copies rendered documents into the report: body, styles the report lacks (a style id the report
 * has keeps the report's definition, so nothing is duplicated or renamed), lists renumbered so that
 * each merged document's lists restart, images and hyperlinks on new relationships, headers and
 * footers, and the document's last section (page size, orientation, margins). Its headings move one
 * level down, below the title of the part that merges it.
 */
final class DocxMerger {

  private static final Pattern REL_ATTRIBUTE =
      Pattern.compile("(\\br:(?:embed|link|id|pict|dm|lo|qs|cs))=\"([^\"]+)\"");
  private static final Pattern NUM_ID = Pattern.compile("(<w:numId w:val=\")(\\d+)(\")");
  private static final Pattern BODY = Pattern.compile("<w:body(?:\\s[^>]*)?>");
  private static final Pattern SECTION_TAG = Pattern.compile("</?w:sectPr(?:\\s[^>]*)?/?>");
  private static final Pattern NAMESPACE =
      Pattern.compile("\\sxmlns:([A-Za-z_][\\w.-]*)=\"([^\"]*)\"");
  private static final Pattern DRAWING_ID = Pattern.compile("<wp:docPr id=\"(\\d+)\"");
  private static final Pattern HEADING = Pattern.compile("(<w:pStyle w:val=\"Heading)([1-8])(\")");

  private final WordprocessingMLPackage target;
  private final MainDocumentPart main;
  private int nextAbstractNum = 1;
  private int nextNum = 1;
  private int nextExternal = 1;
  private int nextDrawing = 1_000_000;

  DocxMerger(WordprocessingMLPackage target) {
    this.target = target;
    this.main = target.getMainDocumentPart();
  }

  /**
   * A rendered document's body as XML, ready to be spliced into the report's (relationship, list
   * and drawing ids already renumbered), its last section, and the namespaces its XML uses.
   *
   * @param bodyXml the body's content without its last section
   * @param lastSection the section properties that close the document, if any
   * @param namespaces prefix to namespace, as declared on the document's root
   */
  record Merged(String bodyXml, @Nullable SectPr lastSection, Map<String, String> namespaces) {}

  Merged merge(byte[] docx) {
    WordprocessingMLPackage source;
    try {
      source = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    } catch (Exception | LinkageError e) {
      throw new ReportException("the document to merge is not a Word document", e);
    }
    try {
      MainDocumentPart sourceMain = source.getMainDocumentPart();
      copyStyles(sourceMain.getStyleDefinitionsPart());
      Map<String, String> numbers = copyNumbering(sourceMain.getNumberingDefinitionsPart());
      Map<String, String> relations = copyRelations(sourceMain, main);
      String xml = entry(docx, sourceMain.getPartName().getName().substring(1));
      Map<String, String> namespaces = namespaces(xml);
      if (!Namespaces.NS_WORD12.equals(namespaces.get("w"))
          || !Namespaces.RELATIONSHIPS_OFFICEDOC.equals(namespaces.get("r"))) {
        // written with other prefixes: let docx4j write it with the usual ones
        xml = XmlUtils.marshaltoString(sourceMain.getJaxbElement(), true, false);
        namespaces = namespaces(xml);
      }
      xml = belowThePartsTitle(renumberDrawings(remap(xml, relations, numbers)));
      return split(xml, namespaces);
    } catch (ReportException e) {
      throw e;
    } catch (Exception e) {
      throw new ReportException("the document could not be merged: " + e.getMessage(), e);
    }
  }

  /**
   * The document's headings one level down (Heading1 becomes Heading2, and so on), so that in the
   * report's table of contents a merged form's sections stand under the part that holds the form
   * rather than beside the report's chapters.
   */
  static String belowThePartsTitle(String xml) {
    return HEADING
        .matcher(xml)
        .replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) + 1) + m.group(3));
  }

  /** The body's content and its last section, which closes the body. */
  private static Merged split(String xml, Map<String, String> namespaces) throws Exception {
    Matcher open = BODY.matcher(xml);
    int end = xml.lastIndexOf("</w:body>");
    if (!open.find() || end < open.end()) {
      return new Merged("", null, namespaces);
    }
    int start = open.end();
    int section = -1;
    int sectionEnd = -1;
    int depth = 0;
    Matcher tag = SECTION_TAG.matcher(xml).region(start, end);
    while (tag.find()) {
      boolean closing = tag.group().startsWith("</");
      boolean empty = tag.group().endsWith("/>");
      if (!closing && depth == 0) {
        section = tag.start();
      }
      depth += closing ? -1 : empty ? 0 : 1;
      if (depth == 0) {
        sectionEnd = tag.end();
      }
    }
    // the body's own section is its last child; a paragraph's section ends inside the paragraph
    if (section < 0 || !xml.substring(sectionEnd, end).isBlank()) {
      return new Merged(xml.substring(start, end), null, namespaces);
    }
    String sectionXml = xml.substring(section, sectionEnd);
    StringBuilder declared = new StringBuilder();
    namespaces.forEach(
        (prefix, uri) ->
            declared.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"'));
    String withNamespaces = "<w:sectPr" + declared + sectionXml.substring("<w:sectPr".length());
    SectPr last = (SectPr) XmlUtils.unwrap(XmlUtils.unmarshalString(withNamespaces));
    return new Merged(xml.substring(start, section), last, namespaces);
  }

  /** The namespaces declared on the root element. */
  static Map<String, String> namespaces(String xml) {
    int root = xml.indexOf('<', xml.startsWith("<?") ? xml.indexOf("?>") + 2 : 0);
    while (root >= 0 && xml.startsWith("<!--", root)) {
      root = xml.indexOf('<', xml.indexOf("-->", root) + 3);
    }
    int close = xml.indexOf('>', root);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = NAMESPACE.matcher(xml).region(root, close);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private void copyStyles(@Nullable StyleDefinitionsPart part) throws Exception {
    if (part == null) {
      return;
    }
    Styles report = main.getStyleDefinitionsPart().getContents();
    Set<String> ids = new HashSet<>();
    for (Style style : report.getStyle()) {
      ids.add(style.getStyleId());
    }
    for (Style style : part.getContents().getStyle()) {
      if (style.getStyleId() != null && ids.add(style.getStyleId())) {
        style.setDefault(null);
        report.getStyle().add(style);
      }
    }
  }

  /** Copies the lists under new ids; returns old numId to new numId. */
  private Map<String, String> copyNumbering(@Nullable NumberingDefinitionsPart part)
      throws Exception {
    Map<String, String> numIds = new HashMap<>();
    if (part == null) {
      return numIds;
    }
    NumberingDefinitionsPart own = main.getNumberingDefinitionsPart();
    if (own == null) {
      own = new NumberingDefinitionsPart();
      main.addTargetPart(own);
      own.setJaxbElement(Wml.FACTORY.createNumbering());
    }
    Numbering into = own.getContents();
    Numbering from = part.getContents();
    Map<BigInteger, BigInteger> abstractIds = new HashMap<>();
    for (Numbering.AbstractNum list : from.getAbstractNum()) {
      BigInteger id = Wml.big(nextAbstractNum++);
      abstractIds.put(list.getAbstractNumId(), id);
      list.setAbstractNumId(id);
      CTLongHexNumber nsid = Wml.FACTORY.createCTLongHexNumber();
      nsid.setVal(String.format("%08X", 0x54440000 + id.intValue()));
      list.setNsid(nsid);
      into.getAbstractNum().add(list);
    }
    for (Numbering.Num num : from.getNum()) {
      BigInteger id = Wml.big(nextNum++);
      numIds.put(num.getNumId().toString(), id.toString());
      num.setNumId(id);
      if (num.getAbstractNumId() != null) {
        BigInteger mapped = abstractIds.get(num.getAbstractNumId().getVal());
        if (mapped != null) {
          num.getAbstractNumId().setVal(mapped);
        }
      }
      into.getNum().add(num);
    }
    for (Style style : main.getStyleDefinitionsPart().getContents().getStyle()) {
      if (style.getPPr() != null
          && style.getPPr().getNumPr() != null
          && style.getPPr().getNumPr().getNumId() != null) {
        // only styles just copied refer to the source's ids; the report's own use none
        String mapped = numIds.get(style.getPPr().getNumPr().getNumId().getVal().toString());
        if (mapped != null) {
          style.getPPr().getNumPr().getNumId().setVal(new BigInteger(mapped));
        }
      }
    }
    return numIds;
  }

  /**
   * Copies the images, hyperlinks, headers and footers that the source part refers to onto the
   * owner; returns old relationship id to new.
   */
  private Map<String, String> copyRelations(Part source, Part owner) throws Exception {
    Map<String, String> ids = new HashMap<>();
    RelationshipsPart rels = source.getRelationshipsPart();
    if (rels == null) {
      return ids;
    }
    for (Relationship rel : rels.getRelationships().getRelationship()) {
      String type = rel.getType();
      if ("External".equals(rel.getTargetMode())) {
        Relationship copy = new org.docx4j.relationships.ObjectFactory().createRelationship();
        copy.setId("rIdX" + nextExternal++);
        copy.setType(type);
        copy.setTarget(rel.getTarget());
        copy.setTargetMode("External");
        owner.getRelationshipsPart(true).addRelationship(copy);
        ids.put(rel.getId(), copy.getId());
      } else if (Namespaces.IMAGE.equals(type)) {
        Part part = rels.getPart(rel);
        if (part instanceof BinaryPart binary) {
          BinaryPartAbstractImage image =
              BinaryPartAbstractImage.createImagePart(target, owner, binary.getBytes());
          ids.put(rel.getId(), owner.getRelationshipsPart().getRel(image.getPartName()).getId());
        }
      } else if (Namespaces.HEADER.equals(type) || Namespaces.FOOTER.equals(type)) {
        @SuppressWarnings("unchecked")
        JaxbXmlPart<Object> part = (JaxbXmlPart<Object>) rels.getPart(rel);
        JaxbXmlPart<?> copy = Namespaces.HEADER.equals(type) ? new HeaderPart() : new FooterPart();
        Relationship added =
            main.addTargetPart(copy, RelationshipsPart.AddPartBehaviour.RENAME_IF_NAME_EXISTS);
        Map<String, String> inner = copyRelations(part, copy);
        String xml = XmlUtils.marshaltoString(part.getJaxbElement(), true, false);
        Object content = XmlUtils.unmarshalString(remap(xml, inner, Map.of()), Context.jc);
        if (copy instanceof HeaderPart header) {
          header.setJaxbElement((Hdr) XmlUtils.unwrap(content));
        } else {
          ((FooterPart) copy).setJaxbElement((Ftr) XmlUtils.unwrap(content));
        }
        ids.put(rel.getId(), added.getId());
      }
    }
    return ids;
  }

  /**
   * The XML of a part as stored in the package: reading it directly saves docx4j parsing the body
   * and writing it back before it is renumbered.
   */
  private static String entry(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new ReportException("the document to merge has no " + name);
  }

  /** Gives each drawing a fresh id: Word refuses a document whose drawings share one. */
  private String renumberDrawings(String xml) {
    Matcher m = DRAWING_ID.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length() + 64);
    while (m.find()) {
      m.appendReplacement(out, "<wp:docPr id=\"" + nextDrawing++ + "\"");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String remap(
      String xml, Map<String, String> relations, Map<String, String> numbers) {
    String out = xml;
    if (!relations.isEmpty()) {
      out = replace(REL_ATTRIBUTE, out, relations, 2);
    }
    if (!numbers.isEmpty()) {
      out = replace(NUM_ID, out, numbers, 2);
    }
    return out;
  }

  private static String replace(Pattern pattern, String xml, Map<String, String> ids, int idGroup) {
    Matcher m = pattern.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length() + 64);
    while (m.find()) {
      String mapped = ids.get(m.group(idGroup));
      String replacement =
          mapped == null
              ? m.group()
              : m.group().substring(0, m.start(idGroup) - m.start())
                  + mapped
                  + m.group().substring(m.end(idGroup) - m.start());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
