package org.tidtam.forms.schoolmonitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.form.DemoText;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.RecordCopy;
import org.tidtam.thai.DemoNames;
import org.tidtam.thai.DemoNames.Person;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * The demo 12-month (or 6-month) report of a school (see {@link org.tidtam.form.FormPlugin#demo}):
 * the school of the catalog with its student count spread over kindergarten and primary grades (and
 * lower secondary for some larger schools), teachers in proportion, every OBEC policy of the year
 * reported, test scores around the sample's, screening, learning achievement and health counts that
 * add up to the students, and an invented director and reporter. The suggestions start with {@link
 * DemoText#NOTE}.
 */
final class SchoolDemo {

  private static final List<String> PROBLEMS =
      List.of(
          "ครูไม่ครบชั้น ครูต้องสอนหลายวิชาและหลายชั้นเรียน",
          "อาคารเรียนชำรุด ใช้งานห้องเรียนได้ไม่เต็มที่ในฤดูฝน",
          "นักเรียนบางส่วนขาดเรียนบ่อยเนื่องจากช่วยผู้ปกครองประกอบอาชีพ",
          "สัญญาณอินเทอร์เน็ตไม่เสถียร การเรียนการสอนออนไลน์ทำได้ไม่ต่อเนื่อง",
          "งบประมาณค่าวัสดุการศึกษาไม่เพียงพอกับจำนวนนักเรียน");

  private static final List<String> SUPPORT =
      List.of(
          "ขอรับการจัดสรรอัตราครูวิชาเอกคณิตศาสตร์ 1 อัตรา",
          "ขอรับการสนับสนุนงบประมาณซ่อมแซมอาคารเรียน",
          "ขอรับการสนับสนุนอุปกรณ์คอมพิวเตอร์และเครือข่ายอินเทอร์เน็ต",
          "ขอรับการนิเทศและพัฒนาครูด้านการจัดการเรียนรู้เชิงรุก");

  private SchoolDemo() {}

  static List<SchoolMonitoring> of(
      SchoolMonitoring sample, Filing filing, FormContext context, RandomGenerator random) {
    Catalog catalog = context.catalog();
    Optional<School> found = catalog.school(filing.unitCode());
    if ((filing.round() != Round.ROUND_12M && filing.round() != Round.ROUND_6M)
        || found.isEmpty()) {
      return List.of();
    }
    School school = found.get();
    int fy = filing.fiscalYear();
    int academic = fy - 1;
    FiscalYear year = FiscalYear.ofBe(fy);
    int total =
        school.students() == null || school.students() < 20
            ? random.nextInt(40, 400)
            : school.students();
    boolean secondary = total >= 150 && total <= 900 && random.nextInt(100) < 20;
    List<Level> levels =
        secondary
            ? List.of(Level.EARLY_CHILDHOOD, Level.PRIMARY, Level.LOWER_SECONDARY)
            : List.of(Level.EARLY_CHILDHOOD, Level.PRIMARY);
    Map<Grade, Integer> counts = counts(total, secondary, random);
    List<GradeCount> students = new ArrayList<>();
    counts.forEach(
        (grade, n) -> {
          int male = n / 2 + (n % 2 == 1 && random.nextBoolean() ? 1 : 0);
          students.add(new GradeCount(grade, male, n - male, Math.max(1, (n + 34) / 35), null));
        });
    int primary = sum(counts, Level.PRIMARY);
    int lowerSecondary = sum(counts, Level.LOWER_SECONDARY);
    int earlyGrades = counts.get(Grade.P1) + counts.get(Grade.P2) + counts.get(Grade.P3);
    int teachers = Math.max(3, (int) Math.round(total / random.nextDouble(17, 23)));
    int contract = teachers >= 6 ? random.nextInt(0, Math.max(1, teachers / 5)) : 0;
    int employees = teachers >= 10 ? random.nextInt(0, 3) : 0;
    Staff staff =
        new Staff(
            1,
            total > 1500 ? 3 : total > 600 ? random.nextInt(1, 3) : 0,
            teachers - contract - employees,
            employees,
            contract,
            Math.max(1, total / 300));
    Person director = DemoNames.person(random);
    Person reporter = DemoNames.person(random);
    LocalDate reported = filing.round().period(year).end().plusDays(random.nextInt(1, 10));
    List<String> problems = pickSome(PROBLEMS, 1 + random.nextInt(2), random);
    List<String> support = pickSome(SUPPORT, 1 + random.nextInt(2), random);
    RtResult rt = sample.rt();
    NtResult nt = sample.nt();
    OnetResult onet = sample.onetP6();
    SarResult sar = sample.sar();
    return List.of(
        RecordCopy.of(sample)
            .with("fiscalYear", fy)
            .with("round", filing.round())
            .with("schoolCode", school.code())
            .with("schoolName", SchoolNames.stored(school.name()))
            .with("district", school.district())
            .with("address", null)
            .with(
                "network",
                "กลุ่มเครือข่ายสถานศึกษา" + school.district() + " " + (1 + random.nextInt(3)))
            .with("levels", levels)
            .with("specialCharacteristics", characteristics(school, total))
            .with(
                "director",
                new Director(director.prefix(), director.name(), DemoNames.phone(random), false))
            .with("dataAsOf", LocalDate.of(year.ce() - 1, 6, 10))
            .with("dmcStudents", total)
            .with("students", students)
            .with("staff", staff)
            .with("policies", policies(sample, catalog, fy, random))
            .with(
                "rt",
                rt == null
                    ? null
                    : RecordCopy.of(rt)
                        .with("academicYear", academic)
                        .with("readingAloud", around(rt.readingAloud(), 12, random))
                        .with("readingComprehension", around(rt.readingComprehension(), 12, random))
                        .build())
            .with(
                "nt",
                nt == null
                    ? null
                    : RecordCopy.of(nt)
                        .with("academicYear", academic)
                        .with("thai", around(nt.thai(), 12, random))
                        .with("math", around(nt.math(), 12, random))
                        .build())
            .with(
                "onetP6",
                onet == null
                    ? null
                    : RecordCopy.of(onet)
                        .with("academicYear", academic)
                        .with("thai", around(onet.thai(), 10, random))
                        .with("math", around(onet.math(), 10, random))
                        .with("science", around(onet.science(), 10, random))
                        .with("english", around(onet.english(), 10, random))
                        .build())
            .with("onetM3", null)
            .with("screening", screening(earlyGrades, random))
            .with("screeningYear", academic)
            .with("gpa", gpa(sample.gpa(), academic, primary + lowerSecondary, random))
            .with(
                "access",
                new Access(
                    0,
                    random.nextInt(100) < 10 ? 1 : 0,
                    total * random.nextInt(15, 35) / 100,
                    total * random.nextInt(3, 10) / 100,
                    total * random.nextInt(0, 3) / 100))
            .with("health", new Health(total, total * random.nextInt(76, 92) / 100, true))
            .with(
                "teacherDevelopment",
                new TeacherDevelopment(
                    teachers,
                    BigDecimal.valueOf(random.nextInt(12, 41)),
                    teachers * random.nextInt(60, 101) / 100,
                    teachers * random.nextInt(10, 50) / 100,
                    teachers * random.nextInt(5, 40) / 100))
            .with(
                "sar",
                sar == null ? null : RecordCopy.of(sar).with("academicYear", academic).build())
            .with("awards", awards(year, random))
            .with("noProblems", false)
            .with("problems", problems)
            .with("noSupportNeeded", false)
            .with("supportNeeded", support)
            .with(
                "suggestions",
                DemoText.marked(
                    "ขอให้ สพป. รวมแบบรายงานที่ซ้ำกันและดึงข้อมูลจาก DMC ให้อัตโนมัติ เพื่อลดภาระงานเอกสารของครู"))
            .with(
                "reporter",
                new Signer(reporter.prefix(), reporter.name(), "ครู วิทยฐานะครูชำนาญการ", reported))
            .with("certifiedOn", reported)
            .build());
  }

  private static List<SpecialCharacteristic> characteristics(School school, int total) {
    List<SpecialCharacteristic> out = new ArrayList<>();
    if (total <= 120) {
      out.add(SpecialCharacteristic.SMALL_SCHOOL);
    }
    if (school.district().startsWith("เกาะ") || school.name().contains("เกาะ")) {
      out.add(SpecialCharacteristic.ISLAND_OR_REMOTE);
    }
    return out;
  }

  /**
   * The students of each grade adding up to the total: about a fifth in kindergarten, the rest in
   * primary (and lower secondary), at least one in every grade.
   */
  private static Map<Grade, Integer> counts(int total, boolean secondary, RandomGenerator random) {
    List<Grade> grades =
        List.of(Grade.values()).stream()
            .filter(g -> secondary || g.level() != Level.LOWER_SECONDARY)
            .toList();
    double[] weights = new double[grades.size()];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      double base = grades.get(i).level() == Level.EARLY_CHILDHOOD ? 0.7 : 1.0;
      weights[i] = base * random.nextDouble(0.85, 1.15);
      sum += weights[i];
    }
    Map<Grade, Integer> out = new EnumMap<>(Grade.class);
    int left = total - grades.size();
    int given = 0;
    for (int i = 0; i < grades.size(); i++) {
      int n = 1 + (int) Math.floor(left * weights[i] / sum);
      out.put(grades.get(i), n);
      given += n;
    }
    // what rounding left over goes to the first primary grade
    out.merge(Grade.P1, total - given, Integer::sum);
    return out;
  }

  private static int sum(Map<Grade, Integer> counts, Level level) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().level() == level)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  /** The year's OBEC policies, each done, with the sample's activities for its number if any. */
  private static List<PolicyResult> policies(
      SchoolMonitoring sample, Catalog catalog, int fy, RandomGenerator random) {
    List<PolicyResult> out = new ArrayList<>();
    for (PolicyItem p :
        catalog.policies().stream()
            .filter(p -> p.kind() == ReferenceKind.OBEC_POLICY && p.fiscalYear() == fy)
            .sorted(Comparator.comparingInt(PolicyItem::number))
            .toList()) {
      Optional<PolicyResult> like =
          sample.policies().stream().filter(r -> r.number() == p.number()).findFirst();
      out.add(
          new PolicyResult(
              p.code(),
              p.number(),
              p.title().th(),
              PolicyStatus.DONE,
              null,
              like.map(PolicyResult::activities)
                  .filter(a -> a != null && !a.isBlank())
                  .orElse("ดำเนินการตามแผนปฏิบัติการประจำปีของสถานศึกษา"),
              like.map(PolicyResult::results)
                  .orElse("ผู้เรียนได้รับการพัฒนาตามเป้าหมายของสถานศึกษา"),
              null));
    }
    return out;
  }

  /** A score a few points either side of the sample's, within 0 to 100. */
  private static BigDecimal around(BigDecimal value, int spread, RandomGenerator random) {
    if (value == null) {
      return null;
    }
    double v = value.doubleValue() + random.nextDouble(-spread, spread);
    return BigDecimal.valueOf(Math.min(100, Math.max(0, v))).setScale(2, RoundingMode.HALF_UP);
  }

  /** The four reading and writing skills of grades 1 to 3, each counted in four levels. */
  private static List<ScreeningRow> screening(int tested, RandomGenerator random) {
    List<ScreeningRow> out = new ArrayList<>();
    for (ReadingSkill skill : ReadingSkill.values()) {
      int veryGood = tested * random.nextInt(25, 45) / 100;
      int good = tested * random.nextInt(25, 35) / 100;
      int fair = tested * random.nextInt(10, 20) / 100;
      out.add(
          new ScreeningRow(skill, tested, veryGood, good, fair, tested - veryGood - good - fair));
    }
    return out;
  }

  private static GpaResult gpa(GpaResult sample, int academic, int graded, RandomGenerator random) {
    List<LearningArea> areas =
        sample == null
            ? List.of(LearningArea.values())
            : sample.rows().stream().map(GpaRow::area).toList();
    List<GpaRow> rows = new ArrayList<>();
    for (LearningArea area : areas) {
      rows.add(
          new GpaRow(
              area,
              graded,
              graded * random.nextInt(40, 75) / 100,
              BigDecimal.valueOf(random.nextInt(250, 345), 2)));
    }
    return new GpaResult(academic, rows);
  }

  private static List<Award> awards(FiscalYear year, RandomGenerator random) {
    if (random.nextInt(100) < 40) {
      return List.of();
    }
    return List.of(
        new Award(
            "เหรียญทอง การแข่งขันทักษะวิชาการ งานศิลปหัตถกรรมนักเรียน",
            AwardLevel.AREA,
            Recipient.STUDENT,
            null,
            year.start().plusMonths(2).plusDays(random.nextInt(0, 20))));
  }

  private static List<String> pickSome(List<String> pool, int count, RandomGenerator random) {
    List<String> left = new ArrayList<>(pool);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count && !left.isEmpty(); i++) {
      out.add(left.remove(random.nextInt(left.size())));
    }
    return out;
  }
}
