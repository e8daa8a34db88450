package org.tidtam.app.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page: user name and password, posted to Spring Security's login action. */
@Route(value = "login", autoLayout = false)
@PageTitle("เข้าสู่ระบบ — ติดตาม")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm form = new LoginForm();

  public LoginView() {
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(thai());
    add(new H1("ติดตาม (Tidtam)"), new Paragraph("เข้าสู่ระบบ / Sign in"), form);
  }

  static LoginI18n thai() {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form f = i18n.getForm();
    f.setTitle("เข้าสู่ระบบ");
    f.setUsername("ชื่อผู้ใช้ (Username)");
    f.setPassword("รหัสผ่าน (Password)");
    f.setSubmit("เข้าสู่ระบบ (Sign in)");
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
    error.setMessage("ตรวจสอบชื่อผู้ใช้และรหัสผ่านแล้วลองอีกครั้ง (Wrong user name or password)");
    return i18n;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }
}
