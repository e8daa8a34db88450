package org.tidtam.template.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tidtam.i18n.Lang;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;

/**
 * Run in a JVM of a small heap by {@link TemplateStreamingTests}: renders a report of {@code
 * args[0]} activities (a row of eight cells each, as in form 7.2) and prints {@code rendered <table
 * rows of the document>}, or what happened instead.
 */
public final class ManyRowsUnderSmallHeap {

  private ManyRowsUnderSmallHeap() {}

  static byte[] template() {
    return TestDocx.create()
        .p("รายงานผลการดำเนินงาน {{title}} ปีงบประมาณ {{year}}")
        .table(
            new String[] {
              "ที่", "กิจกรรม", "ระยะเวลา", "งบประมาณ", "ใช้จริง", "คงเหลือ", "สถานะ", "หมายเหตุ"
            },
            new String[] {
              "{{#each activities as a}}{{@number}}",
              "{{a.name}}",
              "{{a.start | thaiDateShort}} – {{a.end | thaiDateShort}}",
              "{{a.budget | baht}}",
              "{{a.spent | baht}}",
              "{{a.remaining | baht}}",
              "{{#if a.done}}เสร็จ{{else}}ดำเนินการ{{/if}}",
              "{{a.note | or:\"–\"}}{{/each}}"
            })
        .p("รวม {{total | baht}} บาท ({{total | bahtText}})")
        .bytes();
  }

  static Map<String, Object> report(int activities) {
    List<Map<String, Object>> rows = new ArrayList<>(activities);
    for (int i = 0; i < activities; i++) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("name", "กิจกรรมพัฒนาคุณภาพการจัดการเรียนรู้ของครูในโรงเรียนขนาดเล็ก ครั้งที่ " + i);
      a.put("start", LocalDate.of(2025, 10, 1).plusDays(i % 300));
      a.put("end", LocalDate.of(2026, 9, 30));
      a.put("budget", new BigDecimal("150000.00"));
      a.put("spent", new BigDecimal("123456.78"));
      a.put("remaining", new BigDecimal("26543.22"));
      a.put("done", i % 3 == 0);
      a.put("note", i % 5 == 0 ? null : "ตามแผน");
      rows.add(a);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", "โครงการยกระดับคุณภาพการศึกษา");
    root.put("year", 2569);
    root.put("activities", rows);
    root.put("total", new BigDecimal("1500000000.00"));
    return root;
  }

  /** The table rows of the document, counted while its XML is inflated piece by piece. */
  private static long rows(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().equals("word/document.xml")) {
          continue;
        }
        byte[] mark = "<w:tr>".getBytes(StandardCharsets.US_ASCII);
        long count = 0;
        int matched = 0;
        byte[] buffer = new byte[8192];
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          for (int i = 0; i < n; i++) {
            matched = buffer[i] == mark[matched] ? matched + 1 : buffer[i] == mark[0] ? 1 : 0;
            if (matched == mark.length) {
              count++;
              matched = 0;
            }
          }
        }
        return count;
      }
    }
    return -1;
  }

  public static void main(String[] args) throws Exception {
    int activities = Integer.parseInt(args[0]);
    Template template =
        TemplateEngine.create().compile("7.2-like.docx", template(), Vocabulary.ANY);
    Map<String, Object> report = report(activities);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      template.render(
          RenderModel.of(report),
          new RenderOptions(Lang.TH, Numerals.THAI, LocalDate.of(2026, 9, 30)),
          out);
      System.out.println("rendered " + rows(out.toByteArray()));
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory");
    }
  }
}
