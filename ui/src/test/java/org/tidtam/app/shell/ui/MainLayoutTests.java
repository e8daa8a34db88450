package org.tidtam.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.TestUsers;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.security.ui.LoginView;
import org.tidtam.app.submission.ui.MyFormsView;
import org.tidtam.i18n.Lang;

@SpringBootTest
@ViewPackages(
    classes = {MainLayout.class, MyFormsView.class, LoginView.class},
    packages = "org.tidtam.app.forms.ui")
class MainLayoutTests extends SpringBrowserlessTest {

  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired UserDetailsService details;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "school1     | แบบฟอร์มของฉัน, แบบฟอร์มที่ติดตั้ง, รายงานสาธารณะ",
        "supervision | แบบฟอร์มของฉัน, ตรวจสอบและอนุมัติ, แบบฟอร์มที่ติดตั้ง, รายงานสาธารณะ",
        "planner     | ตรวจสอบและอนุมัติ, ติดตามการส่งรายงาน, แผนกำกับ ติดตาม, แดชบอร์ดผู้บริหาร, รายงานประจำปี, ข้อมูลพื้นฐาน, แบบฟอร์มที่ติดตั้ง, รายงานสาธารณะ",
        "admin       | ตรวจสอบและอนุมัติ, ติดตามการส่งรายงาน, แผนกำกับ ติดตาม, แดชบอร์ดผู้บริหาร, รายงานประจำปี, ข้อมูลพื้นฐาน, แบบฟอร์มที่ติดตั้ง, รายงานสาธารณะ",
        "director    | ตรวจสอบและอนุมัติ, ติดตามการส่งรายงาน, แผนกำกับ ติดตาม, แดชบอร์ดผู้บริหาร, รายงานประจำปี, แบบฟอร์มที่ติดตั้ง, รายงานสาธารณะ"
      })
  void theDrawerOffersOnlyWhatTheRoleMayUse(String user, String items) {
    TestUsers.signIn(details, user);
    UI.getCurrent().navigate("");

    assertThat(navLabels()).containsExactly(items.split(", "));
  }

  @Test
  @WithUserDetails("school1")
  void theHeaderNamesTheUserWithRoleAndUnitInThai() {
    navigate(MyFormsView.class);

    assertThat($(Span.class).withClassName("shell-user-name").first().getText())
        .isEqualTo("school1");
    assertThat($(Span.class).withClassName("shell-user-role").first().getText())
        .isEqualTo("ผู้รายงาน · โรงเรียนอนุบาลกระบี่");
    assertThat($(Button.class).id("lang-switch").getText()).isEqualTo("English");
    assertThat($(Button.class).id("logout").getText()).isEqualTo("ออกจากระบบ");
  }

  @Test
  void theLanguageSwitchStoresEnglishAndTheScreensSpeakIt() {
    TestUsers.ensure(users, encoder, "school8", Role.STAFF, "81010008");
    TestUsers.signIn(details, "school8");
    navigate(MyFormsView.class);

    test($(Button.class).id("lang-switch")).click();

    assertThat(users.findByUsername("school8").orElseThrow().getPreferredLanguage())
        .isEqualTo(Lang.EN);
    assertThat(UI.getCurrent().getLocale()).isEqualTo(Lang.EN.locale());
    assertThat(navLabels()).containsExactly("My forms", "Installed forms", "Public report");
    assertThat($(Button.class).id("lang-switch").getText()).isEqualTo("ไทย");

    // the next page (after the reload, or the next sign-in) is English throughout
    UI.getCurrent().getSession().setLocale(Lang.TH.locale());
    UI.getCurrent().navigate(LoginView.class);
    navigate(MyFormsView.class);
    assertThat($(H2.class).first().getText()).isEqualTo("My forms");
    assertThat($(Span.class).withClassName("shell-user-role").first().getText())
        .isEqualTo("Reporting staff · โรงเรียนอนุบาลอ่าวลึก");

    test($(Button.class).id("lang-switch")).click();
    assertThat(users.findByUsername("school8").orElseThrow().getPreferredLanguage())
        .isEqualTo(Lang.TH);
    assertThat(navLabels())
        .containsExactly("แบบฟอร์มของฉัน", "แบบฟอร์มที่ติดตั้ง", "รายงานสาธารณะ");
  }

  @Test
  @WithUserDetails("school1")
  void logoutSignsTheUserOut() {
    navigate(MyFormsView.class);

    Throwable afterwards = catchThrowable(() -> test($(Button.class).id("logout")).click());

    // sign-out ends the HTTP session; unlike a servlet container's request, the test's request
    // still hands out the ended session, which then refuses Spring's last write to it
    assertThat(afterwards)
        .satisfiesAnyOf(
            t -> assertThat(t).isNull(), t -> assertThat(t).hasMessageContaining("invalidated"));
    var auth = SecurityContextHolder.getContext().getAuthentication();
    assertThat(auth).isNull();
  }

  @Test
  void aVisitorSeesTheFormsAndTheSignInLinkOnly() {
    UI.getCurrent().navigate("forms");

    assertThat(navLabels()).containsExactly("แบบฟอร์มที่ติดตั้ง", "รายงานสาธารณะ", "เข้าสู่ระบบ");
    assertThat($(Button.class).withId("logout").exists()).isFalse();
  }

  @Test
  void aUserWhoLeftInEnglishComesBackInEnglish() {
    TestUsers.ensure(users, encoder, "school9", Role.STAFF, "81010009");
    var user = users.findByUsername("school9").orElseThrow();
    user.setPreferredLanguage(Lang.EN);
    users.save(user);
    TestUsers.signIn(details, "school9");

    UI.getCurrent().navigate("");

    assertThat(UI.getCurrent().getLocale()).isEqualTo(Lang.EN.locale());
    assertThat(getCurrentView()).isInstanceOf(MyFormsView.class);
    assertThat($(H2.class).first().getText()).isEqualTo("My forms");
  }

  private List<String> navLabels() {
    return $(SideNav.class).id("shell-nav").getItems().stream().map(SideNavItem::getLabel).toList();
  }
}
