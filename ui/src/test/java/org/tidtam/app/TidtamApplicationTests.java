package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;

@SpringBootTest
class TidtamApplicationTests {

  @Autowired FormRegistry registry;
  @Autowired SubmissionService service;

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
    assertThat(registry.all()).isNotEmpty();
    for (var plugin : registry.all()) {
      assertThat(service.isCompiled(plugin)).as(plugin.id().value()).isTrue();
    }
  }
}
