package org.tidtam.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.i18n.Messages;
import org.tidtam.thai.ThaiDates;

/**
 * The texts an annual report starts with, which policy and planning change as they like in the
 * application, and which the command line's report uses as they are.
 */
public final class ReportTexts {

  public static final LocalizedText TITLE =
      LocalizedText.of("รายงานผลการดำเนินงาน", "Annual report");

  public static final LocalizedText PREPARED_BY =
      LocalizedText.of("กลุ่มนโยบายและแผน", "Policy and Planning Group");

  /** The foreword's paragraphs, by message key. */
  private static final List<String> FOREWORD =
      List.of("tidtam.report.foreword.purpose", "tidtam.report.foreword.sources");

  private ReportTexts() {}

  /** The usual foreword (คำนำ) of an office's annual report, paragraphs on their own lines. */
  public static String foreword(int fiscalYear, String office) {
    return FOREWORD.stream()
        .map(
            key ->
                Messages.render(
                    Message.of(key, "year", String.valueOf(fiscalYear), "office", office), Lang.TH))
        .collect(Collectors.joining("\n"));
  }

  /** The lines under the foreword: the office and the month of the report, e.g. ตุลาคม 2569. */
  public static List<String> signature(String office, LocalDate day) {
    return List.of(office, ThaiDates.monthName(day.getMonth()) + " " + ThaiDates.beYear(day));
  }
}
