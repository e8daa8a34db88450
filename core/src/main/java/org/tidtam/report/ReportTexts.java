package org.tidtam.report;

import java.time.LocalDate;
import java.util.List;
import org.tidtam.i18n.LocalizedText;
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

  private ReportTexts() {}

  /** The usual foreword (คำนำ) of an office's annual report, paragraphs on their own lines. */
  public static String foreword(int fiscalYear, String office) {
    return "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. "
        + fiscalYear
        + " ของ"
        + office
        + " จัดทำขึ้นเพื่อสรุปผลการดำเนินงานตามนโยบายและกลยุทธ์ของสำนักงานคณะกรรมการการศึกษา"
        + "ขั้นพื้นฐาน และแผนปฏิบัติราชการประจำปีของสำนักงานเขตพื้นที่การศึกษา ในรอบปีงบประมาณ"
        + " เพื่อเผยแพร่ประชาสัมพันธ์ต่อสาธารณชน และเป็นสารสนเทศสำหรับการบริหารจัดการของผู้เกี่ยวข้อง"
        + "ทุกระดับ\n"
        + "ข้อมูลในรายงานฉบับนี้รวบรวมจากแบบรายงานผลการดำเนินงานของกลุ่มงาน โครงการ และสถานศึกษา"
        + " ในสังกัด ขอขอบคุณผู้บริหาร ครู บุคลากรทางการศึกษา และทุกภาคส่วนที่ให้ความร่วมมือ"
        + " หวังเป็นอย่างยิ่งว่ารายงานฉบับนี้จะเป็นประโยชน์ต่อการพัฒนาคุณภาพการศึกษาต่อไป";
  }

  /** The lines under the foreword: the office and the month of the report, e.g. ตุลาคม 2569. */
  public static List<String> signature(String office, LocalDate day) {
    return List.of(office, ThaiDates.monthName(day.getMonth()) + " " + ThaiDates.beYear(day));
  }
}
