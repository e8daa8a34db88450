package org.tidtam.template.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Message;
import org.tidtam.template.Formatter;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TemplateProblem;
import org.tidtam.template.internal.Tag.Condition;
import org.tidtam.template.internal.Tag.Path;

/**
 * A piece of a compiled part: static XML copied as is, or a value, loop, conditional or image that
 * writes XML for the data at hand. Immutable; rendering only reads it.
 */
sealed interface Fragment {

  void render(RenderState state, XmlOut out);

  static void renderAll(List<Fragment> fragments, RenderState state, XmlOut out) {
    for (int i = 0, n = fragments.size(); i < n; i++) {
      fragments.get(i).render(state, out);
    }
  }

  /** Template XML between tags (kept encoded, as it is written). */
  record Xml(String xml, byte[] utf8) implements Fragment {
    Xml(String xml) {
      this(xml, XmlOut.utf8(xml));
    }

    @Override
    public void render(RenderState state, XmlOut out) {
      out.append(utf8);
    }
  }

  /**
   * The empty paragraph a table cell needs when a block ends it (a cell must end with a paragraph):
   * written only when what the block rendered does not already end with one.
   */
  record CellEnd() implements Fragment {
    static final String EMPTY_PARAGRAPH = "<w:p/>";

    @Override
    public void render(RenderState state, XmlOut out) {
      if (!out.endsWith("</w:p>")) {
        out.append(EMPTY_PARAGRAPH);
      }
    }
  }

  /**
   * A table all of whose rows sit in row blocks: written only when the blocks render a row (Word
   * rejects a table without rows). When dropped where a paragraph must follow (the end of a cell,
   * header or footer), an empty paragraph takes its place.
   */
  record TableOut(String head, List<Fragment> rows, boolean needsParagraph) implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      long start = out.length();
      out.append(head);
      long mark = out.length();
      out.hold(start, mark);
      renderAll(rows, state, out);
      out.release();
      if (out.length() > mark) {
        out.append("</w:tbl>");
        return;
      }
      out.truncate(start);
      if (needsParagraph) {
        out.append(CellEnd.EMPTY_PARAGRAPH);
      }
    }
  }

  /** The number of a template drawing repeated by a loop: a fresh drawing id per repetition. */
  record DrawingId() implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      out.append(state.nextDrawingId());
    }
  }

  /**
   * A formatter with its argument, resolved at compile time; {@code builtIn} formatters never
   * throw, the engine's own ones are guarded.
   */
  record BoundFormatter(String name, Formatter formatter, @Nullable String arg, boolean builtIn) {}

  /**
   * {@code {{path | fmt}}}, written inside an open {@code w:t}; {@code tag} and {@code location}
   * name it when a formatter of the engine's own fails.
   */
  record ValueOut(
      Path path, List<BoundFormatter> formatters, boolean inTable, String tag, Message location)
      implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      Object v = state.resolve(path);
      for (BoundFormatter f : formatters) {
        v = f.builtIn() ? f.formatter().apply(v, f.arg(), state.context()) : guarded(f, v, state);
      }
      String text = Formatters.display(v, state.context());
      if (state.thaiDigits(inTable)) {
        text = FixedDigits.thaiWords(text);
      }
      Sanitizer.appendRunText(out, text);
    }

    /**
     * Applies a formatter of the engine's own; whatever it throws ends the render as a {@link
     * TemplateException} naming the formatter, the tag, its part and its place, never as the raw
     * exception.
     */
    private @Nullable Object guarded(BoundFormatter f, @Nullable Object v, RenderState state) {
      try {
        return f.formatter().apply(v, f.arg(), state.context());
      } catch (RuntimeException e) {
        String detail =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        TemplateProblem problem =
            new TemplateProblem(
                state.partName(),
                location,
                Message.of(
                    "tidtam.template.formatter.failed",
                    "name",
                    f.name(),
                    "tag",
                    tag,
                    "detail",
                    detail));
        throw new TemplateException(state.templateName(), List.of(problem), e);
      }
    }
  }

  /** {@code {{#each list as var}} body {{/each}}}. */
  record EachOut(Path list, String var, List<Fragment> body) implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      Object value = state.resolve(list);
      Iterable<?> items =
          switch (value) {
            case Iterable<?> it -> it;
            case Object[] array -> Arrays.asList(array);
            case null, default -> List.of();
          };
      int number = 0;
      for (Object item : items) {
        state.push(var, item, ++number);
        renderAll(body, state, out);
        state.pop();
      }
    }
  }

  /** {@code {{#if cond}} then {{else}} otherwise {{/if}}}. */
  record IfOut(Condition condition, List<Fragment> then, List<Fragment> otherwise)
      implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      renderAll(test(state) ? then : otherwise, state, out);
    }

    private boolean test(RenderState state) {
      Object v = state.resolve(condition.path());
      return switch (condition.op()) {
        case TRUTHY -> Formatters.truthy(v);
        case FALSY -> !Formatters.truthy(v);
        case EQUALS -> matches(v, state);
        case NOT_EQUALS -> !matches(v, state);
      };
    }

    private boolean matches(@Nullable Object v, RenderState state) {
      String operand = condition.operand() == null ? "" : condition.operand();
      if (v instanceof Enum<?> e && e.name().equals(operand)) {
        return true;
      }
      return Formatters.display(v, state.context()).equals(operand);
    }
  }

  /** {@code {{%image path width=8cm}}}, written inside an open {@code w:t} of its own run. */
  record ImageOut(Path path, @Nullable Long maxWidthEmu) implements Fragment {
    @Override
    public void render(RenderState state, XmlOut out) {
      Object image = state.resolve(path);
      if (image == null) {
        return;
      }
      byte[] data = Accessors.get(image, "data") instanceof byte[] b ? b : null;
      ImageHeaders.Size size = data == null ? null : ImageHeaders.read(data);
      if (data == null || size == null) {
        return;
      }
      long max = maxWidthEmu != null ? maxWidthEmu : state.textWidthEmu();
      long cx = size.widthPx() * ImageHeaders.EMU_PER_PIXEL;
      long cy = size.heightPx() * ImageHeaders.EMU_PER_PIXEL;
      if (cx > max) {
        cy = cy * max / cx;
        cx = max;
      }
      String relId = state.addImage(data, size.extension());
      long id = state.nextDrawingId();
      StringBuilder drawing = new StringBuilder(1024).append("</w:t>");
      ImageHeaders.appendDrawing(drawing, relId, id, cx, cy);
      out.append(drawing.append("<w:t xml:space=\"preserve\">").toString());
    }
  }
}
