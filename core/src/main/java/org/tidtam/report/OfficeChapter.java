package org.tidtam.report;

import org.tidtam.i18n.LocalizedText;

/**
 * The office's own chapters of the annual report (the stable set of contents of an office's
 * report), with their Thai titles and their place. A form's plugin that adds a chapter places it
 * relative to these, e.g. {@code OfficeChapter.SCHOOL_RESULTS.order() + 10} for a chapter right
 * after the schools' results.
 */
public enum OfficeChapter {
  EXECUTIVE_SUMMARY(
      ReportPart.Kind.CHAPTER, 100, LocalizedText.of("บทสรุปผู้บริหาร", "Executive summary")),
  BASIC_INFORMATION(
      ReportPart.Kind.CHAPTER,
      200,
      LocalizedText.of("ส่วนที่ 1 ข้อมูลพื้นฐาน", "Part 1 Basic information")),
  DIRECTION(
      ReportPart.Kind.CHAPTER,
      300,
      LocalizedText.of("ส่วนที่ 2 ทิศทางการดำเนินงาน", "Part 2 Direction")),
  POLICY_RESULTS(
      ReportPart.Kind.CHAPTER,
      400,
      LocalizedText.of(
          "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์", "Part 3 Results by policy and strategy")),
  PROJECTS_AND_BUDGET(
      ReportPart.Kind.CHAPTER,
      500,
      LocalizedText.of(
          "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ", "Part 4 Projects and budget")),
  SCHOOL_RESULTS(
      ReportPart.Kind.CHAPTER,
      600,
      LocalizedText.of("ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา", "Part 5 Schools' results")),
  ACHIEVEMENTS(
      ReportPart.Kind.CHAPTER,
      700,
      LocalizedText.of("ส่วนที่ 6 ผลงานดีเด่น", "Part 6 Achievements")),
  PROBLEMS_AND_SUGGESTIONS(
      ReportPart.Kind.CHAPTER,
      800,
      LocalizedText.of(
          "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ", "Part 7 Problems, obstacles and suggestions")),
  WORKING_GROUP(
      ReportPart.Kind.ANNEX,
      100,
      LocalizedText.of("คำสั่งแต่งตั้งคณะทำงาน", "Appointment of the working group")),
  PHOTOS(ReportPart.Kind.ANNEX, 200, LocalizedText.of("ภาพกิจกรรม", "Activity photos")),
  REPORTING(
      ReportPart.Kind.ANNEX,
      300,
      LocalizedText.of(
          "ความครบถ้วนและความทันเวลาของการรายงาน", "Completeness and timeliness of the reports")),
  EDITORS(ReportPart.Kind.ANNEX, 900, LocalizedText.of("คณะผู้จัดทำ", "Editors"));

  private final ReportPart.Kind kind;
  private final int order;
  private final LocalizedText title;

  OfficeChapter(ReportPart.Kind kind, int order, LocalizedText title) {
    this.kind = kind;
    this.order = order;
    this.title = title;
  }

  /** A chapter of the body or an annex. */
  public ReportPart.Kind kind() {
    return kind;
  }

  /** Its place among the parts of its kind. */
  public int order() {
    return order;
  }

  /** The heading printed for it. */
  public String title() {
    return title.th();
  }

  /** The part with this chapter's place and title and the content given. */
  public ReportPart part(PartContent content) {
    return new ReportPart(kind, order, title(), content);
  }
}
