package org.tidtam.template;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/**
 * A template could not be compiled (or, rarely, rendered); lists every problem found, each with its
 * location. Its {@link #text(org.tidtam.i18n.Lang) text} is a headline and one line a problem;
 * {@link #getMessage()} is English, for logs.
 */
public final class TemplateException extends LocalizedException {
  private final List<TemplateProblem> problems;

  public TemplateException(String templateName, List<TemplateProblem> problems) {
    this(templateName, problems, null);
  }

  /** A template that failed while rendering, e.g. a formatter of the engine's own that threw. */
  public TemplateException(
      String templateName, List<TemplateProblem> problems, @Nullable Throwable cause) {
    super(lines(templateName, problems), cause);
    this.problems = List.copyOf(problems);
  }

  public List<TemplateProblem> problems() {
    return problems;
  }

  private static List<Message> lines(String templateName, List<TemplateProblem> problems) {
    List<Message> lines = new ArrayList<>(problems.size() + 1);
    lines.add(
        Message.of("tidtam.template.invalid", "name", templateName, "count", problems.size()));
    for (TemplateProblem p : problems) {
      lines.add(Message.of("tidtam.template.problemLine", "problem", p.line()));
    }
    return lines;
  }
}
