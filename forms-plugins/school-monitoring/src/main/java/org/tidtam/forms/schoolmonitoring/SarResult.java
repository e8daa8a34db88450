package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.QualityLevel;

/**
 * The levels of the school's self-assessment report (SAR) of one academic year per standard of
 * basic education and, for schools with kindergarten classes, per early-childhood standard.
 */
public record SarResult(
    @Label(th = "ปีการศึกษา (พ.ศ.)", en = "Academic year (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer academicYear,
    @Label(th = "มาตรฐานที่ 1 คุณภาพของผู้เรียน", en = "Standard 1: learner quality")
        @Nullable QualityLevel learnerQuality,
    @Label(th = "มาตรฐานที่ 2 กระบวนการบริหารและการจัดการ", en = "Standard 2: management")
        @Nullable QualityLevel management,
    @Label(
            th = "มาตรฐานที่ 3 กระบวนการจัดการเรียนการสอนที่เน้นผู้เรียนเป็นสำคัญ",
            en = "Standard 3: learner-centred teaching")
        @Nullable QualityLevel teaching,
    @Label(th = "ปฐมวัย มาตรฐานที่ 1 คุณภาพของเด็ก", en = "Early childhood 1: child quality")
        @Nullable QualityLevel childQuality,
    @Label(
            th = "ปฐมวัย มาตรฐานที่ 2 กระบวนการบริหารและการจัดการ",
            en = "Early childhood 2: management")
        @Nullable QualityLevel childManagement,
    @Label(
            th = "ปฐมวัย มาตรฐานที่ 3 การจัดประสบการณ์ที่เน้นเด็กเป็นสำคัญ",
            en = "Early childhood 3: child-centred experiences")
        @Nullable QualityLevel childExperience) {}
