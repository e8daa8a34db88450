package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.form.ProjectFact;

/**
 * What the 7.1 document shows beyond what the group typed: catalog titles, the rows of section 2
 * with the budget of their linked projects, and section 3, the group's projects of the same fiscal
 * year and round summarised from form 7.2, with totals.
 */
public record EsaMonitoringDerived(
    @Label(th = "กลุ่ม/หน่วยที่รายงาน", en = "Reporting group") String groupName,
    @Label(th = "ช่วงเวลารอบ 6 เดือน", en = "6-month period") String period6m,
    @Label(th = "ช่วงเวลารอบ 12 เดือน", en = "12-month period") String period12m,
    @Label(th = "ผลการดำเนินงานตามตัวชี้วัด", en = "Indicator results") List<ResultLine> results,
    @Label(th = "โครงการของกลุ่ม", en = "The group's projects") List<ProjectFact> projects,
    @Label(th = "งบประมาณที่ได้รับจัดสรรรวม", en = "Total allocated") BigDecimal totalAllocated,
    @Label(th = "ผลการเบิกจ่ายรวม", en = "Total disbursed") BigDecimal totalSpent,
    @Label(th = "คงเหลือรวม", en = "Total remaining") BigDecimal totalRemaining,
    @Label(th = "ร้อยละการเบิกจ่ายรวม", en = "Total disbursement (%)")
        @Nullable BigDecimal totalDisbursementPct) {

  public EsaMonitoringDerived {
    results = List.copyOf(results);
    projects = List.copyOf(projects);
  }
}
