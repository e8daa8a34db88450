package org.tidtam.testforms;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/** Builds small .docx templates for the test form in code. */
public final class TestTemplates {

  private static final ObjectFactory WML = new ObjectFactory();

  private TestTemplates() {}

  /** A template that uses every kind of field of the test form. */
  public static byte[] full() {
    return docx(
        List.of(
            "แบบฟอร์ม {{doc.formId}} {{doc.formTitle}} {{doc.office.shortName.th}}",
            "โครงการ {{projectName}} ปีงบประมาณ {{fiscalYear}}",
            "งบประมาณ {{budget | baht}} บาท ({{budget | bahtText}})",
            "สถานะ {{status}} เริ่ม {{startDate | thaiDate}}",
            "ผู้รายงาน {{reporter.name}} พิมพ์เมื่อ {{doc.today | thaiDate}}",
            "รวมใช้จ่าย {{totalSpent | baht}}"),
        List.of(
            List.of("ที่", "รายการ", "ใช้จ่าย", "คงเหลือ"),
            List.of(
                "{{#each rows as row}}{{@number}}",
                "{{row.name}}",
                "{{row.amount | baht}}",
                "{{row.remaining | baht}}{{/each}}")));
  }

  /** A template that names fields the test form does not have. */
  public static byte[] withUnknownFields() {
    return docx(List.of("โครงการ {{projectTitle}}", "{{reporter.phone}}"), List.of());
  }

  private static byte[] docx(List<String> paragraphs, List<List<String>> rows) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      MainDocumentPart body = pkg.getMainDocumentPart();
      paragraphs.forEach(body::addParagraphOfText);
      if (!rows.isEmpty()) {
        Tbl table = WML.createTbl();
        for (List<String> cells : rows) {
          Tr tr = WML.createTr();
          for (String cell : cells) {
            Tc tc = WML.createTc();
            tc.getContent().add(paragraph(cell));
            tr.getContent().add(tc);
          }
          table.getContent().add(tr);
        }
        body.getContent().add(table);
        body.addParagraphOfText("จบ");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pkg.save(out);
      return out.toByteArray();
    } catch (Docx4JException e) {
      throw new IllegalStateException(e);
    }
  }

  private static P paragraph(String text) {
    P p = WML.createP();
    R r = WML.createR();
    Text t = WML.createText();
    t.setValue(text);
    t.setSpace("preserve");
    r.getContent().add(t);
    p.getContent().add(r);
    return p;
  }
}
