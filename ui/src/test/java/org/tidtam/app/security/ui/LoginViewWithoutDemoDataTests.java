package org.tidtam.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** An installation without the demo data, as in production: no login is offered on the page. */
@SpringBootTest(properties = "tidtam.demo-data=false")
@ViewPackages(classes = LoginView.class)
class LoginViewWithoutDemoDataTests extends SpringBrowserlessTest {

  @Test
  void showsNoDemoLoginAndNoPassword() {
    navigate(LoginView.class);

    assertThat($(LoginForm.class).exists()).isTrue();
    assertThat($(Footer.class).withId("demo-logins").exists()).isFalse();
    assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("school1");
  }
}
