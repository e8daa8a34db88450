package org.tidtam.forms.projectreport;

import java.util.List;
import org.tidtam.form.Label;

/**
 * The catalog titles of the codes a report refers to, so that the document prints "กลุ่มนิเทศ
 * ติดตามและประเมินผลการจัดการศึกษา" where the submission stores {@code SUPERVISION}. A code the
 * catalog does not know prints as itself.
 */
public record ProjectReportDerived(
    @Label(th = "กลุ่ม/หน่วยที่รับผิดชอบ", en = "Responsible group") String groupName,
    @Label(th = "ยุทธศาสตร์ชาติ", en = "National strategy") String nationalStrategy,
    @Label(th = "นโยบาย สพฐ.", en = "OBEC policy") String obecPolicy,
    @Label(th = "จุดเน้นและนโยบายเร่งด่วน (Quick Win)", en = "OBEC focus and Quick Win")
        List<String> obecFocus,
    @Label(th = "กลยุทธ์ สพป.", en = "Office strategy") String esaStrategy,
    @Label(th = "ตัวชี้วัด สพป.", en = "Office indicators") List<String> esaIndicators) {

  public ProjectReportDerived {
    obecFocus = List.copyOf(obecFocus);
    esaIndicators = List.copyOf(esaIndicators);
  }
}
