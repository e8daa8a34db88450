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
    assertThat(registry.all()).extracting(p -> p.id().value()).contains("7.1", "7.2", "7.3");
  }

  @Test
  void compiledEveryTemplateAtStartUp() {
    for (var plugin : registry.all()) {
      assertThat(service.template(plugin).paths()).as(plugin.id().value()).isNotEmpty();
    }
  }
}
