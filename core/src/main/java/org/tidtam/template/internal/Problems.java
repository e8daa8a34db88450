package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.Message;
import org.tidtam.template.TemplateProblem;

/** Collects every problem of one compilation, part by part. */
final class Problems {
  private final List<TemplateProblem> all = new ArrayList<>();
  private String part = "";

  void part(String name) {
    this.part = name;
  }

  void add(Message location, Message message) {
    all.add(new TemplateProblem(part, location, message));
  }

  /** A problem of a message key and its arguments, given as name, value, name, value… */
  void add(Message location, String key, Object... namesAndValues) {
    add(location, Message.of(key, namesAndValues));
  }

  int count() {
    return all.size();
  }

  List<TemplateProblem> list() {
    return List.copyOf(all);
  }
}
