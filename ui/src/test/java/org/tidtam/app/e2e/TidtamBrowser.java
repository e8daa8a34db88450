package org.tidtam.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium driven by Playwright, for tests against a running Tidtam: sign in, wait until
 * Vaadin has answered, sign out. One instance per test class; each {@link #newPage()} is a new
 * browser context (no cookies shared between pages).
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped with a message, except in CI ({@code
 * CI=true}), which installs it: there they fail.
 */
final class TidtamBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The flags that make Chromium quiet and reliable in a container. */
  static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** True once every Vaadin client on the page has answered all its requests. */
  static final String VAADIN_READY =
      "() => !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients"
          + " && Object.keys(Vaadin.Flow.clients).length > 0"
          + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive()))";

  private final String baseUrl;
  private final Playwright playwright;
  private final Browser browser;

  private TidtamBrowser(String baseUrl, Playwright playwright, Browser browser) {
    this.baseUrl = baseUrl;
    this.playwright = playwright;
    this.browser = browser;
  }

  /** A headless Chromium for the application at {@code baseUrl} (e.g. http://127.0.0.1:8080). */
  static TidtamBrowser open(String baseUrl) {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!Files.isExecutable(CHROMIUM)) {
      if (ci) {
        throw new IllegalStateException(CHROMIUM + " is missing: .ci/run installs chromium");
      }
      Assumptions.abort(
          "browser tests skipped: "
              + CHROMIUM
              + " not found (install the Debian package chromium; CI does)");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      return new TidtamBrowser(baseUrl.replaceAll("/+$", ""), playwright, browser);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  String url(String path) {
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }

  /** A page in a new browser context, Thai first in its languages. */
  Page newPage() {
    return newPage(new Browser.NewContextOptions());
  }

  /** A page in a new browser context whose window is {@code width} × {@code height} CSS pixels. */
  Page newPage(int width, int height) {
    return newPage(new Browser.NewContextOptions().setViewportSize(width, height));
  }

  private Page newPage(Browser.NewContextOptions options) {
    BrowserContext context =
        browser.newContext(options.setLocale("th-TH").setAcceptDownloads(true));
    context.setDefaultTimeout(30_000);
    return context.newPage();
  }

  /** Opens a path of the application and waits for Vaadin. */
  Page open(Page page, String path) {
    page.navigate(url(path));
    waitForVaadin(page);
    return page;
  }

  /** Waits until the Vaadin client has loaded and has no request in flight. */
  static void waitForVaadin(Page page) {
    page.waitForFunction(VAADIN_READY);
  }

  /** Fills in the sign-in form and sends it; the caller checks where it lands. */
  void submitSignIn(Page page, String username, String password) {
    open(page, "/login");
    page.locator("input[name=username]").fill(username);
    page.locator("input[name=password]").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เข้าสู่ระบบ (Sign in)"))
        .click();
    page.waitForURL(
        url -> !url.endsWith("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
    waitForVaadin(page);
  }

  /** Signs in (the demo password is the user name) and waits for the page after it. */
  void signIn(Page page, String username) {
    submitSignIn(page, username, username);
    if (page.url().contains("/login")) {
      throw new AssertionError("sign-in as " + username + " failed: " + page.url());
    }
  }

  /** Signs out with the layout's sign-out button and waits for the sign-in page. */
  void signOut(Page page) {
    page.locator("#logout").click();
    page.waitForURL(url -> url.contains("/login"));
    waitForVaadin(page);
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
