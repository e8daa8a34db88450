package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderContext;
import org.tidtam.template.RenderModel;
import org.tidtam.template.internal.Tag.Path;

/**
 * The mutable state of one render: the loop variables in scope, and the images added so far (with
 * their relationships per part). Never shared between renders.
 */
final class RenderState {

  /** An image file to add under {@code word/media/}. */
  record Media(String name, String extension, byte[] data) {}

  /** A relationship to add to a part's {@code .rels}. */
  record Relation(String id, String target) {}

  private static final class Scope {
    final @Nullable Scope parent;
    final String var;
    final @Nullable Object value;
    final int number;

    Scope(@Nullable Scope parent, String var, @Nullable Object value, int number) {
      this.parent = parent;
      this.var = var;
      this.value = value;
      this.number = number;
    }
  }

  private final String templateName;
  private final Object root;
  private final Map<String, Object> globals;
  private final RenderContext context;
  private final long textWidthEmu;
  private @Nullable Scope scope;
  private String part = "";
  private long drawingId;
  private final List<Media> media = new ArrayList<>();
  private final Map<String, List<Relation>> relations = new LinkedHashMap<>();

  RenderState(
      String templateName,
      RenderModel model,
      RenderContext context,
      long textWidthEmu,
      long firstDrawingId) {
    this.templateName = templateName;
    this.root = model.root();
    this.globals = model.globals();
    this.context = context;
    this.textWidthEmu = textWidthEmu;
    this.drawingId = firstDrawingId;
  }

  RenderContext context() {
    return context;
  }

  long textWidthEmu() {
    return textWidthEmu;
  }

  Numerals numerals() {
    return context.options().numerals();
  }

  boolean thaiDigits(boolean inTable) {
    Numerals n = context.options().numerals();
    return n == Numerals.THAI || (n == Numerals.THAI_TEXT_ARABIC_TABLES && !inTable);
  }

  void part(String partName) {
    this.part = partName;
  }

  /** The part being rendered, e.g. {@code word/document.xml}. */
  String partName() {
    return part;
  }

  /** The name the template was compiled under. */
  String templateName() {
    return templateName;
  }

  void push(String var, @Nullable Object value, int number) {
    scope = new Scope(scope, var, value, number);
  }

  void pop() {
    scope = scope == null ? null : scope.parent;
  }

  @Nullable Object resolve(Path path) {
    List<String> segs = path.segments();
    String head = segs.getFirst();
    Object value;
    if (path.isNumber()) {
      return scope == null ? null : scope.number;
    }
    Scope s = scope;
    while (s != null && !s.var.equals(head)) {
      s = s.parent;
    }
    if (s != null) {
      value = s.value;
    } else if (globals.containsKey(head)) {
      value = globals.get(head);
    } else {
      value = Accessors.get(root, head);
    }
    for (int i = 1, n = segs.size(); i < n && value != null; i++) {
      value = Accessors.get(value, segs.get(i));
    }
    return value;
  }

  long nextDrawingId() {
    return drawingId++;
  }

  /** Registers an image for the current part and returns its relationship id. */
  String addImage(byte[] data, String extension) {
    String name = "tidtam-image" + (media.size() + 1) + "." + extension;
    media.add(new Media(name, extension, data));
    List<Relation> rels = relations.computeIfAbsent(part, k -> new ArrayList<>());
    String id = "rIdTidtam" + media.size();
    String dir = part.contains("/") ? part.substring(0, part.lastIndexOf('/')) : "";
    String target = dir.equals("word") ? "media/" + name : "/word/media/" + name;
    rels.add(new Relation(id, target));
    return id;
  }

  List<Media> media() {
    return media;
  }

  Map<String, List<Relation>> relations() {
    return relations;
  }
}
