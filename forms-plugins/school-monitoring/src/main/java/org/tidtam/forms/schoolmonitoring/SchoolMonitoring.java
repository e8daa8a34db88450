package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.Section;
import org.tidtam.form.monitoring.NoneOrRows;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * One submission of form 7.3: a school's report for a round of the fiscal year, from its basic data
 * (part 1) through its work on each OBEC policy (2), quality indicators (3), awards (4), problems
 * and the support it needs (5) to the sign-off (6). Part 3 asks only for the levels the school
 * teaches. Built to be finished in a quarter of an hour: what the office knows is prefilled, totals
 * and ratios are computed, and "ไม่มี" is a tick, not a text.
 */
@Label(th = "แบบติดตามและรายงานผลของสถานศึกษา", en = "School monitoring and report form")
@StudentTable(groups = Complete.class)
@StudentsMatchDmc(groups = Complete.class, payload = Warning.class)
@PolicyRows(groups = Complete.class)
@LevelSections(groups = Complete.class)
@NoneOrRows(rows = "problems", none = "noProblems", groups = Complete.class)
@NoneOrRows(rows = "supportNeeded", none = "noSupportNeeded", groups = Complete.class)
@TeachersDeveloped(groups = Complete.class)
@ReportDateAfterRound(groups = Complete.class, payload = Warning.class)
@AcademicYears(groups = Complete.class)
@AcademicYears(groups = Complete.class, payload = Warning.class, missing = true)
public record SchoolMonitoring(
    // ส่วนที่ 1 ข้อมูลพื้นฐานสถานศึกษา
    @Section(number = "1", th = "ข้อมูลพื้นฐานสถานศึกษา", en = "School information")
        @Label(th = "ปีงบประมาณ (พ.ศ.)", en = "Fiscal year (B.E.)")
        @Min(value = 2560, message = "{tidtam.fiscalYear.range}")
        @Max(value = 2600, message = "{tidtam.fiscalYear.range}")
        int fiscalYear,
    @Label(th = "รอบการรายงาน", en = "Reporting round") @NotNull(message = "{tidtam.required}")
        Round round,
    @Label(th = "รหัสสถานศึกษา", en = "School code")
        @CatalogRef(ReferenceKind.SCHOOL)
        @NotBlank(message = "{tidtam.required}")
        @Pattern(regexp = "\\d{8}|\\d{10}", message = "{tidtam.form73.schoolCode.format}")
        String schoolCode,
    @Label(th = "ชื่อสถานศึกษา (ไม่ต้องพิมพ์คำว่า \"โรงเรียน\")", en = "School name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 255, message = "{tidtam.tooLong}")
        String schoolName,
    @Label(th = "อำเภอ", en = "District")
        @CatalogRef(ReferenceKind.DISTRICT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String district,
    @Label(
            th = "ที่ตั้ง (หมู่ที่ ตำบล รหัสไปรษณีย์)",
            en = "Address (village, sub-district, postcode)")
        @Valid
        @Nullable Address address,
    @Label(th = "กลุ่มเครือข่ายสถานศึกษา", en = "School network")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String network,
    @Label(th = "ระดับที่เปิดสอน", en = "Levels taught")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form73.levels.required}")
        List<Level> levels,
    @Label(th = "ลักษณะพิเศษ", en = "Special characteristics")
        List<SpecialCharacteristic> specialCharacteristics,
    @Label(th = "เกณฑ์การจัดขนาดสถานศึกษา", en = "Size scheme") SizeScheme sizeScheme,
    @Label(th = "ผู้อำนวยการสถานศึกษา", en = "Director")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        @Nullable Director director,
    @Label(th = "ข้อมูลนักเรียน ณ วันที่", en = "Student data as of") @Nullable LocalDate dataAsOf,
    @Label(th = "จำนวนนักเรียนตามข้อมูล DMC", en = "Students according to DMC")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable Integer dmcStudents,
    @Label(th = "จำนวนนักเรียนจำแนกตามระดับชั้น", en = "Students by grade")
        List<@Valid GradeCount> students,
    @Label(th = "จำนวนครูและบุคลากร", en = "Staff")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        @Nullable Staff staff,

    // ส่วนที่ 2 ผลการดำเนินงานตามนโยบาย สพฐ.
    @Section(number = "2", th = "ผลการดำเนินงานตามนโยบาย สพฐ.", en = "Results per OBEC policy")
        @Label(th = "ผลการดำเนินงานรายนโยบาย", en = "Policy results")
        @NotEmpty(groups = Complete.class, message = "{tidtam.form73.policies.required}")
        List<@Valid PolicyResult> policies,

    // ส่วนที่ 3 ตัวชี้วัดคุณภาพ
    @Section(number = "3", th = "ตัวชี้วัดคุณภาพ", en = "Quality indicators")
        @Label(th = "ผลการประเมินความสามารถด้านการอ่าน (RT) ชั้น ป.1", en = "RT, grade 1")
        @Valid
        @Nullable RtResult rt,
    @Label(th = "ผลการประเมินคุณภาพผู้เรียน (NT) ชั้น ป.3", en = "NT, grade 3") @Valid
        @Nullable NtResult nt,
    @Label(th = "ผลการทดสอบ O-NET ชั้น ป.6", en = "O-NET, grade 6") @Valid
        @Nullable OnetResult onetP6,
    @Label(th = "ผลการทดสอบ O-NET ชั้น ม.3", en = "O-NET, grade 9") @Valid
        @Nullable OnetResult onetM3,
    @Label(th = "ผลการคัดกรองการอ่านออกเขียนได้ ชั้น ป.1–3", en = "Reading and writing, grades 1–3")
        List<@Valid ScreeningRow> screening,
    @Label(th = "ปีการศึกษาของผลการคัดกรอง (พ.ศ.)", en = "Academic year of the screening (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer screeningYear,
    @Label(
            th = "ผลสัมฤทธิ์ทางการเรียนเฉลี่ยรายกลุ่มสาระการเรียนรู้",
            en = "Learning achievement by learning area")
        @Valid
        @Nullable GpaResult gpa,
    @Label(th = "ความปลอดภัย", en = "Safety") @Valid @Nullable Safety safety,
    @Label(th = "โอกาสทางการศึกษา", en = "Access and equity") @Valid @Nullable Access access,
    @Label(th = "สุขภาวะ", en = "Health") @Valid @Nullable Health health,
    @Label(th = "การพัฒนาครู", en = "Teacher development") @Valid
        @Nullable TeacherDevelopment teacherDevelopment,
    @Label(th = "ผลการประเมินตนเองของสถานศึกษา (SAR)", en = "Self-assessment (SAR)") @Valid
        @Nullable SarResult sar,
    @Label(th = "การลดภาระงานครู", en = "Teacher-workload reduction") @Valid
        @Nullable WorkloadReduction workload,

    // ส่วนที่ 4 ผลงานดีเด่น/รางวัล
    @Section(
            number = "4",
            th = "ผลงานดีเด่น รางวัล และแนวปฏิบัติที่ดี",
            en = "Awards and best practice")
        @Label(th = "ผลงาน/รางวัล", en = "Awards")
        List<@Valid Award> awards,

    // ส่วนที่ 5 ปัญหา อุปสรรค และความต้องการการสนับสนุน
    @Section(
            number = "5",
            th = "ปัญหา อุปสรรค ข้อเสนอแนะ และความต้องการการสนับสนุนจาก สพป.",
            en = "Problems, suggestions and support needed")
        @Label(th = "ไม่มีปัญหา/อุปสรรค", en = "No problems")
        boolean noProblems,
    @Label(th = "ปัญหา/อุปสรรค", en = "Problems")
        List<
                @NotBlank(groups = Complete.class, message = "{tidtam.required}") @CleanText
                @Size(max = 1000, message = "{tidtam.tooLong}") String>
            problems,
    @Label(th = "ไม่มีความต้องการการสนับสนุน", en = "No support needed") boolean noSupportNeeded,
    @Label(th = "ความต้องการการสนับสนุนจาก สพป.", en = "Support needed from the office")
        List<
                @NotBlank(groups = Complete.class, message = "{tidtam.required}") @CleanText
                @Size(max = 1000, message = "{tidtam.tooLong}") String>
            supportNeeded,
    @Label(th = "ข้อเสนอแนะ", en = "Suggestions")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String suggestions,

    // ส่วนที่ 6 การรับรอง
    @Section(number = "6", th = "การรับรองข้อมูล", en = "Sign-off")
        @Label(th = "ผู้รายงาน", en = "Reporter")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        @Nullable Signer reporter,
    @Label(th = "วันที่ผู้อำนวยการรับรอง", en = "Date certified by the director")
        @Nullable LocalDate certifiedOn) {

  public SchoolMonitoring {
    levels = FormLists.rows(levels);
    specialCharacteristics = FormLists.rows(specialCharacteristics);
    sizeScheme = sizeScheme == null ? SizeScheme.OBEC_4 : sizeScheme;
    students = FormLists.rows(students);
    policies = FormLists.rows(policies);
    screening = FormLists.rows(screening);
    awards = FormLists.rows(awards);
    problems = FormLists.texts(problems);
    supportNeeded = FormLists.texts(supportNeeded);
  }

  /**
   * Whether the fiscal year is in the range the form accepts, so that its dates can be worked out.
   */
  boolean knownYear() {
    return fiscalYear >= 2560 && fiscalYear <= 2600;
  }

  /** The school's name as printed: with the word โรงเรียน, which the name is stored without. */
  @Computed
  @Label(th = "ชื่อโรงเรียน", en = "School name as printed")
  public String schoolFullName() {
    String name = schoolName == null ? "" : schoolName.strip();
    return name.isEmpty() || name.startsWith(SchoolNames.PREFIX) ? name : SchoolNames.PREFIX + name;
  }

  /**
   * The school's address as printed, e.g. {@code หมู่ที่ 3 ตำบลไสไทย อำเภอเมืองกระบี่}; the
   * template adds the province and the postcode.
   */
  @Computed
  @Label(th = "ที่ตั้ง (ถึงอำเภอ)", en = "Address up to the district")
  public String addressLine() {
    String before = address == null ? "" : address.beforeDistrict();
    String d = district == null ? "" : district.strip();
    return (before + (d.isEmpty() ? "" : "อำเภอ" + d)).strip();
  }

  /** The director's position under the signature, e.g. ผู้อำนวยการโรงเรียนวัดสถิตโพธาราม. */
  @Computed
  @Label(th = "ตำแหน่งผู้อำนวยการ", en = "Director's position")
  public String directorPosition() {
    String position = "ผู้อำนวยการ" + schoolFullName();
    return director != null && director.acting() ? "รักษาการในตำแหน่ง" + position : position;
  }

  @Computed
  @Label(th = "เปิดสอนระดับปฐมวัย", en = "Teaches early childhood")
  public boolean teachesEarlyChildhood() {
    return levels.contains(Level.EARLY_CHILDHOOD);
  }

  @Computed
  @Label(th = "เปิดสอนระดับประถมศึกษา", en = "Teaches primary")
  public boolean teachesPrimary() {
    return levels.contains(Level.PRIMARY);
  }

  @Computed
  @Label(th = "เปิดสอนระดับมัธยมศึกษาตอนต้น", en = "Teaches lower secondary")
  public boolean teachesLowerSecondary() {
    return levels.contains(Level.LOWER_SECONDARY);
  }

  /** Primary or lower secondary: the levels the basic-education SAR standards apply to. */
  @Computed
  @Label(th = "เปิดสอนระดับการศึกษาขั้นพื้นฐาน", en = "Teaches basic education")
  public boolean teachesBasicEducation() {
    return teachesPrimary() || teachesLowerSecondary();
  }

  @Computed
  @Label(th = "นักเรียนชายรวม", en = "Boys, total")
  public int totalMale() {
    return sum(GradeCount::male, null);
  }

  @Computed
  @Label(th = "นักเรียนหญิงรวม", en = "Girls, total")
  public int totalFemale() {
    return sum(GradeCount::female, null);
  }

  @Computed
  @Label(th = "นักเรียนรวมทั้งสิ้น", en = "Students, total")
  public int totalStudents() {
    return sum(GradeCount::total, null);
  }

  @Computed
  @Label(th = "ห้องเรียนรวม", en = "Classrooms, total")
  public int totalRooms() {
    return sum(GradeCount::rooms, null);
  }

  @Computed
  @Label(th = "นักเรียนระดับปฐมวัย", en = "Early-childhood students")
  public int earlyChildhoodStudents() {
    return sum(GradeCount::total, Level.EARLY_CHILDHOOD);
  }

  @Computed
  @Label(th = "นักเรียนระดับประถมศึกษา", en = "Primary students")
  public int primaryStudents() {
    return sum(GradeCount::total, Level.PRIMARY);
  }

  @Computed
  @Label(th = "นักเรียนระดับมัธยมศึกษาตอนต้น", en = "Lower-secondary students")
  public int lowerSecondaryStudents() {
    return sum(GradeCount::total, Level.LOWER_SECONDARY);
  }

  private int sum(ToIntFunction<GradeCount> value, @Nullable Level level) {
    return students.stream()
        .filter(g -> level == null || (g.grade() != null && g.grade().level() == level))
        .mapToInt(value)
        .sum();
  }

  /** Whether the student table counts pupils in a grade. */
  boolean hasPupils(Grade grade) {
    return students.stream().anyMatch(g -> g.grade() == grade && g.total() > 0);
  }

  /** The size class of the total student count in the chosen scheme; null without students. */
  @Computed
  @Label(th = "ขนาดสถานศึกษา", en = "School size")
  public @Nullable SizeClass size() {
    return sizeScheme.classify(totalStudents());
  }

  /** Students per teacher; null ("–") when the school has no teachers. */
  @Computed
  @Label(th = "อัตราส่วนนักเรียนต่อครู", en = "Students per teacher")
  @Kind(FieldType.DECIMAL)
  public @Nullable BigDecimal studentTeacherRatio() {
    return staff == null ? null : Scores.ratio(totalStudents(), staff.teachers());
  }

  /** Students per classroom; null ("–") when no classroom is counted. */
  @Computed
  @Label(th = "อัตราส่วนนักเรียนต่อห้องเรียน", en = "Students per classroom")
  @Kind(FieldType.DECIMAL)
  public @Nullable BigDecimal studentRoomRatio() {
    return Scores.ratio(totalStudents(), totalRooms());
  }

  /** Teachers in a PLC as a percentage of the teachers; null when either is unknown. */
  @Computed
  @Label(th = "ร้อยละครูที่เข้าร่วม PLC", en = "Teachers in a PLC (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal plcPercent() {
    return teacherDevelopment == null || staff == null
        ? null
        : Scores.percent(teacherDevelopment.inPlc(), staff.teachers());
  }

  @Computed
  @Label(th = "จำนวนนโยบายที่ดำเนินการ", en = "Policies worked on")
  public int policiesDone() {
    return (int) policies.stream().filter(p -> p.status() == PolicyStatus.DONE).count();
  }

  /** The dates the round covers, e.g. {@code 1 ต.ค. 2568 – 30 ก.ย. 2569}; empty without a round. */
  @Computed
  @Label(th = "ช่วงเวลาของรอบการรายงาน", en = "Period of the round")
  public String reportingPeriod() {
    if (round == null || !knownYear()) {
      return "";
    }
    return round.period(FiscalYear.ofBe(fiscalYear)).text();
  }
}
