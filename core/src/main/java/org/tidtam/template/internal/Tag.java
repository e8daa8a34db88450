package org.tidtam.template.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One parsed {@code {{ ... }}} placeholder. */
public sealed interface Tag {

  /** {@code {{path | fmt | fmt:"arg"}}}. */
  record Value(Path path, List<FormatterCall> formatters) implements Tag {
    public Value {
      formatters = List.copyOf(formatters);
    }
  }

  /** {@code {{#each path as name}}}. */
  record EachOpen(Path list, String var) implements Tag {}

  /** {@code {{#if condition}}}. */
  record IfOpen(Condition condition) implements Tag {}

  /** {@code {{else}}}. */
  record Else() implements Tag {}

  /** {@code {{/each}}} or {@code {{/if}}}. */
  record Close(Block block) implements Tag {}

  /** {@code {{%image path width=8cm}}}. */
  record Image(Path path, @Nullable Double widthCm) implements Tag {}

  /** The two kinds of blocks. */
  enum Block {
    EACH,
    IF;

    String keyword() {
      return this == EACH ? "each" : "if";
    }
  }

  /** {@code name} or {@code name:"argument"} after a {@code |}. */
  record FormatterCall(String name, @Nullable String arg) {}

  /** {@code path}, {@code !path}, {@code path == 'X'}, {@code path != 'X'}. */
  record Condition(Path path, Op op, @Nullable String operand) {
    /** How the path's value is tested. */
    public enum Op {
      TRUTHY,
      FALSY,
      EQUALS,
      NOT_EQUALS
    }
  }

  /** A dotted path; {@code @number} is a path of its own. */
  record Path(List<String> segments) {
    public static final String NUMBER = "@number";

    public Path {
      segments = List.copyOf(segments);
    }

    public String head() {
      return segments.getFirst();
    }

    public boolean isNumber() {
      return segments.size() == 1 && NUMBER.equals(segments.getFirst());
    }

    @Override
    public String toString() {
      return String.join(".", segments);
    }
  }
}
