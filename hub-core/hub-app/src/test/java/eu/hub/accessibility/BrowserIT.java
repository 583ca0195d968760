package eu.hub.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import eu.hub.testkit.Http;
import eu.hub.testkit.SignedIn;
import eu.hub.testkit.SignedInClient;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nu.validator.client.EmbeddedValidator;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public site in a real browser: every page type, in both bundled themes, at a phone and a
 * desktop width, has no axe-core violations of WCAG 2.1 A/AA and no Nu HTML Checker errors; the
 * main journeys work with the keyboard alone. Both themes run against one deployment through the
 * theme preview ({@code ?theme=civic}, enabled only by {@code hub.theme.preview=true} in the IT JVM
 * options). One browser serves the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class BrowserIT {

  /**
   * One address per page type, from the seed content. New page types add a line here (the search
   * page, the event calendar and the skills catalogue when they land) and get every check below.
   */
  public static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("home", "/");
    PAGES.put("home-swedish", "/?ui=sv");
    PAGES.put("listing", "/case-studies");
    PAGES.put("listing-filtered", "/case-studies?countries=sweden");
    PAGES.put("listing-filter-error", "/case-studies?countries=not%20a%20key");
    PAGES.put("case-study", "/case-studies/jonkoping-co-created-services");
    PAGES.put("lesson", "/lessons/co-creating-digital-services-with-citizens");
    PAGES.put("lesson-swedish", "/lessons/co-creating-digital-services-with-citizens?lang=sv");
    PAGES.put("article", "/articles/inclusive-services");
    PAGES.put("issue", "/issues/digital-innovation-culture-issue-1");
    PAGES.put("magazine", "/magazines/developing-a-local-digital-innovation-culture");
    PAGES.put("partner", "/partners/angus-council");
    PAGES.put("project", "/projects/cosie");
    PAGES.put("page", "/pages/about");
    PAGES.put("vocabulary", "/themes");
    PAGES.put("term", "/countries/sweden");
    PAGES.put("accessibility", "/accessibility");
    PAGES.put("search", "/search?q=older+people+digital+services");
    PAGES.put("events", "/events");
    PAGES.put("event", "/events/example-digicoach-drop-in");
    PAGES.put("events-upcoming", "/events/upcoming");
    PAGES.put("events-month", "/events/month");
    PAGES.put("skills-offer", "/skills/example-staying-safe-online");
    PAGES.put("skills-framework", "/skills/competences");
    PAGES.put("skills-competence", "/skills/competences/1-1");
    PAGES.put("skills-area", "/skills/areas/1");
    PAGES.put("search-dates", "/search?from=2027-06-01&to=2027-06-30");
    PAGES.put("search-plugin-facets", "/search?type=skills-offer");
    PAGES.put("search-typo", "/search?q=particpatory+budgetting&type=case-study");
    PAGES.put("sign-in", "/sign-in");
    PAGES.put("sign-in-expired", "/sign-in?expired=1");
    // An OIDC sign-in that was not started in this browser: the form with the reason (400).
    PAGES.put("sign-in-oidc-refused", "/sign-in/oidc/callback?code=c&state=s");
    PAGES.put("not-found", "/pages/no-such-page");
    PAGES.put("comment-received", "/articles/inclusive-services?comment=received");
  }

  /**
   * The editors' pages for comments and magazine issues, checked signed in as an editor ({issue} is
   * a draft issue the test makes). See {@link #signInAsEditor()}.
   */
  static final Map<String, String> EDITOR_PAGES = new LinkedHashMap<>();

  static {
    EDITOR_PAGES.put("moderation-queue", "/admin/comments");
    EDITOR_PAGES.put("issue-list", "/admin/issues");
    EDITOR_PAGES.put("issue-builder", "/admin/issues/{issue}");
    EDITOR_PAGES.put("issue-preview", "/admin/issues/{issue}/preview");
  }

  /**
   * The editors' screens, checked signed in (as an administrator who is also an editor, so that
   * every screen opens). New admin screens add a line here.
   */
  public static final Map<String, String> SIGNED_IN_PAGES = new LinkedHashMap<>();

  static {
    SIGNED_IN_PAGES.put("admin-dashboard", "/admin");
    SIGNED_IN_PAGES.put("admin-content", "/admin/content?type=case-study");
    SIGNED_IN_PAGES.put("admin-new-case-study", "/admin/content/case-study/new");
    SIGNED_IN_PAGES.put("admin-new-event", "/admin/content/event/new");
    SIGNED_IN_PAGES.put(
        "admin-edit-case-study", "/admin/content/case-study/jonkoping-co-created-services/edit");
    SIGNED_IN_PAGES.put(
        "admin-revisions", "/admin/content/case-study/jonkoping-co-created-services/revisions");
    SIGNED_IN_PAGES.put("admin-users", "/admin/users");
    SIGNED_IN_PAGES.put("admin-audit", "/admin/audit");
    SIGNED_IN_PAGES.put("admin-audit-error", "/admin/audit?from=not-a-date");
    SIGNED_IN_PAGES.put("admin-plugins", "/admin/plugins");
    SIGNED_IN_PAGES.put("plugin-admin-page", "/admin/event-calendar/overview");
    SIGNED_IN_PAGES.put("admin-media", "/admin/media");
    SIGNED_IN_PAGES.put("admin-account", "/admin/account");
    SIGNED_IN_PAGES.put("admin-media-picker", "/admin/content/partner/angus-council/pick/logo");
  }

  static final List<String> THEMES = List.of("default", "civic");
  static final List<Integer> WIDTHS = List.of(375, 1280);
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  static Browser browser;

  @ArquillianResource URL base;
  Http http;

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    // The adapter reports a failed deployment as running: fail clearly.
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
    browser.viewport(1280, 900);
    browser.colourScheme("light");
    browser.driver.manage().deleteAllCookies();
  }

  @Test
  void everyPageTypeHasNoAxeViolationsInBothThemesAtPhoneAndDesktopWidthsAndInDarkMode() {
    SoftAssertions soft = new SoftAssertions();
    int runs = 0;
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        for (int width : WIDTHS) {
          runs += axe(soft, theme, page.getKey(), page.getValue(), width, "light");
        }
        // Dark colours are a second palette: its contrast is checked too, at one width.
        runs += axe(soft, theme, page.getKey(), page.getValue(), 1280, "dark");
      }
    }
    System.out.printf("BrowserIT: %d axe-core runs%n", runs);
    assertThat(runs).isEqualTo(THEMES.size() * PAGES.size() * (WIDTHS.size() + 1));
    soft.assertAll();
  }

  private int axe(
      SoftAssertions soft, String theme, String name, String path, int width, String scheme) {
    browser.viewport(width, 900);
    browser.colourScheme(scheme);
    browser.driver.get(url(path, theme));
    String where = theme + " " + name + " at " + width + " px " + scheme;
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
    soft.assertThat(results.isErrored()).as("axe ran on %s", where).isFalse();
    soft.assertThat(describe(results.getViolations())).as("axe violations on %s", where).isEmpty();
    // Responsive: nothing wider than the viewport, so no sideways scrolling at phone width.
    soft.assertThat((Long) browser.js("return document.documentElement.scrollWidth;"))
        .as("page width on %s", where)
        .isLessThanOrEqualTo(width);
    soft.assertThat(browser.driver.findElements(By.cssSelector("footer a[href='/accessibility']")))
        .as("the footer of %s links to the accessibility statement", where)
        .isNotEmpty();
    String suffix = scheme.equals("dark") ? "-dark" : "";
    browser.screenshot(screenshots().resolve(theme).resolve(name + "-" + width + suffix + ".png"));
    return 1;
  }

  @Test
  void noPageTypeScrollsSidewaysOnA320PixelScreenInEitherTheme() {
    SoftAssertions soft = new SoftAssertions();
    browser.viewport(320, 640);
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        browser.driver.get(url(page.getValue(), theme));
        soft.assertThat((Long) browser.js("return document.documentElement.scrollWidth;"))
            .as("page width of %s %s at 320 px", theme, page.getKey())
            .isLessThanOrEqualTo(320);
      }
    }
    soft.assertAll();
  }

  @Test
  void printingLeavesOutTheNavigationSearchAndFooterInBothThemes() {
    for (String theme : THEMES) {
      browser.driver.get(url("/articles/inclusive-services", theme));
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertThat(browser.js("return matchMedia('print').matches;")).isEqualTo(true);
        for (String hidden : List.of("header nav", ".site-search", "footer", ".skip-link")) {
          assertThat(
                  browser.js(
                      "return getComputedStyle(document.querySelector(arguments[0])).display;",
                      hidden))
              .as("%s printed in %s", hidden, theme)
              .isEqualTo("none");
        }
        assertThat(browser.driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
      } finally {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
    }
  }

  @Test
  void everyPageTypeHasNoNuHtmlCheckerErrorsInBothThemes() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    // The checker must be able to fail: a document with known errors gets them reported.
    assertThat(nuErrors(validator, "<!DOCTYPE html><html><title>x</title><p><li>x</p></html>"))
        .isNotEmpty();
    SoftAssertions soft = new SoftAssertions();
    int runs = 0;
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        // The HTML as served, whatever the status (the 404 and 400 pages are pages too).
        String html = http.get(relative(url(page.getValue(), theme)), "text/html").body();
        soft.assertThat(nuErrors(validator, html))
            .as("Nu errors on %s %s", theme, page.getKey())
            .isEmpty();
        runs++;
      }
    }
    System.out.printf("BrowserIT: %d Nu HTML Checker runs%n", runs);
    soft.assertAll();
  }

  @Test
  void anEditorUploadsAnImageInTheMediaScreenAndSignedInScreensPassAxeAndNuInBothThemes()
      throws Exception {
    SignedIn editor = SignedIn.as(base.toURI(), "media", null, "EDITOR");
    signInTheBrowser(editor.email);
    Path png = Files.createTempFile("hub-browser-", ".png");
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, (int) (System.nanoTime() & 0xffffff));
    ImageIO.write(image, "png", png.toFile());
    browser.driver.get(url("/admin/media", "default"));
    browser.driver.findElement(By.id("file")).sendKeys(png.toAbsolutePath().toString());
    browser.driver.findElement(By.id("alt")).sendKeys("A dark rectangle");
    browser.driver.findElement(By.cssSelector(".media-upload button[type=submit]")).click();
    assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText())
        .contains("uploaded");
    assertThat(browser.driver.findElements(By.cssSelector(".media-item img"))).isNotEmpty();

    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    SoftAssertions soft = new SoftAssertions();
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page :
          Map.of(
                  "admin-media-with-image",
                  "/admin/media",
                  "admin-media-picker-with-image",
                  "/admin/content/partner/angus-council/pick/logo")
              .entrySet()) {
        for (int width : WIDTHS) {
          axe(soft, theme, page.getKey(), page.getValue(), width, "light");
        }
        axe(soft, theme, page.getKey(), page.getValue(), 1280, "dark");
        String html = editor.get(relative(url(page.getValue(), theme))).body();
        soft.assertThat(html).as("%s is shown signed in", page.getKey()).contains("name=\"csrf\"");
        soft.assertThat(nuErrors(validator, html))
            .as("Nu errors on %s %s", theme, page.getKey())
            .isEmpty();
      }
    }
    soft.assertAll();

    // With the keyboard alone: from the editor to the picker, pick the image, and back.
    browser.viewport(1280, 900);
    browser.colourScheme("light");
    browser.driver.get(url("/admin/content/partner/angus-council/edit", "default"));
    tabUntil("button[value='pick:logo']", true, 200);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.media-picker")));
    tabUntil("input[name=pick]", true, 200);
    press(Keys.SPACE);
    tabUntil("button[value=picked]", true, 200);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".media-chosen img")));
    assertThat(browser.driver.findElement(By.cssSelector(".media-field")).getText())
        .contains("Alt text: A dark rectangle");
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
    browser.driver.get(url("/", "default"));
    WebElement skip = browser.driver.findElement(By.cssSelector("a.skip-link"));
    String unfocused = browser.focusStyle(skip);

    tab();

    assertThat(browser.focused()).isEqualTo(skip);
    assertThat(skip.isDisplayed()).isTrue();
    assertThat(skip.getRect().getX()).as("on screen when focused").isGreaterThanOrEqualTo(0);
    assertThat(browser.focusStyle(skip)).as("focus is visible").isNotEqualTo(unfocused);

    press(Keys.ENTER);

    assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
    tab();
    assertThat(
            (Boolean)
                browser.js(
                    "return document.getElementById('main').contains(arguments[0]);",
                    browser.focused()))
        .as("the next Tab stays in the main content, past the header")
        .isTrue();
  }

  @Test
  void aReaderGoesFromHomeToACaseStudyWithTheKeyboardAloneAndSeesWhereFocusIs() {
    browser.driver.get(url("/", "default"));

    tabUntil("a[href='/case-studies']", true);
    press(Keys.ENTER);
    assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/case-studies");

    tabUntil("main a[href^='/case-studies/']", true);
    String target = browser.focused().getAttribute("href");
    press(Keys.ENTER);

    assertThat(browser.driver.getCurrentUrl()).isEqualTo(target);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(
            browser.driver.findElements(By.cssSelector("nav.breadcrumbs a[href='/case-studies']")))
        .as("breadcrumbs lead back")
        .isNotEmpty();
  }

  @Test
  void theListingFilterFormWorksWithTheKeyboardAlone() {
    browser.driver.get(url("/case-studies", "default"));

    WebElement country = tabUntil("select#filter-countries", true);
    for (int i = 0;
        i < 30
            && !"sweden".equals(new Select(country).getFirstSelectedOption().getAttribute("value"));
        i++) {
      press(Keys.ARROW_DOWN);
    }
    assertThat(new Select(country).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("sweden");
    tabUntil("form.filters button[type=submit]", true);
    press(Keys.ENTER);

    assertThat(browser.driver.getCurrentUrl()).contains("countries=sweden");
    assertThat(browser.driver.findElement(By.cssSelector("p.count")).getText())
        .contains("with these filters");
  }

  @Test
  void aBadFilterShowsAnErrorSummaryLinkedToTheField() {
    browser.driver.get(url("/case-studies?countries=not%20a%20key", "default"));

    WebElement summaryLink =
        browser.driver.findElement(By.cssSelector(".error-summary a[href='#filter-countries']"));
    assertThat(summaryLink.getText()).contains("Country");
    WebElement field = browser.driver.findElement(By.id("filter-countries"));
    assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.driver.findElement(By.id(field.getAttribute("aria-describedby"))).getText())
        .isNotBlank();

    summaryLink.sendKeys(Keys.ENTER);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#filter-countries");
  }

  @Test
  void theHeaderSearchBoxSubmitsToTheSearchPageWithTheKeyboardAlone() {
    browser.driver.get(url("/", "default"));

    WebElement box = tabUntil("#site-search-q", true);
    box.sendKeys("budget");
    press(Keys.ENTER);

    // The search page is someone else's work: only the form's address is asserted here.
    URI now = URI.create(browser.driver.getCurrentUrl());
    assertThat(now.getPath()).isEqualTo("/search");
    assertThat(now.getQuery()).isEqualTo("q=budget");
  }

  @Test
  void tabbingThroughAWholePageNeverTrapsFocusAndShiftTabGoesBack() {
    browser.driver.get(url("/case-studies/jonkoping-co-created-services", "default"));
    @SuppressWarnings("unchecked")
    List<WebElement> focusable =
        (List<WebElement>)
            browser.js(
                "return [...document.querySelectorAll('a[href], button, input:not([type=hidden]),"
                    + " select, textarea, [tabindex]:not([tabindex=\"-1\"])')]"
                    + ".filter(e => e.tabIndex >= 0)"
                    + ".filter(e => e.offsetParent !== null || e.classList.contains('skip-link'));");
    Set<WebElement> reached = new LinkedHashSet<>();
    WebElement previous = null;
    for (int i = 0; i < focusable.size() + 5; i++) {
      tab();
      WebElement now = browser.focused();
      if (now.getTagName().equals("body") || reached.contains(now)) {
        break; // left the page or went round: not trapped
      }
      assertThat(now).as("Tab moved focus on").isNotEqualTo(previous);
      reached.add(now);
      previous = now;
    }
    assertThat(reached).as("every focusable element is reached by Tab").containsAll(focusable);

    WebElement last = focusable.get(focusable.size() - 1);
    last.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(browser.focused()).isEqualTo(focusable.get(focusable.size() - 2));
  }

  @Test
  void everyLinkButtonAndFieldShowsAVisibleChangeWhenFocusedInBothThemes() {
    SoftAssertions soft = new SoftAssertions();
    for (String theme : THEMES) {
      browser.driver.get(url("/case-studies", theme));
      List<WebElement> controls =
          browser.driver.findElements(
              By.cssSelector(
                  "header a, header input, header button, main a, main select, main button, footer a, footer select, footer button"));
      for (WebElement control : controls) {
        browser.js("document.activeElement && document.activeElement.blur();");
        String before = browser.focusStyle(control);
        control.sendKeys(Keys.SHIFT); // keyboard focus, so :focus-visible applies
        browser.js("arguments[0].focus();", control);
        soft.assertThat(browser.focusStyle(control))
            .as("%s: focus changes the look of %s", theme, control.getAttribute("outerHTML"))
            .isNotEqualTo(before);
      }
    }
    soft.assertAll();
  }

  @Test
  void theCivicThemeLooksDifferentAndHasItsOwnHeader() {
    browser.driver.get(url("/", "default"));
    String defaultHeader = headerBackground();
    assertThat(browser.driver.findElements(By.cssSelector(".civic-emblem"))).isEmpty();

    browser.driver.get(url("/", "civic"));
    String civicHeader = headerBackground();

    assertThat(civicHeader).isNotEqualTo(defaultHeader);
    assertThat(browser.driver.findElements(By.cssSelector("header .civic-emblem"))).hasSize(1);
    assertThat(
            browser
                .js("return getComputedStyle(document.querySelector('h1')).fontFamily;")
                .toString())
        .containsIgnoringCase("georgia");
  }

  @Test
  void theLanguageFormSwitchesTheHubsWordsToSwedishAndRemembersIt() {
    browser.driver.get(url("/case-studies", "default"));
    assertThat(
            browser.driver.findElement(By.cssSelector("a.skip-link")).getAttribute("textContent"))
        .isEqualTo("Skip to main content");

    new Select(browser.driver.findElement(By.id("ui-language"))).selectByValue("sv");
    browser.driver.findElement(By.cssSelector("form.language-form button")).sendKeys(Keys.ENTER);
    // The form reloads the same address: wait for the new page, not for a new URL.
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "sv"));

    assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/case-studies");
    assertThat(
            browser.driver.findElement(By.cssSelector("a.skip-link")).getAttribute("textContent"))
        .isEqualTo("Hoppa till huvudinnehållet");
    browser.driver.get(url("/accessibility", "default"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Tillgänglighetsredogörelse");
    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
  }

  @Test
  void theAccessibilityStatementIsGeneratedFromTheSettingsDefaults() {
    String statement = http.get("accessibility", "text/html").body();

    assertThat(statement)
        .contains("<h1>Accessibility statement</h1>")
        .contains("Local Innovation Hub is responsible for this website")
        .contains("partially compliant")
        .contains("href=\"mailto:accessibility@example.org\"")
        .contains("last reviewed on 2026-11-25");
  }

  @Test
  void theBrowsersPreferredLanguagePicksTheHubsWordsAndEnglishIsTheFallback() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String swedish =
        client
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("/case-studies"))
                    .header("Accept-Language", "de;q=0.9, sv;q=0.8, en;q=0.5")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String unknown =
        client
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("/case-studies"))
                    .header("Accept-Language", "fi")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(swedish).contains("<html lang=\"sv\"").contains("<h1>Fallstudier</h1>");
    assertThat(unknown).contains("<html lang=\"en\"").contains("Skip to main content");
  }

  @Test
  void anArticlePageWeighsLessThan200KilobytesOnFirstLoadInBothThemes() {
    for (String theme : THEMES) {
      // First load: nothing from the cache of the pages before.
      browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
      browser.driver.get(url("/articles/inclusive-services", theme));

      // The page and everything it loaded (CSS, scripts, images, fonts), as the browser counted
      // it: bytes over the wire (headers included) and bytes after decompression.
      @SuppressWarnings("unchecked")
      Map<String, Object> weight =
          (Map<String, Object>)
              browser.js(
                  "const all = performance.getEntriesByType('navigation')"
                      + ".concat(performance.getEntriesByType('resource'));"
                      + " return { count: all.length,"
                      + " transferred: all.reduce((s, e) => s + e.transferSize, 0),"
                      + " decoded: all.reduce((s, e) => s + e.decodedBodySize, 0),"
                      + " kinds: all.map(e => e.initiatorType + ' ' + e.decodedBodySize"
                      + " + ' ' + e.name.replace(location.origin, '')).join(', ') };");
      long transferred = ((Number) weight.get("transferred")).longValue();
      long decoded = ((Number) weight.get("decoded")).longValue();
      System.out.printf(
          "BrowserIT: article page in %s: %d bytes transferred, %d bytes decoded, %s files (%s)%n",
          theme, transferred, decoded, weight.get("count"), weight.get("kinds"));

      assertThat(transferred).as("bytes transferred in %s", theme).isPositive().isLessThan(200_000);
      assertThat(decoded).as("bytes decoded in %s", theme).isLessThan(200_000);
    }
  }

  @Test
  void aFormErrorShowsASummaryThatTakesFocusAndLinksToTheFieldsInBothThemes() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    SoftAssertions soft = new SoftAssertions();
    for (String theme : THEMES) {
      // A filter value that is not a term.
      browser.driver.get(url("/case-studies?countries=not%20a%20key", theme));
      checkErrorPage(soft, validator, theme + " listing filter", List.of("filter-countries"));

      // Sign-in with both fields empty: two errors, each linked to its field.
      signIn(theme, "", "");
      checkErrorPage(
          soft, validator, theme + " empty sign-in", List.of("sign-in-email", "sign-in-password"));

      // A wrong password: one error, linked to the first field, which keeps the address typed.
      signIn(theme, "nobody@example.org", "not the password");
      checkErrorPage(soft, validator, theme + " wrong sign-in", List.of("sign-in-email"));
      soft.assertThat(browser.driver.findElement(By.id("sign-in-email")).getAttribute("value"))
          .isEqualTo("nobody@example.org");
    }
    soft.assertAll();

    // Following a link in the summary lands on the field.
    browser.driver.findElement(By.cssSelector(".error-summary a")).sendKeys(Keys.ENTER);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#sign-in-email");
  }

  /** Submits the sign-in form of a theme as a person would, with the keyboard. */
  private void signIn(String theme, String email, String password) {
    browser.driver.get(url("/sign-in", theme));
    // The form posts to /sign-in; the theme preview needs its parameter there too.
    browser.js(
        "document.querySelector('form.sign-in-form').action = arguments[0];",
        url("/sign-in", theme));
    browser.driver.findElement(By.id("sign-in-email")).sendKeys(email);
    browser.driver.findElement(By.id("sign-in-password")).sendKeys(password);
    WebElement button = browser.driver.findElement(By.cssSelector("form.sign-in-form button"));
    // A mark on the old page: the answer to the post is loaded when it is gone. (Waiting for the
    // button to go stale raced with Chromium: "Node ... does not belong to the document".)
    browser.js("window.hubBeforeSubmit = true;");
    button.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> browser.js("return window.hubBeforeSubmit === undefined;").equals(true));
  }

  /**
   * The GOV.UK error summary pattern: "Error:" starts the title; the summary has focus; each of its
   * links points at a field that exists, is marked invalid and is described by a message that says
   * the same; and the page has no axe violations or Nu errors at either width.
   */
  private void checkErrorPage(
      SoftAssertions soft, EmbeddedValidator validator, String where, List<String> fields)
      throws Exception {
    soft.assertThat(browser.driver.getTitle()).as("title of %s", where).matches("(Error|Fel): .*");
    soft.assertThat(
            browser.js("return document.activeElement.classList.contains('error-summary');"))
        .as("focus is on the error summary of %s", where)
        .isEqualTo(true);
    List<WebElement> links = browser.driver.findElements(By.cssSelector(".error-summary a"));
    soft.assertThat(links)
        .extracting(a -> a.getAttribute("href").replaceAll(".*#", ""))
        .as("the summary's links on %s", where)
        .containsExactlyElementsOf(fields);
    for (WebElement link : links) {
      String id = link.getAttribute("href").replaceAll(".*#", "");
      List<WebElement> field = browser.driver.findElements(By.id(id));
      soft.assertThat(field).as("field #%s of %s", id, where).hasSize(1);
      if (field.size() != 1) {
        continue;
      }
      soft.assertThat(field.get(0).getTagName()).as("#%s", id).isIn("input", "select", "textarea");
      soft.assertThat(field.get(0).getAttribute("aria-invalid")).as("#%s", id).isEqualTo("true");
      String describedBy = field.get(0).getAttribute("aria-describedby");
      soft.assertThat(describedBy).as("#%s is described", id).isNotBlank();
      if (describedBy != null && !describedBy.isBlank()) {
        soft.assertThat(browser.driver.findElement(By.id(describedBy)).getText())
            .as("the message at #%s on %s", id, where)
            .contains(link.getText());
      }
      soft.assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']")))
          .as("#%s has a label", id)
          .hasSize(1);
    }
    String html = "<!DOCTYPE html>" + browser.js("return document.documentElement.outerHTML;");
    soft.assertThat(nuErrors(validator, html)).as("Nu errors on %s", where).isEmpty();
    for (int width : WIDTHS) {
      browser.viewport(width, 900);
      Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
      soft.assertThat(describe(results.getViolations()))
          .as("axe violations on %s at %d px", where, width)
          .isEmpty();
      browser.screenshot(screenshots().resolve(where.replace(' ', '-') + "-" + width + ".png"));
    }
    browser.viewport(1280, 900);
  }

  @Test
  void theEditorsCommentAndIssuePagesAndTheCommentFormWithErrorsPassAxeAndTheNuChecker()
      throws Exception {
    String issue = draftIssueWithTwoArticles()[0];
    URI root = base.toURI();
    SignedInClient reader = new SignedInClient(root, "127.0.0.31");
    String item = reader.get("/articles/inclusive-services").body();
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("name=\"item\" value=\"(\\d+)\"").matcher(item);
    assertThat(id.find()).isTrue();
    reader.post(
        "comments",
        Map.of("item", id.group(1), "name", "Browser", "comment", "Waiting for an editor."));
    String email = signInAsEditor();
    SignedInClient editor = new SignedInClient(root).signIn(email);

    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    SoftAssertions soft = new SoftAssertions();
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page : EDITOR_PAGES.entrySet()) {
        String path = page.getValue().replace("{issue}", issue);
        for (int width : WIDTHS) {
          axe(soft, theme, page.getKey(), path, width, "light");
        }
        axe(soft, theme, page.getKey(), path, 1280, "dark");
        HttpResponse<String> html = editor.get(relative(url(path, theme)));
        soft.assertThat(html.statusCode()).as("%s %s", theme, page.getKey()).isEqualTo(200);
        soft.assertThat(nuErrors(validator, html.body()))
            .as("Nu errors on %s %s", theme, page.getKey())
            .isEmpty();
      }
      // The comment form sent empty comes back with its error summary linked to the fields.
      browser.driver.get(url("/articles/inclusive-services", theme));
      browser.driver.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("comment-errors")));
      soft.assertThat(
              browser.driver.findElements(
                  By.cssSelector("#comment-errors a[href='#comment-name']")))
          .isNotEmpty();
      Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
      soft.assertThat(describe(results.getViolations()))
          .as("axe violations on %s comment form with errors", theme)
          .isEmpty();
      reader.get(relative(url("/articles/inclusive-services", theme)));
      HttpResponse<String> refused =
          reader.post(
              "comments?theme=" + theme, Map.of("item", id.group(1), "name", "", "comment", ""));
      soft.assertThat(refused.statusCode()).isEqualTo(422);
      soft.assertThat(nuErrors(validator, refused.body()))
          .as("Nu errors on %s comment form with errors", theme)
          .isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void anEditorMovesAnArticleUpAndPublishesTheIssueWithTheKeyboardAlone() throws Exception {
    String[] fixture = draftIssueWithTwoArticles();
    String issue = fixture[0];
    String first = fixture[1];
    String second = fixture[2];
    signInAsEditor();
    browser.driver.get(url("/admin/issues/" + issue, "default"));
    assertThat(builderOrder()).containsExactly(first, second);

    tabUntil("#item-" + second + " button.move-up", true);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("moved=" + second));

    assertThat(builderOrder()).containsExactly(second, first);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#item-" + second);
    assertThat(
            (Boolean)
                browser.js(
                    "return document.getElementById(arguments[0]).contains(document.activeElement);",
                    "item-" + second))
        .as("focus is on the moved article: %s", browser.focused().getAttribute("outerHTML"))
        .isTrue();

    tabUntil("#publish-issue", true);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("done=published"));
    assertThat(http.get("issues/" + issue, "text/html").statusCode()).isEqualTo(200);
    assertThat(http.get("articles/" + first, "text/html").statusCode()).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  private List<String> builderOrder() {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll('li.builder-item')].map(li => li.id.substring(5));");
  }

  /**
   * Signs the browser in as a new editor (made through the operator API) with the sign-in form;
   * answers the editor's email address.
   */
  private String signInAsEditor() throws URISyntaxException {
    String email = SignedIn.as(base.toURI(), "browser", null, "EDITOR").email;
    signInTheBrowser(email);
    return email;
  }

  /** A draft issue with one section and two draft articles in it; answers the three slugs. */
  private String[] draftIssueWithTwoArticles() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String issue = "browser-issue-" + s;
    String first = "browser-first-" + s;
    String second = "browser-second-" + s;
    putItem(
        "magazine-issue",
        issue,
        "Browser issue " + s,
        "\"magazine\": \"developing-a-local-digital-innovation-culture\", \"number\": 97,"
            + " \"project\": \"like\", \"sections\": [\"Features\"]");
    putItem(
        "article",
        first,
        "First article " + s,
        "\"issue\": \"" + issue + "\", \"section\": \"Features\", \"position\": 1");
    putItem(
        "article",
        second,
        "Second article " + s,
        "\"issue\": \"" + issue + "\", \"section\": \"Features\", \"position\": 2");
    return new String[] {issue, first, second};
  }

  private void putItem(String type, String slug, String title, String fields) {
    HttpResponse<String> response =
        http.putJson(
            "api/admin/items/" + type + "/" + slug,
            System.getProperty("hub.it.admin.token"),
            "{\"title\": \""
                + title
                + "\", \"summary\": \"Made by BrowserIT.\", \"body\": \"Some text.\","
                + " \"status\": \"draft\", \"fields\": {"
                + fields
                + "}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @Test
  void everySignedInScreenHasNoAxeViolationsOrNuErrorsInBothThemes() throws Exception {
    SignedIn http = SignedIn.as(base.toURI(), "checker", null, "ADMINISTRATOR", "EDITOR");
    signInTheBrowser(http.email);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    SoftAssertions soft = new SoftAssertions();
    int runs = 0;
    for (String theme : THEMES) {
      for (Map.Entry<String, String> page : SIGNED_IN_PAGES.entrySet()) {
        for (int width : WIDTHS) {
          runs += axe(soft, theme, page.getKey(), page.getValue(), width, "light");
        }
        runs += axe(soft, theme, page.getKey(), page.getValue(), 1280, "dark");
        String html = http.get(relative(url(page.getValue(), theme)).substring(1)).body();
        soft.assertThat(nuErrors(validator, html))
            .as("Nu errors on %s %s", theme, page.getKey())
            .isEmpty();
      }
    }
    // A form sent back with errors, and a preview, are screens too.
    HttpResponse<String> blank = http.get("admin/content/project/new");
    String refused =
        http.submit(
                blank,
                "admin/content/project/new",
                SignedIn.form("title", "", "f-start", "31/05/2026", "action", "save"))
            .body();
    soft.assertThat(nuErrors(validator, refused))
        .as("Nu errors on the editor with errors")
        .isEmpty();
    String preview =
        http.submit(
                blank,
                "admin/content/project/new",
                SignedIn.form("title", "Preview", "body", "## Heading", "action", "preview"))
            .body();
    soft.assertThat(nuErrors(validator, preview)).as("Nu errors on a preview").isEmpty();
    System.out.printf("BrowserIT: %d signed-in axe-core runs%n", runs);
    soft.assertAll();
  }

  @Test
  void anEditorEditsPreviewsSavesAndSubmitsACaseStudyWithTheKeyboardAlone() throws Exception {
    String email = SignedIn.unique("keyboard");
    assertThat(SignedIn.createAccount(base.toURI(), email, null, "EDITOR").statusCode())
        .isEqualTo(201);
    browser.driver.get(url("/sign-in", "default"));
    tabUntil("#sign-in-email", true).sendKeys(email);
    tabUntil("#sign-in-password", true).sendKeys(SignedIn.PASSWORD);
    press(Keys.ENTER);
    waitForPath("/admin");

    tabUntil("nav.admin-nav a[href='/admin/content']", true);
    press(Keys.ENTER);
    waitForPath("/admin/content");
    tabUntil("#content-q", true).sendKeys("Jönköping");
    press(Keys.ENTER);
    tabUntil("a[href='/admin/content/case-study/jonkoping-co-created-services/edit']", true, 200);
    press(Keys.ENTER);
    waitForPath("/admin/content/case-study/jonkoping-co-created-services/edit");

    WebElement summary = tabUntil("#edit-summary", true, 200);
    summary.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Edited with the keyboard.");
    tabUntil("button[value=preview]", true, 400);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-banner")));
    assertThat(browser.driver.findElement(By.cssSelector("main")).getText())
        .contains("Edited with the keyboard.");

    tabUntil("button[value=back]", true, 200);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("edit-summary")));
    assertThat(browser.driver.findElement(By.id("edit-summary")).getAttribute("value"))
        .endsWith("Edited with the keyboard.");

    tabUntil("button[value=save]", true, 400);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("done=saved"));
    assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText()).contains("saved");

    tabUntil("button[value=submit]", true, 400);
    press(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("done=submit"));
    assertThat(browser.driver.findElement(By.cssSelector(".item-status")).getText())
        .contains("In review");
  }

  /** Signs the Selenium browser in through the form. */
  private void signInTheBrowser(String email) {
    browser.driver.get(url("/sign-in", "default"));
    browser.driver.findElement(By.id("sign-in-email")).sendKeys(email);
    browser.driver.findElement(By.id("sign-in-password")).sendKeys(SignedIn.PASSWORD);
    browser.driver.findElement(By.cssSelector("form.sign-in-form button")).click();
    waitForPath("/admin");
  }

  private void waitForPath(String path) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
  }

  /** Errors (and fatal errors) the Nu HTML Checker reports; its "info" warnings are not counted. */
  private static List<String> nuErrors(EmbeddedValidator validator, String html) throws Exception {
    String report =
        validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    return Http.parse(report).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
        .filter(m -> !m.getString("type", "").equals("info"))
        .map(m -> m.getInt("lastLine", 0) + ": " + m.getString("message", ""))
        .toList();
  }

  private String headerBackground() {
    return (String)
        browser.js(
            "return getComputedStyle(document.querySelector('header.site-header')).backgroundColor;");
  }

  /** Tabs until the focused element matches the selector; every stop on the way shows focus. */
  private WebElement tabUntil(String selector, boolean checkFocusVisible) {
    return tabUntil(selector, checkFocusVisible, 80);
  }

  private WebElement tabUntil(String selector, boolean checkFocusVisible, int maxTabs) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < maxTabs; i++) {
      tab();
      WebElement now = browser.focused();
      visited.add(now.getTagName() + " " + now.getAttribute("href"));
      if (checkFocusVisible && !now.getTagName().equals("body")) {
        assertThat(focusIndicator(now))
            .as("focus is visible on %s", now.getAttribute("outerHTML"))
            .isTrue();
      }
      if ((Boolean) browser.js("return arguments[0].matches(arguments[1]);", now, selector)) {
        return now;
      }
    }
    throw new AssertionError(
        "Tab never reached "
            + selector
            + "; went through "
            + visited.stream().collect(Collectors.joining(", ")));
  }

  /** A focused element has an outline or a box shadow: focus is not shown by colour alone. */
  private boolean focusIndicator(WebElement e) {
    return (Boolean)
        browser.js(
            "const s = getComputedStyle(arguments[0]);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                + " || s.boxShadow !== 'none';",
            e);
  }

  private void tab() {
    press(Keys.TAB);
  }

  private void press(Keys key) {
    new Actions(browser.driver).sendKeys(key).perform();
  }

  private String url(String path, String theme) {
    String root = base.toString().replaceAll("/$", "");
    String separator = path.contains("?") ? "&" : "?";
    return root + path + separator + "theme=" + theme;
  }

  private String relative(String absolute) {
    return absolute.substring(base.toString().replaceAll("/$", "").length());
  }

  private static Path screenshots() {
    return Path.of(System.getProperty("hub.it.screenshots", "target/screenshots"));
  }

  private static List<String> describe(List<Rule> violations) {
    List<String> out = new ArrayList<>();
    for (Rule rule : violations) {
      out.add(
          rule.getId()
              + " ("
              + rule.getImpact()
              + "): "
              + rule.getHelp()
              + " at "
              + rule.getNodes().stream()
                  .map(n -> n.getTarget() + " " + n.getHtml())
                  .limit(5)
                  .collect(Collectors.joining("; ")));
    }
    return out;
  }
}
