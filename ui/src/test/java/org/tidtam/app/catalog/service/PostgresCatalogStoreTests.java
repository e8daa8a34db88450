package org.tidtam.app.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tidtam.catalog.Catalog;

/**
 * The catalog's migration and queries on PostgreSQL, in a schema of its own that is dropped
 * afterwards (no application context: the store alone). The server is {@code TIDTAM_TEST_PG_URL} or
 * 127.0.0.1:5432/test; skipped when none answers, except in CI.
 */
class PostgresCatalogStoreTests {

  static final String SERVER =
      System.getenv().getOrDefault("TIDTAM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("TIDTAM_TEST_PG_USER", "postgres");
  static final String SCHEMA = "tidtam_catalog_" + UUID.randomUUID().toString().replace("-", "");

  static CatalogStore store;
  static JdbcClient jdbc;

  @BeforeAll
  static void migrate() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement s = c.createStatement()) {
      s.execute("create schema " + SCHEMA);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("PostgreSQL does not answer at " + SERVER + " (CI needs it): " + e.getMessage());
      }
      Assumptions.abort("no PostgreSQL at " + SERVER + ": " + e.getMessage());
    }
    var data = new DriverManagerDataSource(SERVER + "?currentSchema=" + SCHEMA, USER, "");
    Flyway.configure().dataSource(data).schemas(SCHEMA).load().migrate();
    jdbc = JdbcClient.create(data);
    store =
        new CatalogStore(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(data)),
            new CatalogSeed(new StandardEnvironment(), true, 0, 60, 2569));
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (store == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop schema " + SCHEMA + " cascade");
    }
  }

  @Test
  void seedsReadsWritesAndFindsUsesOnPostgres() {
    Catalog catalog = store.current();

    assertThat(catalog.schools()).isEqualTo(Catalog.demoCatalog().schools());
    assertThat(catalog.policies()).isEqualTo(Catalog.demoCatalog().policies());
    assertThat(catalog.problems()).isEmpty();

    store.upsert(
        CatalogList.PROJECTS,
        2569,
        Map.of(
            "code", "KBI-2569-P_1", "name", "โครงการทดสอบ", "owner", "PLAN", "budget", "150000.5"),
        0);
    store.changed();
    assertThat(store.current().projectsOf(2569))
        .singleElement()
        .satisfies(p -> assertThat(p.budget()).isEqualByComparingTo("150000.50"));

    jdbc.sql(
            "insert into submission (form_id, schema_version, fiscal_year, reporting_round,"
                + " unit_code, status, document, version, created_by, created_at, changed_by,"
                + " changed_at) values ('7.2', 1, 2569, 'ROUND_12M', 'PLAN', 'DRAFT',"
                + " '{\"projectCode\":\"KBI-2569-P_1\"}', 1, 'x', now(), 'x', now())")
        .update();
    assertThat(store.uses(CatalogList.PROJECTS, "KBI-2569-P_1")).isEqualTo(1);
    assertThat(store.uses(CatalogList.PROJECTS, "KBI-2569-PX1")).isZero();
    assertThat(store.uses(CatalogList.GROUPS, "PLAN")).isEqualTo(1);

    store.retire(CatalogList.SCHOOLS, 0, "81010003", true);
    store.changed();
    assertThat(store.current().school("81010003")).isEmpty();
  }
}
