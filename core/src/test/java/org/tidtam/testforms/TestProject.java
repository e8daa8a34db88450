package org.tidtam.testforms;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.thai.Round;

/** A project report of the second test form: one project, its money and its status. */
public record TestProject(
    @Label(th = "รหัสโครงการ", en = "Project code") String code,
    @Label(th = "ชื่อโครงการ", en = "Project name") String name,
    @Label(th = "ปีงบประมาณ", en = "Fiscal year") @Nullable Integer fiscalYear,
    @Label(th = "รอบการรายงาน", en = "Round") @Nullable Round round,
    @Label(th = "กลุ่มที่รับผิดชอบ", en = "Responsible group") @Nullable String responsibleGroup,
    @Label(th = "งบประมาณที่ได้รับ", en = "Allocated") @Kind(FieldType.MONEY)
        @Nullable BigDecimal allocated,
    @Label(th = "ใช้จ่ายจริง", en = "Spent") @Kind(FieldType.MONEY) @Nullable BigDecimal spent,
    @Label(th = "สถานะ", en = "Status") @Nullable Status status) {}
