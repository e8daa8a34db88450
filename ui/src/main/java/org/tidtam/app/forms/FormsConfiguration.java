package org.tidtam.app.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;
import org.tidtam.submission.SubmissionStore;

/**
 * Loads the form plugins found on the classpath and compiles their templates once, at start-up: a
 * template that does not fit its form stops the start with every problem listed, instead of failing
 * later in a user's download; and docx4j's slow first use is paid before the first user.
 */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

  @Bean
  FormRegistry formRegistry() {
    return FormRegistry.load();
  }

  @Bean
  SubmissionService submissionService(FormRegistry registry) {
    SubmissionService service = SubmissionService.create(registry);
    registry.all().forEach(service::template);
    return service;
  }

  /** Until the catalog and submissions are kept in the database, forms see the demo catalog. */
  @Bean
  FormContext formContext(SubmissionService service) {
    return service.context(Catalog.demoCatalog(), SubmissionStore.empty());
  }
}
