package org.tidtam.app.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.forms.SampleDocuments;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;

@SpringBootTest
@ViewPackages(classes = FormsView.class)
class FormsViewTests extends SpringBrowserlessTest {

  @Autowired SampleDocuments samples;

  @Test
  void listsEveryInstalledFormWithItsSchemaVersionUnderAThaiHeading() {
    navigate(FormsView.class);

    assertThat($(H1.class).single().getText()).contains("แบบฟอร์มที่ติดตั้ง");
    List<String> installed =
        FormRegistry.load().all().stream()
            .map(p -> p.id().value() + " v" + p.schemaVersion())
            .toList();
    assertThat(items().stream().map(p -> p.id().value() + " v" + p.schemaVersion()))
        .containsExactlyElementsOf(installed)
        .contains("toy v1");
    assertThat(grid().getColumns())
        .extracting(Grid.Column::getHeaderText)
        .contains("รุ่นข้อมูล", "ตัวอย่างเอกสาร");
  }

  @Test
  void offersEachFormsSampleAsAWordDownload() {
    navigate(FormsView.class);

    for (FormPlugin<?> plugin : items()) {
      Anchor link = FormsView.sampleLink(plugin, samples);

      assertThat(link.getId()).contains("sample-" + plugin.id().value());
      assertThat(link.getText()).contains(".docx");
      assertThat(link.getHref()).as(plugin.id().value()).isNotBlank();
    }
  }

  @Test
  void showsAPluginThatOnlyTheClasspathBrings() {
    navigate(FormsView.class);

    assertThat(items())
        .filteredOn(p -> p.id().value().equals("toy"))
        .singleElement()
        .satisfies(p -> assertThat(p.title().th()).isEqualTo("แบบทดลอง (ใช้ในการทดสอบเท่านั้น)"));
  }

  private List<FormPlugin<?>> items() {
    return grid().getGenericDataView().getItems().toList();
  }

  @SuppressWarnings("unchecked")
  private Grid<FormPlugin<?>> grid() {
    return $(Grid.class).single();
  }
}
