package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/** The school's staff by type (จำนวนครูและบุคลากร). */
public record Staff(
    @Label(th = "ผู้อำนวยการ", en = "Directors") @PositiveOrZero(message = "{tidtam.notNegative}")
        int directors,
    @Label(th = "รองผู้อำนวยการ", en = "Deputy directors")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int deputyDirectors,
    @Label(th = "ข้าราชการครู", en = "Civil-service teachers")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int civilServantTeachers,
    @Label(th = "พนักงานราชการ", en = "Government employees (teachers)")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int governmentEmployees,
    @Label(th = "ครูอัตราจ้าง", en = "Contract teachers")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int contractTeachers,
    @Label(th = "บุคลากรสนับสนุน", en = "Support staff")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int supportStaff) {

  public static final Staff NONE = new Staff(0, 0, 0, 0, 0, 0);

  /** Those who teach: civil-service teachers, government employees and contract teachers. */
  @Computed
  @Label(th = "จำนวนครูผู้สอน", en = "Teachers")
  public int teachers() {
    return civilServantTeachers + governmentEmployees + contractTeachers;
  }

  @Computed
  @Label(th = "รวมทั้งสิ้น", en = "Total staff")
  public int total() {
    return directors + deputyDirectors + teachers() + supportStaff;
  }
}
