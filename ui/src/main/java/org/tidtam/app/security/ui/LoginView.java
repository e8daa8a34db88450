package org.tidtam.app.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.tidtam.app.security.service.DemoAccounts;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;

/**
 * The sign-in page: user name and password, posted to Spring Security's login action. No user is
 * known yet, so it speaks Thai with English in parentheses. With the demo data, its footer lists
 * the demo logins; a production installation has none to show.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/shell.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();
  private final LoginI18n i18n;

  public LoginView(ObjectProvider<DemoAccounts> demo, Catalog catalog) {
    setSizeFull();
    setAlignItems(FlexComponent.Alignment.CENTER);
    setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    addClassName("login-page");
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    i18n = translated();
    form.setI18n(i18n);
    var forms = new Anchor("forms", getTranslation("login.forms"));
    forms.setId("installed-forms");
    add(
        new H1(getTranslation("login.heading")),
        new Paragraph(getTranslation("login.subtitle")),
        form,
        forms);
    Optional.ofNullable(demo.getIfAvailable()).ifPresent(d -> add(demoLogins(d, catalog)));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.pageTitle");
  }

  /** The texts of the sign-in form, as set on it. */
  LoginI18n i18n() {
    return i18n;
  }

  private LoginI18n translated() {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form f = i18n.getForm();
    f.setTitle(getTranslation("login.title"));
    f.setUsername(getTranslation("login.username"));
    f.setPassword(getTranslation("login.password"));
    f.setSubmit(getTranslation("login.submit"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("login.error.title"));
    error.setMessage(getTranslation("login.error.message"));
    return i18n;
  }

  private Footer demoLogins(DemoAccounts demo, Catalog catalog) {
    Lang lang = Lang.of(getLocale());
    var table = new NativeTable();
    table.addClassName("demo-logins-table");
    NativeTableHeader head = table.getHead();
    head.addRows(
        new NativeTableRow(
            new NativeTableHeaderCell(getTranslation("login.demo.username")),
            new NativeTableHeaderCell(getTranslation("login.demo.password")),
            new NativeTableHeaderCell(getTranslation("login.demo.role"))));
    NativeTableBody body = table.addBody();
    for (DemoAccounts.Account account : demo.accounts()) {
      String role = account.role().label().in(lang);
      String unit = account.unitCode();
      if (unit != null) {
        role +=
            " · "
                + catalog
                    .school(unit)
                    .map(s -> s.name())
                    .or(() -> catalog.group(unit).map(g -> g.name().in(lang)))
                    .orElse(unit);
      }
      body.addRows(
          new NativeTableRow(
              new NativeTableCell(account.username()),
              new NativeTableCell(account.password()),
              new NativeTableCell(role)));
    }
    var footer =
        new Footer(
            new H2(getTranslation("login.demo.title")),
            new Paragraph(getTranslation("login.demo.note")),
            table);
    footer.setId("demo-logins");
    footer.addClassName("demo-logins");
    return footer;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }
}
