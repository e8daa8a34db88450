package org.tidtam.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.forms.projectreport.ProjectReport;
import org.tidtam.forms.projectreport.ProjectReportPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.report.AnnualReport;
import org.tidtam.report.DocumentNumber;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportChart;
import org.tidtam.report.ReportCover;
import org.tidtam.report.ReportOptions;
import org.tidtam.report.ReportPart;
import org.tidtam.report.ReportTable;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;

/**
 * Assembling the annual report on a 512 MB heap, warm, without LibreOffice: an annex of 10,000
 * table rows, and a report shaped like an office's year (210 schools, 60 projects, 12 policy items
 * with their indicators, charts), alone and with the 60 projects' rendered form 7.2 reports merged
 * as an annex. Targets: 3 s for the annex, 2 s for the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms512m",
      "-Xmx512m",
      "-Dlogback.configurationFile=org/tidtam/app/cli/logback-cli.xml"
    })
@Threads(1)
public class ReportBenchmark {

  private static final String[] DISTRICTS = {
    "เมืองกระบี่", "อ่าวลึก", "คลองท่อม", "เขาพนม", "ปลายพระยา", "ลำทับ", "เหนือคลอง", "เกาะลันตา"
  };
  private static final String[] SIZES = {"เล็ก", "กลาง", "ใหญ่", "ใหญ่พิเศษ"};

  private ReportAssembler assembler;
  private AnnualReport annex;
  private AnnualReport year;
  private AnnualReport yearWithProjectReports;

  @Setup
  public void setUp() {
    assembler = new ReportAssembler(ReportOptions.defaults());
    ReportCover cover =
        new ReportCover(
            "รายงานผลการดำเนินงาน",
            2569,
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "กลุ่มนโยบายและแผน",
            new DocumentNumber(2, 2569),
            null);
    List<String> foreword = List.of("รายงานฉบับนี้จัดทำขึ้นเพื่อสรุปผลการดำเนินงานในรอบปีงบประมาณ");
    annex = new AnnualReport(cover, foreword, List.of(), List.of(annexOfRows(10_000)));
    year = new AnnualReport(cover, foreword, List.of(), officeYear());
    List<ReportPart> withForms = new ArrayList<>(officeYear());
    withForms.add(projectReports(60));
    yearWithProjectReports = new AnnualReport(cover, foreword, List.of(), withForms);
  }

  /** An annex of the projects' form 7.2 reports, rendered once (10 activities each) and merged. */
  static ReportPart projectReports(int projects) {
    ProjectReportPlugin plugin = new ProjectReportPlugin();
    SubmissionService service = SubmissionService.create(FormRegistry.of(List.of(plugin)));
    Submission<ProjectReport> submission = service.of(plugin, RenderBenchmark.report(plugin, 10));
    byte[] rendered =
        service.render(
            submission,
            FormContext.of(Catalog.demoCatalog()),
            new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
    return ReportPart.annex(
        2,
        "รายงานผลการดำเนินงานโครงการ",
        out -> {
          for (int i = 0; i < projects; i++) {
            out.merge(rendered);
          }
        });
  }

  /** An annex with one table of the rows: a school's indicator results, seven columns. */
  static ReportPart annexOfRows(int rows) {
    List<List<String>> body = new ArrayList<>(rows);
    for (int i = 1; i <= rows; i++) {
      body.add(
          List.of(
              Integer.toString(i),
              "โรงเรียนบ้านทดสอบที่ " + i,
              DISTRICTS[i % DISTRICTS.length],
              "ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการเรียนระดับดีขึ้นไป",
              "80.00",
              String.format("%.2f", 60 + (i * 37 % 400) / 10.0),
              i % 3 == 0 ? "ไม่บรรลุเป้าหมาย" : "บรรลุเป้าหมาย"));
    }
    ReportTable table =
        new ReportTable(
            "ผลการดำเนินงานตามตัวชี้วัดของสถานศึกษา",
            List.of(
                List.of("ที่", "สถานศึกษา", "อำเภอ", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผล", "การบรรลุ")),
            body,
            List.of(0, 4, 5));
    return ReportPart.annex(
        1, "ผลการดำเนินงานของสถานศึกษา", out -> out.landscape(w -> w.table(table)));
  }

  /** The office's chapters for 210 schools, 60 projects and 12 policy items. */
  static List<ReportPart> officeYear() {
    byte[] chart = png(900, 600);
    List<List<String>> schools = new ArrayList<>();
    for (int i = 1; i <= 210; i++) {
      schools.add(
          List.of(
              Integer.toString(i),
              "โรงเรียนบ้านทดสอบที่ " + i,
              DISTRICTS[i % DISTRICTS.length],
              SIZES[i % SIZES.length],
              Integer.toString(40 + i % 500)));
    }
    List<List<String>> projects = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      projects.add(
          List.of(
              Integer.toString(i),
              "โครงการพัฒนาคุณภาพการศึกษาที่ " + i,
              "กลุ่มส่งเสริมการจัดการศึกษา",
              "150,000.00",
              "142,500.00",
              "7,500.00",
              "95.00",
              "บรรลุเป้าหมาย"));
    }
    List<ReportPart> parts = new ArrayList<>();
    parts.add(
        ReportPart.chapter(
            1,
            "ส่วนที่ 1 ข้อมูลพื้นฐาน",
            out ->
                out.heading(2, "1.1 สถานศึกษา")
                    .paragraph("สำนักงานเขตพื้นที่การศึกษามีสถานศึกษาในสังกัด 210 แห่ง")
                    .table(
                        new ReportTable(
                            "รายชื่อสถานศึกษา จำแนกตามอำเภอและขนาด",
                            List.of(List.of("ที่", "สถานศึกษา", "อำเภอ", "ขนาด", "นักเรียน")),
                            schools,
                            List.of(0, 4)))
                    .chart(new ReportChart("จำนวนสถานศึกษาจำแนกตามขนาด", chart, 14))));
    parts.add(
        ReportPart.chapter(
            3,
            "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์",
            out -> {
              for (int p = 1; p <= 12; p++) {
                List<List<String>> indicators = new ArrayList<>();
                for (int k = 1; k <= 5; k++) {
                  indicators.add(
                      List.of(
                          p + "." + k,
                          "ร้อยละของสถานศึกษาที่ดำเนินการตามนโยบายข้อ " + p,
                          "80.00",
                          "85.50",
                          "บรรลุ"));
                }
                out.heading(2, "นโยบายข้อที่ " + p)
                    .paragraph("ผลการดำเนินงานตามนโยบายข้อที่ " + p + " บรรลุ 5 จาก 5 ตัวชี้วัด")
                    .table(
                        new ReportTable(
                            "ผลการดำเนินงานตามตัวชี้วัดของนโยบายข้อที่ " + p,
                            List.of(List.of("ที่", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผล", "การบรรลุ")),
                            indicators,
                            List.of(2, 3)));
              }
              out.chart(new ReportChart("ตัวชี้วัดที่บรรลุและไม่บรรลุ", chart, 14));
            }));
    parts.add(
        ReportPart.chapter(
            4,
            "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ",
            out ->
                out.landscape(
                        w ->
                            w.table(
                                new ReportTable(
                                    "สรุปผลการดำเนินงานโครงการ",
                                    List.of(
                                        List.of(
                                            "ที่",
                                            "โครงการ",
                                            "กลุ่ม",
                                            "งบที่ได้รับ",
                                            "ใช้จริง",
                                            "คงเหลือ",
                                            "ร้อยละ",
                                            "ผล")),
                                    projects,
                                    List.of(0, 3, 4, 5, 6))))
                    .chart(new ReportChart("ผลการเบิกจ่ายรายไตรมาส", chart, 14))));
    return parts;
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 8, height / 4, width / 4, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] annex10000Rows() {
    return assembler.assemble(annex);
  }

  @Benchmark
  public byte[] annualReport210Schools60Projects12Policies() {
    return assembler.assemble(year);
  }

  @Benchmark
  public byte[] annualReportWith60ProjectReportsMerged() {
    return assembler.assemble(yearWithProjectReports);
  }
}
