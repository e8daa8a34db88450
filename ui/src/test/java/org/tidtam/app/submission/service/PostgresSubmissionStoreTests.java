package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tidtam.app.catalog.service.CatalogFixtures;
import org.tidtam.app.catalog.service.CatalogStore;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;

/**
 * The same store on PostgreSQL ({@code postgres} profile), in a schema of its own that is dropped
 * afterwards. The server is {@code TIDTAM_TEST_PG_URL} or 127.0.0.1:5432/test; in CI ({@code
 * CI=true}) a missing server fails the build instead of skipping these tests.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresSubmissionStoreTests extends SubmissionStoreContract {

  static final String SERVER =
      System.getenv().getOrDefault("TIDTAM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("TIDTAM_TEST_PG_USER", "postgres");
  static final String SCHEMA = "tidtam_test_" + UUID.randomUUID().toString().replace("-", "");

  @Autowired PasswordEncoder encoder;
  @Autowired CatalogStore catalogs;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  /** The postgres profile starts with an empty catalog: the contract's units come from the demo. */
  @BeforeEach
  void demoCatalog() {
    CatalogFixtures.seedDemo(catalogs, jdbc, transactions);
  }

  @BeforeAll
  static void createSchema() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement s = c.createStatement()) {
      s.execute("create schema " + SCHEMA);
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("PostgreSQL does not answer at " + SERVER + " (CI needs it): " + e.getMessage());
      }
      Assumptions.abort("no PostgreSQL at " + SERVER + ": " + e.getMessage());
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    registry.add("tidtam.admin-password", () -> "first-admin-password");
  }

  @Test
  void createsOnlyTheAdministratorFromTheEnvironment() {
    AppUser admin = users.findByUsername("admin").orElseThrow();
    assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
    assertThat(encoder.matches("first-admin-password", admin.getPasswordHash())).isTrue();
    assertThat(users.findByUsername("planner")).isEmpty();
    assertThat(users.findByUsername("school1")).isEmpty();
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }
}
