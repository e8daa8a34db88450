package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Message;
import org.tidtam.template.Vocabulary;
import org.tidtam.template.internal.Tag.Path;

/**
 * Checks every tag's paths against the {@link Vocabulary} (unknown names, loops over non-lists,
 * images that are not images, misuse of {@code @number}) and every formatter name, and collects the
 * paths a template uses, expressed from the root (e.g. {@code activities.spent}).
 */
final class Linter {

  private record Loop(String var, Vocabulary element, String listPath) {}

  private record Resolved(@Nullable Vocabulary vocabulary, String rootPath) {}

  private final Vocabulary root;
  private final Problems problems;
  private final Set<String> paths;
  private final Deque<Loop> loops = new ArrayDeque<>();

  private Linter(Vocabulary root, Problems problems, Set<String> paths) {
    this.root = root;
    this.problems = problems;
    this.paths = paths;
  }

  /** Lints the tags of one part in the order given, adding the used paths to {@code paths}. */
  static void lint(List<Site> sites, Vocabulary root, Problems problems, Set<String> paths) {
    Linter linter = new Linter(root, problems, paths);
    for (Site s : sites) {
      linter.check(s);
    }
  }

  private void check(Site s) {
    switch (s.tag()) {
      case Tag.Value v -> {
        Resolved r = resolve(v.path(), s);
        if (r.vocabulary() instanceof Vocabulary.ListOf) {
          problems.add(
              s.location(),
              "tidtam.template.value.list",
              "path",
              v.path(),
              "tag",
              "{{#each " + v.path() + " as x}}");
        } else if (r.vocabulary() instanceof Vocabulary.ImageValue) {
          problems.add(
              s.location(),
              "tidtam.template.value.image",
              "path",
              v.path(),
              "tag",
              "{{%image " + v.path() + "}}");
        }
        for (Tag.FormatterCall call : v.formatters()) {
          checkFormatter(call, s);
        }
      }
      case Tag.EachOpen e -> {
        Resolved r = resolve(e.list(), s);
        Vocabulary element = Vocabulary.ANY;
        if (r.vocabulary() instanceof Vocabulary.ListOf list) {
          element = list.element();
        } else if (r.vocabulary() != null && !(r.vocabulary() instanceof Vocabulary.Any)) {
          problems.add(s.location(), "tidtam.template.each.notList", "path", e.list());
        }
        loops.push(new Loop(e.var(), element, r.rootPath()));
      }
      case Tag.Close c -> {
        if (c.block() == Tag.Block.EACH && !loops.isEmpty()) {
          loops.pop();
        }
      }
      case Tag.IfOpen i -> resolve(i.condition().path(), s);
      case Tag.Image i -> {
        Resolved r = resolve(i.path(), s);
        if (r.vocabulary() != null
            && !(r.vocabulary() instanceof Vocabulary.ImageValue)
            && !(r.vocabulary() instanceof Vocabulary.Any)) {
          problems.add(s.location(), "tidtam.template.image.notImage", "path", i.path());
        }
      }
      case Tag.Else e -> {}
    }
  }

  private void checkFormatter(Tag.FormatterCall call, Site s) {
    if (Formatters.find(call.name()) == null) {
      problems.add(
          s.location(),
          "tidtam.template.formatter.unknown",
          "name",
          call.name(),
          "known",
          String.join(", ", Formatters.names()));
    } else if (Formatters.needsArgument(call.name()) && call.arg() == null) {
      problems.add(s.location(), "tidtam.template.formatter.argument", "name", call.name());
    }
  }

  private Resolved resolve(Path path, Site s) {
    if (path.isNumber()) {
      if (loops.isEmpty()) {
        problems.add(s.location(), "tidtam.template.number.outside");
      }
      return new Resolved(new Vocabulary.Value(Vocabulary.ValueType.INTEGER), Path.NUMBER);
    }
    List<String> segs = path.segments();
    Vocabulary current = null;
    String rootPath = null;
    for (Loop loop : loops) {
      if (loop.var().equals(segs.getFirst())) {
        current = loop.element();
        rootPath = loop.listPath();
        break;
      }
    }
    int start = 1;
    if (current == null) {
      current = root;
      rootPath = "";
      start = 0;
    }
    StringBuilder full = new StringBuilder(rootPath);
    for (int i = start; i < segs.size(); i++) {
      String seg = segs.get(i);
      Vocabulary next = member(current, seg);
      if (next == null) {
        problems.add(s.location(), unknown(path, seg, current));
        paths.add(path.toString());
        return new Resolved(null, path.toString());
      }
      if (!full.isEmpty()) {
        full.append('.');
      }
      full.append(seg);
      current = next;
    }
    paths.add(full.toString());
    return new Resolved(current, full.toString());
  }

  private static @Nullable Vocabulary member(Vocabulary v, String name) {
    return switch (v) {
      case Vocabulary.Members m -> m.members().get(name);
      case Vocabulary.Any a -> a;
      default -> null;
    };
  }

  private static Message unknown(Path path, String seg, Vocabulary at) {
    String known =
        at instanceof Vocabulary.Members m
            ? new TreeSet<>(m.members().keySet()).stream().collect(Collectors.joining(", "))
            : "";
    return known.isEmpty()
        ? Message.of("tidtam.template.path.unknown", "path", path, "name", seg)
        : Message.of(
            "tidtam.template.path.unknownKnown", "path", path, "name", seg, "known", known);
  }
}
