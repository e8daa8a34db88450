package org.tidtam.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.form.FormRegistry;

@SpringBootTest
class TidtamApplicationTests {

  @Autowired FormRegistry registry;

  @Test
  void startsWithTheInstalledFormPlugins() {
    assertThat(registry.all()).extracting(p -> p.id().value()).contains("7.2");
  }
}
