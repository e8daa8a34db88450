package org.tidtam.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.docx4j.wml.Document;
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
 * footers, and the document's last section (page size, orientation, margins).
 */
final class DocxMerger {

  private static final Pattern REL_ATTRIBUTE =
      Pattern.compile("(\\br:(?:embed|link|id|pict|dm|lo|qs|cs))=\"([^\"]+)\"");
  private static final Pattern NUM_ID = Pattern.compile("(<w:numId w:val=\")(\\d+)(\")");
  private static final Pattern DRAWING_ID = Pattern.compile("<wp:docPr id=\"(\\d+)\"");

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

  /** A rendered document's body, ready to be added, and its last section. */
  record Merged(List<Object> content, @Nullable SectPr lastSection) {}

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
      Document copy =
          (Document) XmlUtils.unmarshalString(renumberDrawings(remap(xml, relations, numbers)));
      return new Merged(copy.getBody().getContent(), copy.getBody().getSectPr());
    } catch (ReportException e) {
      throw e;
    } catch (Exception e) {
      throw new ReportException("the document could not be merged: " + e.getMessage(), e);
    }
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
