package org.tidtam.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An annual report before it is written: the cover, the foreword and the parts in print order
 * (chapters, then annexes, each by {@link ReportPart#order()}).
 *
 * @param cover the cover
 * @param foreword the paragraphs of the foreword (คำนำ)
 * @param signature the lines under the foreword, e.g. the office and "กันยายน 2569"
 * @param parts the chapters and annexes, in print order
 */
public record AnnualReport(
    ReportCover cover, List<String> foreword, List<String> signature, List<ReportPart> parts) {

  private static final Comparator<ReportPart> PRINT_ORDER =
      Comparator.comparing(ReportPart::kind).thenComparingInt(ReportPart::order);

  public AnnualReport {
    foreword = List.copyOf(foreword);
    signature = List.copyOf(signature);
    parts = parts.stream().sorted(PRINT_ORDER).toList();
  }

  /**
   * The report with the parts every contributor adds for the scope; ties in order keep the order of
   * the contributors.
   */
  public static AnnualReport collect(
      ReportCover cover,
      List<String> foreword,
      List<String> signature,
      ReportScope scope,
      List<? extends ReportContributor> contributors) {
    List<ReportPart> parts = new ArrayList<>();
    for (ReportContributor contributor : contributors) {
      parts.addAll(contributor.reportParts(scope));
    }
    return new AnnualReport(cover, foreword, signature, parts);
  }

  /** The chapters, in print order. */
  public List<ReportPart> chapters() {
    return parts.stream().filter(p -> p.kind() == ReportPart.Kind.CHAPTER).toList();
  }

  /** The annexes, in print order. */
  public List<ReportPart> annexes() {
    return parts.stream().filter(p -> p.kind() == ReportPart.Kind.ANNEX).toList();
  }
}
