package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.List;
import org.tidtam.template.TemplateProblem;

/** Collects every problem of one compilation, part by part. */
final class Problems {
  private final List<TemplateProblem> all = new ArrayList<>();
  private String part = "";

  void part(String name) {
    this.part = name;
  }

  void add(String location, String message) {
    all.add(new TemplateProblem(part, location, message));
  }

  int count() {
    return all.size();
  }

  List<TemplateProblem> list() {
    return List.copyOf(all);
  }
}
