package org.tidtam.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in a real browser (the system Chromium) and over real HTTP: the server runs on a
 * random port with the demo data in a database of its own under a temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

  static Path dataDir;
  static TidtamBrowser browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("tidtam-e2e");
    registry.add("tidtam.data-dir", dataDir::toString);
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("tidtam"));
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (dataDir != null) {
      try (var files = Files.walk(dataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  TidtamBrowser browser() {
    if (browser == null) {
      browser = TidtamBrowser.open("http://127.0.0.1:" + port);
    }
    return browser;
  }

  // ---- in the browser

  @Test
  void signInPageIsInThai() {
    Page page = browser().open(browser().newPage(), "/login");

    assertThat(page).hasTitle("เข้าสู่ระบบ — ติดตาม");
    assertThat(page.locator("html")).hasAttribute("lang", "th");
    assertThat(page.locator("h1")).hasText("ติดตาม (Tidtam)");
    assertThat(page.locator("label[slot=label]:has-text(\"ชื่อผู้ใช้ (Username)\")")).isVisible();
    assertThat(page.locator("vaadin-login-form label").getByText("รหัสผ่าน (Password)"))
        .isVisible();
    assertThat(
            page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("เข้าสู่ระบบ (Sign in)")))
        .isVisible();
    page.context().close();
  }

  @Test
  void wrongPasswordShowsTheThaiError() {
    Page page = browser().newPage();
    page.navigate(browser().url("/login"));
    TidtamBrowser.waitForVaadin(page);
    page.locator("input[name=username]").fill("school1");
    page.locator("input[name=password]").fill("not-the-password");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("เข้าสู่ระบบ (Sign in)"))
        .click();

    page.waitForURL(url -> url.contains("/login?error"));
    TidtamBrowser.waitForVaadin(page);
    assertThat(page.getByText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")).isVisible();
    assertThat(page.locator("input[name=password]")).isVisible();
    page.context().close();
  }

  @Test
  void school1SignsInReachesASignedInPageAndSignsOut() {
    Page page = browser().newPage();

    // anonymous: the signed-in page sends to the sign-in page
    page.navigate(browser().url("/e2e/signed-in"));
    page.waitForURL(url -> url.contains("/login"));

    browser().signIn(page, "school1");
    browser().open(page, "/e2e/signed-in");
    assertThat(page.locator("#signed-in-user")).hasText("school1");

    browser().signOut(page);
    page.navigate(browser().url("/e2e/signed-in"));
    page.waitForURL(url -> url.contains("/login"));
    assertThat(page.locator("#signed-in-user")).hasCount(0);
    page.context().close();
  }

  // ---- over HTTP

  @Test
  void apiWithoutCredentialsIs401WithABasicChallenge() throws Exception {
    HttpResponse<String> response = get("/api/submissions", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Basic ");
  }

  @Test
  void aSchoolDoesNotSeeAnotherSchoolsSubmission() throws Exception {
    HttpResponse<String> school2List = get("/api/submissions?form=7.3", "school2");
    assertThat(school2List.statusCode()).isEqualTo(200);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(school2List.body());
    assertThat(id.find()).as("school2 has a 7.3: %s", school2List.body()).isTrue();
    String path = "/api/submissions/" + id.group(1);

    assertThat(get(path, "school2").statusCode()).isEqualTo(200);
    assertThat(get(path, "school1").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
