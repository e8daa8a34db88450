package org.tidtam.figures;

import java.time.Instant;
import java.util.List;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.Vocabulary;

/**
 * Renders a {@link Memo} with its Word template ({@code templates/memo-director.docx} of the
 * templates jar, or an office's own) through the template engine. The memo carries its provenance
 * ({@link ProvenancePart}): the template by the SHA-256 of its bytes and the submissions its
 * figures were computed from, as the caller names them.
 */
public final class MemoDocument {

  /** The template's name in the templates jar. */
  public static final String TEMPLATE = "memo-director.docx";

  private MemoDocument() {}

  /**
   * The memo as a .docx, Thai, in Arabic digits, dated the memo's day; its provenance names no
   * source submission.
   */
  public static byte[] render(TemplateEngine engine, byte[] template, Memo memo) {
    return render(engine, template, memo, List.of());
  }

  /**
   * The memo as a .docx, Thai, in Arabic digits, dated the memo's day; its provenance names the
   * submissions its figures were computed from.
   */
  public static byte[] render(
      TemplateEngine engine, byte[] template, Memo memo, List<Provenance.Source> sources) {
    Template compiled = engine.compile(TEMPLATE, template, Vocabulary.ANY);
    RenderOptions options =
        new RenderOptions(
            org.tidtam.i18n.Lang.TH, org.tidtam.template.Numerals.ARABIC, memo.date());
    byte[] docx = compiled.render(RenderModel.of(memo), options);
    return ProvenancePart.stamp(
        docx, Provenance.of(sources, Provenance.TemplateRef.of(TEMPLATE, template), Instant.now()));
  }
}
