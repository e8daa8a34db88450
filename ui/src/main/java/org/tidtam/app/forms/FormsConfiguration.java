package org.tidtam.app.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tidtam.catalog.Catalog;
import org.tidtam.document.FormDocuments;
import org.tidtam.form.FormContext;
import org.tidtam.schema.FormRegistry;
import org.tidtam.template.TemplateEngine;

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
  TemplateEngine templateEngine() {
    return TemplateEngine.create();
  }

  @Bean
  FormDocuments formDocuments(FormRegistry registry, TemplateEngine engine) {
    FormDocuments documents = FormDocuments.create(engine);
    registry.all().forEach(documents::template);
    return documents;
  }

  /** Until the catalog is kept in the database, forms see the built-in demo catalog. */
  @Bean
  FormContext formContext() {
    return FormContext.of(Catalog.demoCatalog());
  }
}
