package org.tidtam.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tidtam.app.TestUsers;
import org.tidtam.app.security.ui.LoginView;
import org.tidtam.app.submission.ui.MyFormsView;

@SpringBootTest
@ViewPackages(classes = {MainLayout.class, MyFormsView.class, LoginView.class})
class HomeViewTests extends SpringBrowserlessTest {

  @Autowired UserDetailsService details;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @ParameterizedTest
  @CsvSource({
    "school1, my-forms",
    "supervision, my-forms",
    "planner, review",
    "admin, review",
    "director, review"
  })
  void theRootSendsEachRoleToItsWork(String user, String route) {
    TestUsers.signIn(details, user);

    UI.getCurrent().navigate("");

    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(route);
  }

  @Test
  void theRootSendsAVisitorToSignIn() {
    UI.getCurrent().navigate("");

    assertThat(getCurrentView()).isInstanceOf(LoginView.class);
  }
}
