package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;

class ReportSourcesTests {

  /** A group's report of a form added only in this test. */
  record GroupNote(String group, String note) {}

  /** Another form's record, which the plugin must not be given. */
  record OtherForm(String text) {}

  /** Merges one document combined from every group's note, as an annex; nothing without notes. */
  static final class NotesPlugin implements FormPlugin<GroupNote> {
    @Override
    public FormId id() {
      return FormId.of("9.8");
    }

    @Override
    public Class<GroupNote> formType() {
      return GroupNote.class;
    }

    @Override
    public String templateName() {
      return "9.8-notes.docx";
    }

    @Override
    public Optional<GroupNote> officeForm(List<GroupNote> unitForms, ReportScope scope) {
      if (unitForms.isEmpty()) {
        return Optional.empty();
      }
      List<String> notes = unitForms.stream().map(n -> n.group() + ": " + n.note()).toList();
      return Optional.of(new GroupNote(scope.officeName(), String.join(" / ", notes)));
    }

    @Override
    public List<ReportPart> reportParts(ReportScope scope) {
      ReportSources sources = scope.sources();
      return officeForm(sources.forms(GroupNote.class), scope)
          .map(
              office ->
                  List.of(
                      ReportPart.annex(
                          100, "บันทึกของสำนักงาน", out -> out.merge(sources.render(office)))))
          .orElse(List.of());
    }
  }

  /** The host's side: records it holds and a document rendered from the record's text. */
  static ReportSources sources(List<Record> forms, List<Record> rendered) {
    return new ReportSources() {
      @Override
      public Catalog catalog() {
        return Catalog.demoCatalog();
      }

      @Override
      public <F extends Record> List<F> forms(Class<F> type) {
        return forms.stream().filter(type::isInstance).map(type::cast).toList();
      }

      @Override
      public byte[] render(Record form) {
        rendered.add(form);
        try {
          return SampleDocx.landscapeForm(((GroupNote) form).note());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  @Test
  void aPluginsPartsSeeTheFormsOfItsTypeInTheScopeAndTheHostRendersTheirCombination()
      throws Exception {
    List<Record> rendered = new ArrayList<>();
    ReportScope scope =
        new ReportScope(
            2569,
            ReportAssemblerTests.SCOPE.officeName(),
            sources(
                List.of(
                    new GroupNote("กลุ่มนิเทศ", "นิเทศครบทุกโรงเรียน"),
                    new OtherForm("ไม่ใช่ของแบบนี้"),
                    new GroupNote("กลุ่มนโยบายและแผน", "จัดทำแผนแล้ว")),
                rendered));
    AnnualReport annual =
        AnnualReport.collect(
            ReportAssemblerTests.COVER, List.of(), List.of(), scope, List.of(new NotesPlugin()));

    assertThat(annual.annexes()).extracting(ReportPart::title).containsExactly("บันทึกของสำนักงาน");
    byte[] docx = new ReportAssembler(ReportOptions.defaults()).assemble(annual);
    assertThat(rendered)
        .containsExactly(
            new GroupNote(
                scope.officeName(),
                "กลุ่มนิเทศ: นิเทศครบทุกโรงเรียน / กลุ่มนโยบายและแผน: จัดทำแผนแล้ว"));
    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1"))
          .containsExactly("ภาคผนวก", "ภาคผนวก ก บันทึกของสำนักงาน");
      assertThat(doc.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains("กลุ่มนิเทศ: นิเทศครบทุกโรงเรียน / กลุ่มนโยบายและแผน: จัดทำแผนแล้ว");
    }
  }

  @Test
  void aScopeWithoutSourcesHasNoFormsAndThePluginAddsNothing() {
    ReportScope scope = new ReportScope(2569, ReportAssemblerTests.SCOPE.officeName());

    assertThat(scope.sources().forms(GroupNote.class)).isEmpty();
    assertThat(scope.sources().catalog().office().name().th()).isEqualTo(scope.officeName());
    assertThat(new NotesPlugin().reportParts(scope)).isEmpty();
    assertThatThrownBy(() -> scope.sources().render(new GroupNote("ก", "ข")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFormHasNoOfficeFormUnlessItsPluginMakesOne() {
    FormPlugin<OtherForm> plain =
        new FormPlugin<>() {
          @Override
          public FormId id() {
            return FormId.of("9.7");
          }

          @Override
          public Class<OtherForm> formType() {
            return OtherForm.class;
          }

          @Override
          public String templateName() {
            return "9.7-other.docx";
          }
        };

    assertThat(
            plain.officeForm(
                List.of(new OtherForm("ก")), new ReportScope(2569, "สำนักงานเขตทดสอบ")))
        .isEmpty();
  }
}
