package org.tidtam.app.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidtam.app.catalog.service.CatalogAdmin;
import org.tidtam.app.dashboard.service.DashboardService;
import org.tidtam.app.notice.service.Notices;
import org.tidtam.app.notice.ui.NoticesChanged;
import org.tidtam.app.report.service.AnnualReports;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.security.service.UserSettings;
import org.tidtam.app.shell.UserLocale;
import org.tidtam.app.submission.ui.MyFormsView;
import org.tidtam.app.submission.ui.ReviewView;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;

/**
 * The frame of every screen: the application's name, who is signed in (name, role and unit), the
 * bell with the unread notices of the user's unit, the language switch and sign-out in the header;
 * in the drawer only the screens the user's role may use. On a phone the drawer folds away behind
 * the toggle.
 */
@Layout
@AnonymousAllowed
@StyleSheet("styles/shell.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

  private final CurrentActor actors;
  private final AuthenticationContext authentication;
  private final UserSettings settings;
  private final Catalog catalog;
  private final Notices notices;
  private final List<Component> chrome = new ArrayList<>();
  private final Button bell = new Button(VaadinIcon.BELL.create());

  MainLayout(
      CurrentActor actors,
      AuthenticationContext authentication,
      UserSettings settings,
      Catalog catalog,
      Notices notices) {
    this.actors = actors;
    this.authentication = authentication;
    this.settings = settings;
    this.catalog = catalog;
    this.notices = notices;
    setPrimarySection(Section.DRAWER);
    addClassName("tidtam-shell");
    bell.setId("notice-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    bell.addClassName("notice-bell");
    bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(MyFormsView.class)));
    build();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    ComponentUtil.addListener(
        event.getUI(), NoticesChanged.class, e -> refreshNotices(actors.find()));
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    refreshNotices(actors.find());
  }

  /**
   * The bell in the header of a unit's user: how many of the unit's notices they have not read;
   * hidden when none (or for a user of no unit).
   */
  private void refreshNotices(Optional<Actor> actor) {
    int unread = actor.filter(a -> a.unitCode() != null).map(notices::unread).orElse(0);
    bell.setVisible(unread > 0);
    bell.setText(String.valueOf(unread));
    String label = getTranslation("header.notices", String.valueOf(unread));
    bell.setAriaLabel(label);
    bell.setTooltipText(label);
  }

  @Override
  public void localeChange(LocaleChangeEvent event) {
    build();
  }

  private void build() {
    Optional<Actor> actor = actors.find();
    Lang lang = Lang.of(getLocale());
    chrome.forEach(this::remove);
    chrome.clear();

    var toggle = new DrawerToggle();
    toggle.setAriaLabel(getTranslation("header.menu"));
    var title = new Span(getTranslation("app.name"));
    title.addClassName("shell-title");
    var spacer = new Div();
    spacer.addClassName("shell-spacer");
    var bar = new Div(title, spacer);
    bar.addClassName("shell-bar");
    actor.ifPresent(a -> bar.add(who(a, lang, "shell-user shell-user-bar")));
    bar.add(bell);
    refreshNotices(actor);
    bar.add(languageSwitch(actor));
    if (actor.isPresent()) {
      var logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create());
      logout.setId("logout");
      logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      logout.addClickListener(e -> authentication.logout());
      bar.add(logout);
    } else {
      var signIn = new Anchor("login", getTranslation("nav.signIn"));
      signIn.setId("sign-in");
      signIn.addClassName("shell-sign-in");
      bar.add(signIn);
    }
    addToNavbar(toggle, bar);
    chrome.add(toggle);
    chrome.add(bar);

    var drawer = new Div();
    drawer.addClassName("shell-drawer");
    var name = new Span(getTranslation("app.title"));
    name.addClassName("shell-app-title");
    drawer.add(name);
    actor.ifPresent(a -> drawer.add(who(a, lang, "shell-user shell-user-drawer")));
    drawer.add(navigation(actor));
    addToDrawer(drawer);
    chrome.add(drawer);
  }

  /** The user's name over their role and unit. */
  private Div who(Actor actor, Lang lang, String classNames) {
    var name = new Span(actor.username());
    name.addClassName("shell-user-name");
    var role = new Span(roleAndUnit(actor, lang));
    role.addClassName("shell-user-role");
    var who = new Div(name, role);
    who.setClassName(classNames);
    return who;
  }

  private String roleAndUnit(Actor actor, Lang lang) {
    String role = actor.role().label().in(lang);
    String unit = actor.unitCode();
    if (unit == null) {
      return role;
    }
    String unitName =
        catalog
            .school(unit)
            .map(s -> s.name())
            .or(() -> catalog.group(unit).map(g -> g.name().in(lang)))
            .orElse(unit);
    return role + " · " + unitName;
  }

  private Button languageSwitch(Optional<Actor> actor) {
    var button = new Button(getTranslation("header.otherLanguage"));
    button.setId("lang-switch");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    button.addClickListener(
        e -> {
          UI ui = UI.getCurrent();
          Lang next = UserLocale.of(ui) == Lang.TH ? Lang.EN : Lang.TH;
          if (actor.isPresent()) {
            settings.changeLanguage(actor.get(), next);
            UserLocale.use(ui, next);
          } else {
            UserLocale.chooseForVisitor(ui, next);
          }
          ui.getPage().reload();
        });
    return button;
  }

  private SideNav navigation(Optional<Actor> actor) {
    var nav = new SideNav();
    nav.setId("shell-nav");
    actor.ifPresent(
        a -> {
          if (a.is(Role.STAFF)) {
            nav.addItem(
                new SideNavItem(
                    getTranslation("nav.myForms"),
                    MyFormsView.class,
                    VaadinIcon.FILE_TEXT.create()));
          }
          if (seesReview(a)) {
            nav.addItem(
                new SideNavItem(
                    getTranslation("nav.review"),
                    ReviewView.class,
                    VaadinIcon.CHECK_SQUARE.create()));
          }
          if (followsUp(a)) {
            nav.addItem(
                new SideNavItem(
                    getTranslation("nav.followUp"), "follow-up", VaadinIcon.BAR_CHART.create()));
            nav.addItem(
                new SideNavItem(getTranslation("nav.plan"), "plan", VaadinIcon.CALENDAR.create()));
          }
          if (DashboardService.sees(a)) {
            // by path: the layout then needs no view of the dashboard registered to be built
            nav.addItem(
                new SideNavItem(
                    getTranslation("nav.dashboard"), "dashboard", VaadinIcon.DASHBOARD.create()));
          }
          if (AnnualReports.sees(a)) {
            nav.addItem(
                new SideNavItem(
                    getTranslation("nav.reports"), "reports", VaadinIcon.BOOK_DOLLAR.create()));
          }
        });
    actor
        .filter(CatalogAdmin::keeps)
        .ifPresent(
            a ->
                nav.addItem(
                    new SideNavItem(
                        getTranslation("nav.catalog"), "catalog", VaadinIcon.BOOK.create())));
    nav.addItem(new SideNavItem(getTranslation("nav.forms"), "forms", VaadinIcon.RECORDS.create()));
    nav.addItem(
        new SideNavItem(
            getTranslation("nav.publicReport"), "public/report", VaadinIcon.GLOBE.create()));
    if (actor.isEmpty()) {
      nav.addItem(
          new SideNavItem(getTranslation("nav.signIn"), "login", VaadinIcon.SIGN_IN.create()));
    }
    return nav;
  }

  /** Policy and planning, the executive and administrators: the follow-up and the plan. */
  static boolean followsUp(Actor actor) {
    return actor.is(Role.PLANNER) || actor.is(Role.EXECUTIVE) || actor.is(Role.ADMIN);
  }

  /** Reviewers, the executive, and an office group's staff (for their group's reports). */
  static boolean seesReview(Actor actor, Catalog catalog) {
    return !actor.is(Role.STAFF) || catalog.group(actor.unitCode()).isPresent();
  }

  private boolean seesReview(Actor actor) {
    return seesReview(actor, catalog);
  }
}
