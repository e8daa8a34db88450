package org.tidtam.template.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.Docx4jProperties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.SectPr;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Message;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TemplateProblem;
import org.tidtam.template.Vocabulary;
import org.tidtam.template.internal.BlockPlanner.Marker;

/**
 * Compiles a .docx template: loads it with docx4j, applies the output defaults, finds and lints
 * every tag of the body, headers and footers, plants markers, marshals each part once and splits it
 * into fragments. Either returns a {@link Template} or throws a {@link TemplateException} with
 * every problem found.
 */
public final class TemplateCompiler {

  private static final Pattern DRAWING_ID =
      Pattern.compile("(?:<wp:docPr id=\"|o:spid=\"_x0000_[a-z])(\\d{1,18})\"");

  /**
   * docx4j, set up on first use: only once a package has passed the {@link PackageReader}'s limits,
   * so that refusing a hostile file never waits for docx4j to start.
   */
  private static final class Docx4j {
    static {
      Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", Boolean.FALSE);
    }

    private Docx4j() {}

    static void ready() {}
  }

  private TemplateCompiler() {}

  private record TextPart(String name, JaxbXmlPart<?> part, List<Object> content) {}

  public static Template compile(
      String name, byte[] docx, Vocabulary vocabulary, EngineOptions options) {
    Map<String, byte[]> entries = PackageReader.read(name, docx, options.limits());
    Docx4j.ready();
    WordprocessingMLPackage pkg;
    try {
      pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    } catch (Docx4JException | RuntimeException e) {
      throw new TemplateException(
          name,
          List.of(
              new TemplateProblem(
                  "",
                  TemplateProblem.NOWHERE,
                  Message.of(
                      "tidtam.template.docx.unreadable",
                      "detail",
                      String.valueOf(e.getMessage())))));
    }
    OutputDefaults defaults = new OutputDefaults(options);
    MainDocumentPart main = pkg.getMainDocumentPart();
    PackageTypes.makeDocument(entries, entryName(main));
    StyleDefinitionsPart styles = main.getStyleDefinitionsPart();
    if (styles != null) {
      defaults.patchStyles(styles.getJaxbElement());
      entries.put(entryName(styles), marshal(styles).getBytes(StandardCharsets.UTF_8));
    }
    Body body = main.getJaxbElement().getBody();
    if (body.getSectPr() == null) {
      body.setSectPr(new ObjectFactory().createSectPr());
    }
    SectPr sectPr = body.getSectPr();
    long textWidthEmu = defaults.patchSection(sectPr) * ImageHeaders.EMU_PER_TWIP;

    Problems problems = new Problems();
    Set<String> paths = new TreeSet<>();
    List<CompiledTemplate.Part> compiled = new ArrayList<>();
    long maxDrawingId = 0;
    for (TextPart tp : textParts(pkg)) {
      problems.part(tp.name());
      try {
        CompiledTemplate.Part part =
            compilePart(tp, entries.get(tp.name()), vocabulary, defaults, problems, paths);
        if (part != null) {
          compiled.add(part);
          maxDrawingId = Math.max(maxDrawingId, part.maxDrawingId());
        }
      } catch (RuntimeException e) {
        problems.add(
            TemplateProblem.NOWHERE,
            "tidtam.template.part.unreadable",
            "part",
            tp.name(),
            "detail",
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }
    for (String notes : List.of("word/footnotes.xml", "word/endnotes.xml")) {
      byte[] data = entries.get(notes);
      if (data != null) {
        problems.part(notes);
        HiddenTags.report(
            new String(data, StandardCharsets.UTF_8),
            problems,
            Message.of("tidtam.template.tag.inNotes"));
      }
    }
    if (problems.count() > 0) {
      throw new TemplateException(name, problems.list());
    }
    return new CompiledTemplate(
        name,
        paths,
        Collections.unmodifiableMap(entries),
        compiled,
        textWidthEmu,
        maxDrawingId + 1);
  }

  private static CompiledTemplate.@Nullable Part compilePart(
      TextPart tp,
      byte @Nullable [] source,
      Vocabulary vocabulary,
      OutputDefaults defaults,
      Problems problems,
      Set<String> paths) {
    String read = marshal(tp.part());
    if (source != null) {
      PartText.checkComplete(new String(source, StandardCharsets.UTF_8), read, problems);
    }
    Marks marks = Marks.choose(read);
    List<Site> sites = PartScanner.scan(tp.content(), problems, defaults);
    Map<Integer, Marker> markers = BlockPlanner.plan(sites, problems, marks);
    if (markers == null) {
      Linter.lint(sites, vocabulary, problems, paths);
      for (Site s : sites) {
        s.tagText().text().setValue("");
      }
      reportHiddenTags(marshal(tp.part()), problems);
      return null;
    }
    String xml = marshal(tp.part());
    reportHiddenTags(xml, problems);
    try {
      FragmentCompiler.Compiled c = FragmentCompiler.compile(xml, markers, marks);
      Linter.lint(c.order(), vocabulary, problems, paths);
      String thai = FixedDigits.convert(xml, true);
      String thaiText = FixedDigits.convert(xml, false);
      List<Fragment> thaiFragments =
          thai.equals(xml)
              ? c.fragments()
              : FragmentCompiler.compile(thai, markers, marks).fragments();
      List<Fragment> thaiTextFragments =
          thaiText.equals(xml)
              ? c.fragments()
              : thaiText.equals(thai)
                  ? thaiFragments
                  : FragmentCompiler.compile(thaiText, markers, marks).fragments();
      return new CompiledTemplate.Part(
          tp.name(),
          c.fragments(),
          thaiFragments,
          thaiTextFragments,
          xml.length() + 1024,
          maxDrawingId(xml));
    } catch (IllegalStateException e) {
      problems.add(
          TemplateProblem.NOWHERE,
          "tidtam.template.overlap",
          "detail",
          String.valueOf(e.getMessage()));
      Linter.lint(sites, vocabulary, problems, paths);
      return null;
    }
  }

  private static void reportHiddenTags(String xml, Problems problems) {
    HiddenTags.report(xml, problems, Message.of("tidtam.template.tag.hidden"));
  }

  private static List<TextPart> textParts(WordprocessingMLPackage pkg) {
    List<TextPart> parts = new ArrayList<>();
    MainDocumentPart main = pkg.getMainDocumentPart();
    parts.add(new TextPart(entryName(main), main, main.getContent()));
    List<TextPart> others = new ArrayList<>();
    for (Part p : pkg.getParts().getParts().values()) {
      if (p instanceof HeaderPart h) {
        others.add(new TextPart(entryName(h), h, h.getContent()));
      } else if (p instanceof FooterPart f) {
        others.add(new TextPart(entryName(f), f, f.getContent()));
      }
    }
    others.sort(Comparator.comparing(TextPart::name));
    parts.addAll(others);
    return parts;
  }

  private static String entryName(Part part) {
    String n = part.getPartName().getName();
    return n.startsWith("/") ? n.substring(1) : n;
  }

  private static String marshal(JaxbXmlPart<?> part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      part.marshal(out);
    } catch (jakarta.xml.bind.JAXBException e) {
      throw new IllegalStateException("cannot write " + part.getPartName(), e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static long maxDrawingId(String xml) {
    long max = 0;
    Matcher m = DRAWING_ID.matcher(xml);
    while (m.find()) {
      max = Math.max(max, Long.parseLong(m.group(1)));
    }
    return max;
  }
}
