package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;

/**
 * One row of section 2 as the document prints it: the row as entered, the catalog titles of its
 * codes, and the budget of its linked projects (column l).
 *
 * @param allocated the sum allocated to the linked projects; null for routine work
 * @param spent the sum they spent; null for routine work
 * @param projects the linked projects, "code name" each
 */
public record ResultLine(
    @Label(th = "ผลการดำเนินงาน", en = "Result row") IndicatorResult result,
    @Label(th = "นโยบาย สพฐ.", en = "OBEC policy") String policy,
    @Label(th = "จุดเน้นและนโยบายเร่งด่วน (Quick Win)", en = "OBEC focus and Quick Win")
        List<String> focus,
    @Label(th = "กลยุทธ์ สพป.", en = "Office strategy") String strategy,
    @Label(th = "งบประมาณที่ได้รับจัดสรร (บาท)", en = "Allocated (baht)")
        @Nullable BigDecimal allocated,
    @Label(th = "ผลการเบิกจ่าย (บาท)", en = "Disbursed (baht)") @Nullable BigDecimal spent,
    @Label(th = "โครงการที่ขับเคลื่อน", en = "Driving projects") List<String> projects) {

  public ResultLine {
    focus = List.copyOf(focus);
    projects = List.copyOf(projects);
  }
}
