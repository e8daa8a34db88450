package org.tidtam.app.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.forms.SampleDocuments;
import org.tidtam.form.FormPlugin;

@SpringBootTest
@ViewPackages(classes = FormsView.class)
class FormsViewTests extends SpringBrowserlessTest {

  @Autowired SampleDocuments samples;

  @Test
  void listsEveryInstalledFormWithItsSchemaVersionUnderAThaiHeading() {
    navigate(FormsView.class);

    assertThat($(H1.class).single().getText()).contains("แบบฟอร์มที่ติดตั้ง");
    @SuppressWarnings("unchecked")
    Grid<FormPlugin<?>> grid = $(Grid.class).single();
    assertThat(
            grid.getGenericDataView()
                .getItems()
                .map(p -> p.id().value() + " v" + p.schemaVersion()))
        .containsExactly("7.1 v1", "7.2 v1", "7.3 v1");
    assertThat(grid.getColumns())
        .extracting(Grid.Column::getHeaderText)
        .contains("รุ่นข้อมูล", "ตัวอย่างเอกสาร");
  }

  @Test
  void offersEachFormsSampleAsAWordDownload() {
    navigate(FormsView.class);
    @SuppressWarnings("unchecked")
    Grid<FormPlugin<?>> grid = $(Grid.class).single();
    FormPlugin<?> plugin =
        grid.getGenericDataView()
            .getItems()
            .filter(p -> p.id().value().equals("7.3"))
            .findFirst()
            .orElseThrow();

    Anchor link = FormsView.sampleLink(plugin, samples);

    assertThat(link.getId()).contains("sample-7.3");
    assertThat(link.getText()).contains(".docx");
    assertThat(link.getHref()).isNotBlank();
  }
}
