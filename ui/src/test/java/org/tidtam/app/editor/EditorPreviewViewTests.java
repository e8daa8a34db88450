package org.tidtam.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.editor.ui.EditorPreviewView;
import org.tidtam.schema.FormRegistry;

@SpringBootTest
@ViewPackages(classes = EditorPreviewView.class)
class EditorPreviewViewTests extends SpringBrowserlessTest {

  @Test
  void opensEveryInstalledFormsSampleInTheEditor() {
    for (var plugin : FormRegistry.load().all()) {
      navigate("editor/" + plugin.id().value(), EditorPreviewView.class);

      FormEditor editor = $(FormEditor.class).single();
      assertThat(editor.plugin().id()).isEqualTo(plugin.id());
      assertThat($(H2.class).single().getText()).isEqualTo(plugin.title().th());
    }
  }

  @Test
  void speaksEnglishWhenAsked() {
    UI.getCurrent()
        .navigate(
            EditorPreviewView.class,
            new RouteParameters("form", "7.2"),
            QueryParameters.of("lang", "en"));

    assertThat($(H2.class).single().getText()).isEqualTo("Annual project performance report");
  }

  @Test
  void saysSoWhenTheFormIsUnknown() {
    navigate("editor/9.9", EditorPreviewView.class);

    assertThat($(Paragraph.class).single().getText()).contains("9.9").contains("7.2");
  }
}
