package org.tidtam.app.forms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.FormRegistry;

class FormsViewTests {

  @Test
  void listsEveryInstalledFormWithItsSchemaVersionUnderAThaiHeading() {
    var view = new FormsView(FormRegistry.load());

    assertThat(view.getChildren().filter(H1.class::isInstance).map(c -> ((H1) c).getText()))
        .singleElement()
        .asString()
        .contains("แบบฟอร์มที่ติดตั้ง");
    @SuppressWarnings("unchecked")
    Grid<FormPlugin<?>> grid =
        (Grid<FormPlugin<?>>)
            view.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    assertThat(
            grid.getGenericDataView()
                .getItems()
                .map(p -> p.id().value() + " v" + p.schemaVersion()))
        .contains("7.2 v1");
    assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains("รุ่นข้อมูล");
  }
}
