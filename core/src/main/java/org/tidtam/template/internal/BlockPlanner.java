package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.jspecify.annotations.Nullable;
import org.tidtam.template.internal.ContentWalker.CellSite;
import org.tidtam.template.internal.ContentWalker.ParagraphSite;
import org.tidtam.template.internal.Tag.Block;

/**
 * Pairs block tags ({@code #each}/{@code #if} with {@code else} and their close), decides where
 * each block sits (inside a paragraph, around whole paragraphs, or around table rows) and then
 * replaces every tag of the part by a marker the {@link FragmentCompiler} finds in the XML.
 */
final class BlockPlanner {

  /** Where a block's tags sit. */
  enum Placement {
    INLINE,
    BLOCK,
    ROW
  }

  /**
   * How a marker is embedded in the XML. {@code TABLE_START} and {@code TABLE_END} are rows that
   * bracket the rows of a table all of whose rows sit in row blocks: such a table is dropped when
   * its blocks render no row.
   */
  enum MarkerKind {
    TEXT,
    PARAGRAPH,
    ROW,
    TABLE_START,
    TABLE_END
  }

  /** A marker; {@code site} is null for the table markers. */
  record Marker(@Nullable Site site, MarkerKind kind) {}

  private record Pair(Site open, @Nullable Site otherwise, Site close) {}

  private static final ObjectFactory WML = new ObjectFactory();

  private final Problems problems;
  private final Marks marks;
  private final List<Pair> pairs = new ArrayList<>();
  private final Map<Site, Placement> placements = new IdentityHashMap<>();
  private final Map<Site, Integer> rowLevel = new IdentityHashMap<>();
  private final Map<Object, Site> markerRows = new IdentityHashMap<>();
  private final Set<P> markerParagraphs = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Tbl> rowTables = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Integer, Marker> markers = new HashMap<>();

  private BlockPlanner(Problems problems, Marks marks) {
    this.problems = problems;
    this.marks = marks;
  }

  /**
   * Checks balance and placement; if the part is sound, plants markers and returns them by id,
   * otherwise returns null (the problems are recorded).
   */
  static @Nullable Map<Integer, Marker> plan(List<Site> sites, Problems problems, Marks marks) {
    BlockPlanner planner = new BlockPlanner(problems, marks);
    int before = problems.count();
    planner.pair(sites);
    if (problems.count() > before) {
      return null;
    }
    for (Pair p : planner.pairs) {
      planner.place(p);
    }
    if (problems.count() > before) {
      return null;
    }
    planner.plant(sites);
    return Map.copyOf(planner.markers);
  }

  private void pair(List<Site> sites) {
    Deque<Site> open = new ArrayDeque<>();
    Map<Site, Site> elses = new IdentityHashMap<>();
    for (Site s : sites) {
      switch (s.tag()) {
        case Tag.EachOpen e -> open.push(s);
        case Tag.IfOpen i -> open.push(s);
        case Tag.Else e -> {
          Site top = open.peek();
          if (top == null || !(top.tag() instanceof Tag.IfOpen)) {
            problems.add(s.location(), "tidtam.template.else.outside");
          } else if (elses.containsKey(top)) {
            problems.add(s.location(), "tidtam.template.else.second");
          } else {
            elses.put(top, s);
          }
        }
        case Tag.Close c -> {
          Site top = open.peek();
          if (top == null) {
            problems.add(s.location(), "tidtam.template.close.unopened", "tag", close(c.block()));
          } else if (blockOf(top) != c.block()) {
            problems.add(
                s.location(),
                "tidtam.template.close.mismatched",
                "tag",
                close(c.block()),
                "open",
                open(blockOf(top)),
                "at",
                top.location(),
                "expected",
                close(blockOf(top)));
            open.pop();
          } else {
            open.pop();
            pairs.add(new Pair(top, elses.get(top), s));
          }
        }
        default -> {}
      }
    }
    for (Site s : open) {
      problems.add(
          s.location(),
          "tidtam.template.open.unclosed",
          "tag",
          open(blockOf(s)),
          "close",
          close(blockOf(s)));
    }
  }

  private static String open(Block block) {
    return "{{#" + block.keyword() + "}}";
  }

  private static String close(Block block) {
    return "{{/" + block.keyword() + "}}";
  }

  private static Block blockOf(Site s) {
    return s.tag() instanceof Tag.EachOpen ? Block.EACH : Block.IF;
  }

  private void place(Pair p) {
    Site o = p.open();
    Site c = p.close();
    Site e = p.otherwise();
    String name = open(blockOf(o));
    if (o.paragraph().paragraph() == c.paragraph().paragraph()) {
      if (e != null && e.paragraph().paragraph() != o.paragraph().paragraph()) {
        problems.add(e.location(), "tidtam.template.else.paragraph", "tag", name);
      } else if (o.tagText().runs() != c.tagText().runs()
          || (e != null && e.tagText().runs() != o.tagText().runs())) {
        problems.add(o.location(), "tidtam.template.inline.runs", "tag", name);
      }
      placeAll(p, Placement.INLINE);
      return;
    }
    List<Object> container = o.paragraph().container();
    boolean samePlace = c.paragraph().container() == container;
    if (o.alone() && c.alone() && samePlace) {
      if (e != null && !(e.paragraph().container() == container && (e.alone() || splittable(e)))) {
        problems.add(e.location(), "tidtam.template.else.alone");
      }
      placeAll(p, Placement.BLOCK);
      return;
    }
    int level = commonTableLevel(o, c);
    if (samePlace && (level < 0 || textOutside(o, c))) {
      Site wrapped = !splittable(o) ? o : !splittable(c) ? c : null;
      if (wrapped != null) {
        problems.add(wrapped.location(), "tidtam.template.block.wrapped", "tag", name);
        return;
      }
      if (e != null && !(e.paragraph().container() == container && splittable(e))) {
        problems.add(e.location(), "tidtam.template.else.alone");
      }
      placeAll(p, Placement.BLOCK);
      return;
    }
    if (level < 0) {
      problems.add(o.location(), "tidtam.template.block.placement", "tag", name);
      return;
    }
    int r1 = o.paragraph().cells().get(level).rowNo();
    int r2 = c.paragraph().cells().get(level).rowNo();
    if (r2 < r1) {
      problems.add(c.location(), "tidtam.template.close.before");
      return;
    }
    if (e != null) {
      List<CellSite> ec = e.paragraph().cells();
      CellSite oc = o.paragraph().cells().get(level);
      if (ec.size() <= level
          || ec.get(level).table() != oc.table()
          || ec.get(level).rowNo() <= r1
          || ec.get(level).rowNo() > r2) {
        problems.add(e.location(), "tidtam.template.else.row", "tag", name);
      }
    }
    for (Site s : sites(p)) {
      rowLevel.put(s, level);
    }
    placeAll(p, Placement.ROW);
  }

  /**
   * Whether text shares a paragraph with the opening tag before it or with the closing tag after
   * it. In one table cell that makes a paragraph block cut at the tags, like in the body; tags with
   * nothing outside them there keep making a row block (a one-column table's loop).
   */
  private static boolean textOutside(Site open, Site close) {
    String before = open.text();
    int at = before.indexOf(open.tagText().raw());
    String after = close.text();
    int end = after.lastIndexOf(close.tagText().raw());
    return (at > 0 && !before.substring(0, at).isBlank())
        || (end >= 0 && !after.substring(end + close.tagText().raw().length()).isBlank());
  }

  /**
   * Whether a block tag can split its paragraph: it is alone in it, or its run lies directly in the
   * paragraph (not in a hyperlink, a tracked change or a content control).
   */
  private static boolean splittable(Site s) {
    return s.alone() || s.tagText().runs() == s.paragraph().paragraph().getContent();
  }

  private static List<Site> sites(Pair p) {
    List<Site> list = new ArrayList<>(List.of(p.open(), p.close()));
    if (p.otherwise() != null) {
      list.add(p.otherwise());
    }
    return list;
  }

  private void placeAll(Pair p, Placement placement) {
    for (Site s : sites(p)) {
      placements.put(s, placement);
    }
  }

  private static int commonTableLevel(Site a, Site b) {
    List<CellSite> ca = a.paragraph().cells();
    List<CellSite> cb = b.paragraph().cells();
    int level = -1;
    for (int k = 0; k < Math.min(ca.size(), cb.size()); k++) {
      if (ca.get(k).table() != cb.get(k).table()) {
        break;
      }
      level = k;
      if (ca.get(k).cell() != cb.get(k).cell()) {
        break;
      }
    }
    return level;
  }

  private void plant(List<Site> sites) {
    List<CellSite> blockCells = new ArrayList<>();
    Map<P, List<Site>> blockGroups = new IdentityHashMap<>();
    for (Site s : sites) {
      if (placements.get(s) == Placement.BLOCK) {
        blockGroups.computeIfAbsent(s.paragraph().paragraph(), k -> new ArrayList<>()).add(s);
      }
    }
    Set<P> planted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Site s : sites) {
      Placement placement = placements.getOrDefault(s, Placement.INLINE);
      Text text = s.tagText().text();
      switch (placement) {
        case INLINE -> {
          text.setValue(marks.mark(s.id()));
          markers.put(s.id(), new Marker(s, MarkerKind.TEXT));
        }
        case BLOCK -> {
          P paragraph = s.paragraph().paragraph();
          if (planted.add(paragraph)) {
            List<Site> group = blockGroups.get(paragraph);
            if (group.size() == 1 && s.alone()) {
              plantAlone(s);
            } else {
              plantSplit(s.paragraph(), group);
            }
            if (s.inTable()) {
              blockCells.add(s.paragraph().innermostCell());
            }
          }
          markers.put(s.id(), new Marker(s, MarkerKind.PARAGRAPH));
        }
        case ROW -> {
          text.setValue("");
          CellSite cell = s.paragraph().cells().get(rowLevel.get(s));
          List<Object> rows = cell.table().getContent();
          int at = RunJoiner.indexOf(rows, cell.rowEntry());
          if (s.tag() instanceof Tag.Close) {
            at++;
            while (at < rows.size() && markerRows.containsKey(rows.get(at))) {
              at++;
            }
          }
          Tr marker = markerRow(s.id());
          markerRows.put(marker, s);
          rows.add(at, marker);
          rowTables.add(cell.table());
          markers.put(s.id(), new Marker(s, MarkerKind.ROW));
        }
      }
    }
    for (CellSite cell : blockCells) {
      List<Object> content = cell.cell().getContent();
      if (!(XmlUtils.unwrap(content.getLast()) instanceof P last)
          || markerParagraphs.contains(last)) {
        content.add(WML.createP());
      }
    }
    for (Site s : sites) {
      if (placements.get(s) == Placement.ROW) {
        removeIfEmpty(s);
      }
    }
    int nextId = sites.size() + 1;
    for (Tbl table : rowTables) {
      if (allRowsInBlocks(table)) {
        List<Object> rows = table.getContent();
        rows.addFirst(markerRow(nextId));
        markers.put(nextId, new Marker(null, MarkerKind.TABLE_START));
        nextId++;
        rows.addLast(markerRow(nextId));
        markers.put(nextId, new Marker(null, MarkerKind.TABLE_END));
        nextId++;
      }
    }
  }

  /**
   * A block tag alone in its paragraph: the paragraph becomes the tag's marker. What else the
   * paragraph holds (a picture, a page or column break, a bookmark, a comment, a field) stays in a
   * paragraph of its own outside the block: before an opening tag's marker, after a closing tag's.
   * A paragraph that ends a section (its {@code pPr} holds a {@code sectPr}, e.g. a switch to a
   * landscape page) keeps that section break outside the block the same way. An {@code else} has no
   * outside: such content there is a problem.
   */
  private void plantAlone(Site s) {
    List<Object> container = s.paragraph().container();
    int at = RunJoiner.indexOf(container, s.paragraph().entry());
    P marker = markerParagraph(s.id());
    markerParagraphs.add(marker);
    container.set(at, marker);
    P paragraph = s.paragraph().paragraph();
    s.tagText().text().setValue("");
    Set<String> kept = Keepables.of(paragraph.getContent());
    PPr pPr = paragraph.getPPr();
    boolean section = pPr != null && pPr.getSectPr() != null;
    if (s.tag() instanceof Tag.Else) {
      if (section) {
        problems.add(s.location(), "tidtam.template.else.section");
      }
      if (!kept.isEmpty()) {
        problems.add(
            s.location(), "tidtam.template.else.content", "content", Keepables.names(kept));
      }
      return;
    }
    P outside;
    if (!kept.isEmpty()) {
      outside = paragraph;
    } else if (section) {
      outside = WML.createP();
      outside.setPPr(pPr);
    } else {
      return;
    }
    container.add(s.tag() instanceof Tag.Close ? at + 1 : at, outside);
  }

  /**
   * Block tags that share their paragraph with other text: the paragraph is cut at each of them,
   * every piece keeps the paragraph's properties, and the tags' markers go between the pieces. Text
   * before an opening tag and after a closing tag thus stays outside the block, once. Pieces left
   * with only blank text disappear. A section break stays on the last piece, or for a paragraph
   * that ends with an opening tag on the piece before it, outside the block.
   */
  private void plantSplit(ParagraphSite site, List<Site> group) {
    P paragraph = site.paragraph();
    Map<Text, Site> cuts = new IdentityHashMap<>();
    for (Site s : group) {
      cuts.put(s.tagText().text(), s);
    }
    List<List<Object>> pieces = new ArrayList<>();
    List<Site> order = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    for (Object entry : paragraph.getContent()) {
      if (!(XmlUtils.unwrap(entry) instanceof R run) || !holdsAny(run, cuts)) {
        current.add(entry);
        continue;
      }
      R piece = runLike(run);
      for (Object item : run.getContent()) {
        Site cut =
            item instanceof jakarta.xml.bind.JAXBElement<?> el && el.getValue() instanceof Text t
                ? cuts.get(t)
                : null;
        if (cut == null) {
          piece.getContent().add(item);
          continue;
        }
        if (!piece.getContent().isEmpty()) {
          current.add(piece);
        }
        pieces.add(current);
        order.add(cut);
        current = new ArrayList<>();
        piece = runLike(run);
      }
      if (!piece.getContent().isEmpty()) {
        current.add(piece);
      }
    }
    pieces.add(current);
    PPr pPr = paragraph.getPPr();
    int sectionPiece = -1;
    if (pPr != null && pPr.getSectPr() != null) {
      Tag last = order.getLast().tag();
      if (last instanceof Tag.Else) {
        problems.add(order.getLast().location(), "tidtam.template.else.section");
      }
      sectionPiece = last instanceof Tag.Close ? order.size() : order.size() - 1;
    }
    List<Object> replacement = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      List<Object> content = pieces.get(i);
      if (i == sectionPiece || !Keepables.blank(content)) {
        P p = WML.createP();
        if (pPr != null) {
          PPr copy = XmlUtils.deepCopy(pPr);
          if (i != sectionPiece) {
            copy.setSectPr(null);
          }
          p.setPPr(copy);
        }
        p.getContent().addAll(content);
        replacement.add(p);
      }
      if (i < order.size()) {
        P marker = markerParagraph(order.get(i).id());
        markerParagraphs.add(marker);
        replacement.add(marker);
      }
    }
    List<Object> container = site.container();
    int at = RunJoiner.indexOf(container, site.entry());
    container.remove(at);
    container.addAll(at, replacement);
  }

  private static boolean holdsAny(R run, Map<Text, Site> cuts) {
    for (Object item : run.getContent()) {
      if (XmlUtils.unwrap(item) instanceof Text t && cuts.containsKey(t)) {
        return true;
      }
    }
    return false;
  }

  private static R runLike(R run) {
    R r = WML.createR();
    if (run.getRPr() != null) {
      r.setRPr(XmlUtils.deepCopy(run.getRPr()));
    }
    return r;
  }

  /** Whether every row of the table lies between a row block's opening and closing marker. */
  private boolean allRowsInBlocks(Tbl table) {
    int depth = 0;
    for (Object entry : table.getContent()) {
      Site s = markerRows.get(entry);
      if (s == null) {
        if (depth == 0) {
          return false;
        }
      } else if (s.tag() instanceof Tag.Close) {
        depth--;
      } else if (!(s.tag() instanceof Tag.Else)) {
        depth++;
      }
    }
    return true;
  }

  /**
   * Removes a row tag's paragraph that the tag left empty, unless the cell needs it: a paragraph
   * after a table stays (a cell must end with a paragraph, and two tables must not touch), and so
   * does a last paragraph whose predecessor is not a plain paragraph.
   */
  private void removeIfEmpty(Site s) {
    P p = s.paragraph().paragraph();
    List<Object> container = s.paragraph().container();
    if (container.size() < 2 || !isEmpty(p)) {
      return;
    }
    for (int i = 0; i < container.size(); i++) {
      if (XmlUtils.unwrap(container.get(i)) == p) {
        Object before = i > 0 ? XmlUtils.unwrap(container.get(i - 1)) : null;
        boolean last = i == container.size() - 1;
        if (before instanceof Tbl
            || (last && !(before instanceof P prev && !markerParagraphs.contains(prev)))) {
          return;
        }
        container.remove(i);
        return;
      }
    }
  }

  private static boolean isEmpty(P p) {
    for (Object entry : p.getContent()) {
      if (XmlUtils.unwrap(entry) instanceof R r) {
        for (Object item : r.getContent()) {
          if (!(XmlUtils.unwrap(item) instanceof Text t) || !t.getValue().isEmpty()) {
            return false;
          }
        }
      }
    }
    return Keepables.of(p.getContent()).isEmpty();
  }

  private P markerParagraph(int id) {
    Text t = WML.createText();
    t.setValue(marks.mark(id));
    R r = WML.createR();
    r.getContent().add(WML.createRT(t));
    P p = WML.createP();
    p.getContent().add(r);
    return p;
  }

  private Tr markerRow(int id) {
    Tc tc = WML.createTc();
    tc.getContent().add(markerParagraph(id));
    Tr tr = WML.createTr();
    tr.getContent().add(WML.createTrTc(tc));
    return tr;
  }
}
