package org.tidtam.app.forms;

import java.time.Clock;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.tidtam.app.catalog.service.CatalogStore;
import org.tidtam.app.submission.service.DatabaseSubmissionStore;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;

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

  /**
   * The one submission service of the application, with every plugin's template compiled now:
   * start-up fails, listing the problems, when a template does not fit its form.
   */
  @Bean
  SubmissionService submissionService(FormRegistry registry) {
    SubmissionService service = SubmissionService.create(registry);
    registry.all().forEach(service::template);
    return service;
  }

  /**
   * The catalog in the database as it is now: each injection (a view, a form context) gets the
   * current one, rebuilt only after a planner changes it.
   */
  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  Catalog catalog(CatalogStore store) {
    return store.current();
  }

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * What a form sees: the catalog and the submissions in the database. A context keeps the facts it
   * has read, so each injection gets a new one (one per view or request), never a stale singleton.
   */
  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  FormContext formContext(
      SubmissionService service, Catalog catalog, DatabaseSubmissionStore store) {
    return service.context(catalog, store);
  }
}
