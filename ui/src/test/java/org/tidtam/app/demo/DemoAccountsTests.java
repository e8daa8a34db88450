package org.tidtam.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.tidtam.app.security.service.DemoAccounts;

/**
 * The sign-in page offers demo logins only when the demo data is there: the demo accounts come with
 * the demo data's own conditions (default profile, {@code tidtam.demo-data} not false).
 */
class DemoAccountsTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(DemoData.class);

  @Test
  void noDemoAccountsWhenTheDemoDataIsSwitchedOff() {
    runner
        .withPropertyValues("tidtam.demo-data=false")
        .run(context -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
  }

  @Test
  void noDemoAccountsInProduction() {
    runner
        .withPropertyValues("spring.profiles.active=postgres")
        .run(context -> assertThat(context).doesNotHaveBean(DemoAccounts.class));
  }

  @Test
  void theDemoDataIsOnByDefault() {
    // without a database the demo data cannot be made: the attempt shows its conditions hold
    runner.run(
        context ->
            assertThat(context)
                .getFailure()
                .hasStackTraceContaining("bean with name 'demoData'")
                .hasStackTraceContaining("UserRepository"));
  }
}
