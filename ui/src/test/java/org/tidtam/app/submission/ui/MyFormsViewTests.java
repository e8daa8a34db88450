package org.tidtam.app.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.TestUsers;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.thai.Round;

@SpringBootTest
@ViewPackages(classes = {MyFormsView.class, MainLayout.class})
class MyFormsViewTests extends SpringBrowserlessTest {

  @Autowired SubmissionRepository submissions;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired UserDetailsService details;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @WithUserDetails("school1")
  void listsTheOwnSchoolsFormOfTheCurrentRoundAndNoOtherSchools() {
    navigate(MyFormsView.class);

    long own = row("7.3", "81010001").id();
    long other = row("7.3", "81010002").id();
    Div list = $(Div.class).id("my-forms");
    assertThat($(Button.class, list).withId("open-" + own).exists()).isTrue();
    assertThat($(Button.class).withId("open-" + other).exists()).isFalse();
    Card card = $(Card.class, list).id("submission-" + own);
    assertThat(card.getTitleAsText()).isEqualTo("แบบ 7.3");
    // due as the monitoring plan sets it (10 Oct), not the last day of the round (30 Sep)
    assertThat(text(card)).contains("ฉบับร่าง").contains("10 ต.ค. 2569").doesNotContain("30 ก.ย.");
    assertThat($(Paragraph.class).withTextContaining("ปีงบประมาณ 2569 · รอบ 12 เดือน").exists())
        .isTrue();
    assertThat($(Paragraph.class).withTextContaining("โรงเรียนอนุบาลกระบี่").exists()).isTrue();
  }

  @Test
  @WithUserDetails("school1")
  void opensASubmissionByItsRoute() {
    navigate(MyFormsView.class);
    long own = row("7.3", "81010001").id();

    test($(Button.class).id("open-" + own)).click();

    assertThat(TestUsers.activePath()).isEqualTo("submissions/" + own);
  }

  @Test
  @WithUserDetails("school1")
  void downloadsTheWordDocument() {
    navigate(MyFormsView.class);
    long own = row("7.3", "81010001").id();

    var out = new ByteArrayOutputStream();
    test($(Anchor.class).id("download-" + own)).download(out);

    assertThat(out.toByteArray()).startsWith('P', 'K');
  }

  @Test
  void startsAFormTheUnitOwesPrefilledAndOpensIt() {
    TestUsers.ensure(users, encoder, "school5", Role.STAFF, "81010005");
    TestUsers.signIn(details, "school5");
    navigate(MyFormsView.class);
    assertThat(started("81010005")).isEmpty();
    Card card = $(Card.class).id("form-7.3");
    assertThat(text(card)).contains("ยังไม่เริ่ม");

    test($(Button.class, card).id("start-7.3")).click();

    StoredSubmission created = started("81010005").getFirst();
    assertThat(TestUsers.activePath()).isEqualTo("submissions/" + created.id());
    assertThat(created.getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(created.getCreatedBy()).isEqualTo("school5");
    assertThat(created.getDocument()).contains("81010005");
    navigate(MyFormsView.class);
    assertThat($(Button.class).withId("start-7.3").exists()).isFalse();
    assertThat($(Button.class).withId("open-" + created.id()).exists()).isTrue();
  }

  private List<StoredSubmission> started(String unit) {
    return submissions.search("7.3", 2569, Round.ROUND_12M, unit, null);
  }

  private StoredSubmission row(String form, String unit) {
    return submissions.search(form, 2569, Round.ROUND_12M, unit, null).getFirst();
  }

  static String text(com.vaadin.flow.component.Component component) {
    return component.getElement().getTextRecursively();
  }
}
