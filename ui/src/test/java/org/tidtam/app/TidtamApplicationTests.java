package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.document.FormDocuments;
import org.tidtam.schema.FormRegistry;

@SpringBootTest
class TidtamApplicationTests {

  @Autowired FormRegistry registry;
  @Autowired FormDocuments documents;

  @Test
  void startsWithTheInstalledFormPlugins() {
    assertThat(registry.all())
        .extracting(p -> p.id().value())
        .containsExactlyElementsOf(
            FormRegistry.load().all().stream().map(p -> p.id().value()).toList())
        .contains("toy");
  }

  @Test
  void compiledEveryTemplateAtStartUp() {
    for (var plugin : registry.all()) {
      assertThat(documents.template(plugin).paths()).as(plugin.id().value()).isNotEmpty();
    }
  }
}
