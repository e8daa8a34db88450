package org.tidtam.app.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tidtam.form.FormRegistry;

/** Loads the form plugins found on the classpath once, at start-up. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

  @Bean
  FormRegistry formRegistry() {
    return FormRegistry.load();
  }
}
