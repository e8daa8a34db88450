package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FormLists;
import org.tidtam.form.Label;

/**
 * The learning achievement (ผลสัมฤทธิ์ทางการเรียน) of one academic year, one row per learning area,
 * each area once.
 */
@GpaAreasOnce
public record GpaResult(
    @Label(th = "ปีการศึกษา (พ.ศ.)", en = "Academic year (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer academicYear,
    @Label(th = "ผลสัมฤทธิ์รายกลุ่มสาระการเรียนรู้", en = "By learning area")
        List<@Valid GpaRow> rows) {

  public GpaResult {
    rows = FormLists.rows(rows);
  }
}
