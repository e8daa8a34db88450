package org.tidtam.template;

import java.util.List;
import java.util.stream.Collectors;

/** A template could not be compiled; lists every problem found, each with its location. */
public final class TemplateException extends RuntimeException {
  private final List<TemplateProblem> problems;

  public TemplateException(String templateName, List<TemplateProblem> problems) {
    super(
        "template "
            + templateName
            + " has "
            + problems.size()
            + " problem(s):\n"
            + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<TemplateProblem> problems() {
    return problems;
  }
}
