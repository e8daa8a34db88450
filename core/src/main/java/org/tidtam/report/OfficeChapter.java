package org.tidtam.report;

/**
 * The office's own chapters of the annual report (the stable set of contents of an office's
 * report), with their Thai titles and their place. A form's plugin that adds a chapter places it
 * relative to these, e.g. {@code OfficeChapter.SCHOOL_RESULTS.order() + 10} for a chapter right
 * after the schools' results.
 */
public enum OfficeChapter {
  EXECUTIVE_SUMMARY(ReportPart.Kind.CHAPTER, 100, "บทสรุปผู้บริหาร"),
  BASIC_INFORMATION(ReportPart.Kind.CHAPTER, 200, "ส่วนที่ 1 ข้อมูลพื้นฐาน"),
  DIRECTION(ReportPart.Kind.CHAPTER, 300, "ส่วนที่ 2 ทิศทางการดำเนินงาน"),
  POLICY_RESULTS(ReportPart.Kind.CHAPTER, 400, "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์"),
  PROJECTS_AND_BUDGET(
      ReportPart.Kind.CHAPTER, 500, "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ"),
  SCHOOL_RESULTS(ReportPart.Kind.CHAPTER, 600, "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา"),
  ACHIEVEMENTS(ReportPart.Kind.CHAPTER, 700, "ส่วนที่ 6 ผลงานดีเด่น"),
  PROBLEMS_AND_SUGGESTIONS(ReportPart.Kind.CHAPTER, 800, "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ"),
  WORKING_GROUP(ReportPart.Kind.ANNEX, 100, "คำสั่งแต่งตั้งคณะทำงาน"),
  PHOTOS(ReportPart.Kind.ANNEX, 200, "ภาพกิจกรรม"),
  REPORTING(ReportPart.Kind.ANNEX, 300, "ความครบถ้วนและความทันเวลาของการรายงาน"),
  EDITORS(ReportPart.Kind.ANNEX, 900, "คณะผู้จัดทำ");

  private final ReportPart.Kind kind;
  private final int order;
  private final String title;

  OfficeChapter(ReportPart.Kind kind, int order, String title) {
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
    return title;
  }

  /** The part with this chapter's place and title and the content given. */
  public ReportPart part(PartContent content) {
    return new ReportPart(kind, order, title, content);
  }
}
