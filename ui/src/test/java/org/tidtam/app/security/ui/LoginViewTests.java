package org.tidtam.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.NativeTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.security.service.DemoAccounts;
import org.tidtam.catalog.Catalog;

@SpringBootTest
@ViewPackages(classes = LoginView.class)
class LoginViewTests extends SpringBrowserlessTest {

  @Autowired Catalog catalog;

  @Test
  void speaksThaiWithEnglishInParentheses() {
    var i18n = navigate(LoginView.class).i18n();
    assertThat(i18n.getForm().getUsername()).isEqualTo("ชื่อผู้ใช้ (Username)");
    assertThat(i18n.getForm().getSubmit()).isEqualTo("เข้าสู่ระบบ (Sign in)");
  }

  @Test
  void listsTheDemoLoginsWhenTheDemoDataIsActive() {
    navigate(LoginView.class);

    Footer demo = $(Footer.class).id("demo-logins");
    assertThat($(NativeTableCell.class, demo).all())
        .extracting(NativeTableCell::getText)
        .contains("school1", "director", "ผู้รายงาน · โรงเรียนอนุบาลกระบี่");
    assertThat(demo.getElement().getTextRecursively()).contains("รหัสผ่านเหมือนชื่อผู้ใช้");
  }

  @Test
  void showsNoDemoLoginWithoutTheDemoData() {
    navigate(LoginView.class);

    var view =
        new LoginView(new StaticListableBeanFactory().getBeanProvider(DemoAccounts.class), catalog);

    assertThat(view.getChildren()).noneMatch(c -> c instanceof Footer);
    assertThat(view.getElement().getTextRecursively()).doesNotContain("school1");
  }
}
