package org.tidtam.figures;

import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.Vocabulary;

/**
 * Renders a {@link Memo} with its Word template ({@code templates/memo-director.docx} of the
 * templates jar, or an office's own) through the template engine.
 */
public final class MemoDocument {

  /** The template's name in the templates jar. */
  public static final String TEMPLATE = "memo-director.docx";

  private MemoDocument() {}

  /** The memo as a .docx, Thai, in Arabic digits, dated the memo's day. */
  public static byte[] render(TemplateEngine engine, byte[] template, Memo memo) {
    Template compiled = engine.compile(TEMPLATE, template, Vocabulary.ANY);
    RenderOptions options =
        new RenderOptions(
            org.tidtam.i18n.Lang.TH, org.tidtam.template.Numerals.ARABIC, memo.date());
    return compiled.render(RenderModel.of(memo), options);
  }
}
