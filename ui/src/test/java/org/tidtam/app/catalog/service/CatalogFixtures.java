package org.tidtam.app.catalog.service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tidtam.catalog.Catalog;

/** The demo catalog for tests of a database that starts without one (the postgres profile). */
public final class CatalogFixtures {

  private CatalogFixtures() {}

  /** Writes the demo catalog when the database has no school yet, and rebuilds the current one. */
  public static void seedDemo(
      CatalogStore store, JdbcClient jdbc, TransactionTemplate transactions) {
    if (!store.current().schools().isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        s -> {
          jdbc.sql("delete from catalog_district").update();
          jdbc.sql("delete from catalog_office").update();
          store.seed(Catalog.demoCatalog(), true);
        });
    store.changed();
  }
}
