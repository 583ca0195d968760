package eu.hub.comments;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.security.ReaderFormTokens;
import eu.hub.security.ReaderForms;
import eu.hub.testkit.Http;
import eu.hub.testkit.SignedInClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readers' comments on the real Hub: held until an editor approves them, shown escaped, a honeypot
 * and a per-address rate limit against robots, CSRF on every form, moderation for editors only.
 * Each reader speaks from its own loopback address, so that the rate limit counts per test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommentsIT {

  static final String TOKEN = System.getProperty("hub.it.admin.token");
  static final String ARTICLE = "articles/inclusive-services";
  static final String CASE_STUDY = "case-studies/jonkoping-co-created-services";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern ITEM = Pattern.compile("name=\"item\" value=\"(\\d+)\"");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;
  URI root;

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    assertThat(new Http(root).get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  @Test
  void aCommentIsHeldUntilAnEditorApprovesItAndIsThenShownAsEscapedText() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.11");
    HttpResponse<String> sent =
        comment(reader, ARTICLE, "Anna <b>", "<script>alert('" + marker + "')</script>", "");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("/" + ARTICLE + "?comment=received")
        .endsWith("#comment-status");

    HttpResponse<String> confirmation = reader.get(SignedInClient.location(sent));
    assertThat(confirmation.statusCode()).isEqualTo(200);
    assertThat(confirmation.body())
        .contains("your comment awaits moderation")
        .doesNotContain(marker);
    assertThat(reader.get(ARTICLE).body()).as("held: not shown").doesNotContain(marker);

    SignedInClient editor = editor();
    HttpResponse<String> queue = editor.get("admin/comments");
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    String id = queuedId(queue.body(), marker);
    assertThat(queue.body())
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert('" + marker);

    HttpResponse<String> approved = editor.post("admin/comments/" + id + "/approve", Map.of());
    assertThat(approved.statusCode()).isEqualTo(303);
    assertThat(SignedInClient.location(approved)).isEqualTo("/admin/comments?done=approve");
    assertThat(editor.get("admin/comments").body()).doesNotContain(marker);

    String page = new SignedInClient(root).get(ARTICLE).body();
    assertThat(page)
        .contains(marker)
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert(")
        .contains("Anna &lt;b&gt;")
        .doesNotContain("Anna <b>")
        .containsPattern("<h2 id=\"comments-heading\">\\d+ comments?</h2>");
  }

  @Test
  void aFilledHoneypotIsDroppedWithoutAWordToTheRobot() {
    String marker = marker();
    SignedInClient robot = new SignedInClient(root, "127.0.0.12");
    HttpResponse<String> sent =
        comment(robot, CASE_STUDY, "Buy now", "Cheap " + marker, "http://spam.example");
    assertThat(sent.statusCode()).as("answered like a real comment").isEqualTo(303);

    assertThat(editor().get("admin/comments").body()).doesNotContain(marker);
  }

  @Test
  void theFourthCommentFromOneAddressWithinTenMinutesIsRefusedWith429() {
    SignedInClient busy = new SignedInClient(root, "127.0.0.13");
    for (int i = 0; i < 3; i++) {
      assertThat(comment(busy, ARTICLE, "Busy", "Comment " + i + " " + marker(), "").statusCode())
          .isEqualTo(303);
    }
    String marker = marker();
    HttpResponse<String> fourth = comment(busy, ARTICLE, "Busy", "Fourth " + marker, "");
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(fourth.body())
        .contains("You have sent several comments in a short time")
        .contains("class=\"error-summary\"")
        .as("what the reader wrote is kept")
        .contains("Fourth " + marker);
    assertThat(editor().get("admin/comments").body()).doesNotContain(marker);

    assertThat(
            comment(new SignedInClient(root, "127.0.0.14"), ARTICLE, "Other", marker(), "")
                .statusCode())
        .as("another address is not held back")
        .isEqualTo(303);
  }

  @Test
  void aCommentWithoutTheCsrfTokenIsRefusedWith403() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.15");
    String item = itemId(reader.get(ARTICLE).body());
    HttpResponse<String> sent =
        reader.postRaw(
            "comments", Map.of("item", item, "name", "No token", "comment", "Text " + marker));
    assertThat(sent.statusCode()).isEqualTo(403);
    assertThat(sent.body()).contains("security token");
    assertThat(editor().get("admin/comments").body()).doesNotContain(marker);
  }

  @Test
  void aReaderGetsNoCookieForReadingOrForCommenting() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.21");
    for (String path : new String[] {ARTICLE, CASE_STUDY, "", "search?q=services"}) {
      HttpResponse<String> page = reader.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    HttpResponse<String> sent = comment(reader, ARTICLE, "No cookie", "Stateless " + marker, "");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
    HttpResponse<String> confirmation = reader.get(SignedInClient.location(sent));
    assertThat(confirmation.body()).contains("your comment awaits moderation");
    assertThat(confirmation.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(editor().get("admin/comments").body()).as("held as before").contains(marker);
  }

  @Test
  void aTamperedReadersTokenOrOneForAnotherFormIsRefusedWith403() {
    SignedInClient reader = new SignedInClient(root, "127.0.0.22");
    String page = reader.get(ARTICLE).body();
    String item = itemId(page);
    String token = csrf(page);
    char last = token.charAt(token.length() - 1);
    long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
    for (String bad :
        new String[] {
          token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
          (expiry + 86_400) + token.substring(token.indexOf('.')),
          ReaderFormTokens.issue(secret(), "newsletter", Instant.now(), Duration.ofHours(24))
        }) {
      String marker = marker();
      HttpResponse<String> sent =
          reader.postRaw(
              "comments",
              Map.of("csrf", bad, "item", item, "name", "Tamper", "comment", "Text " + marker));
      assertThat(sent.statusCode()).as(bad).isEqualTo(403);
      assertThat(sent.body()).contains("security token is missing or wrong");
      assertThat(editor().get("admin/comments").body()).doesNotContain(marker);
    }
  }

  @Test
  void anExpiredReadersTokenIsRefusedWith403AndTheFormComesBackWithTheCommentKept() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.23");
    String item = itemId(reader.get(ARTICLE).body());
    String old =
        ReaderFormTokens.issue(
            secret(), "comment", Instant.now().minus(Duration.ofHours(50)), Duration.ofHours(24));
    HttpResponse<String> sent =
        reader.postRaw(
            "comments",
            Map.of("csrf", old, "item", item, "name", "Slow reader", "comment", "Kept " + marker));
    assertThat(sent.statusCode()).isEqualTo(403);
    assertThat(sent.body())
        .contains("This form was open too long to be accepted safely")
        .contains("class=\"error-summary\"")
        .contains(">Kept " + marker + "</textarea>")
        .contains("value=\"Slow reader\"");
    String fresh = csrf(sent.body());
    assertThat(fresh).isNotEqualTo(old);
    assertThat(editor().get("admin/comments").body()).as("nothing held").doesNotContain(marker);

    HttpResponse<String> again =
        reader.postRaw(
            "comments",
            Map.of(
                "csrf", fresh, "item", item, "name", "Slow reader", "comment", "Kept " + marker));
    assertThat(again.statusCode()).as("sent again with the new form").isEqualTo(303);
  }

  @Test
  void aReadersTokenIsNotAcceptedOnAnEditorsFormButTheSessionTokenIs() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.24");
    assertThat(comment(reader, ARTICLE, "Held", "Waiting " + marker, "").statusCode())
        .isEqualTo(303);
    String readerToken = csrf(reader.get(ARTICLE).body());
    SignedInClient editor = editor();
    String id = queuedId(editor.get("admin/comments").body(), marker);
    HttpResponse<String> withReaderToken =
        editor.postRaw("admin/comments/" + id + "/approve", Map.of("csrf", readerToken));
    assertThat(withReaderToken.statusCode()).isEqualTo(403);
    assertThat(withReaderToken.body()).contains("security token is missing or wrong");
    assertThat(editor.get("admin/comments").body()).as("still held").contains(marker);

    editor.get("admin/comments");
    assertThat(editor.post("admin/comments/" + id + "/approve", Map.of()).statusCode())
        .as("the session's token")
        .isEqualTo(303);
  }

  @Test
  void aFormWithMistakesComesBackWithAnErrorSummaryLinkedToItsFields() {
    SignedInClient reader = new SignedInClient(root, "127.0.0.16");
    HttpResponse<String> sent = comment(reader, ARTICLE, "", "Kept text", "");
    assertThat(sent.statusCode()).isEqualTo(422);
    assertThat(sent.body())
        .contains("<a href=\"#comment-name\">Enter your name.</a>")
        .contains("aria-invalid=\"true\" aria-describedby=\"comment-name-error\"")
        .contains(">Kept text</textarea>");
    HttpResponse<String> badEmail = comment(reader, ARTICLE, "Anna", "Text", "", "not-an-email");
    assertThat(badEmail.statusCode()).isEqualTo(422);
    assertThat(badEmail.body()).contains("href=\"#comment-email\"");
  }

  @Test
  void onlyEditorsAndAdministratorsModerate() {
    String marker = marker();
    SignedInClient reader = new SignedInClient(root, "127.0.0.17");
    assertThat(comment(reader, ARTICLE, "Held", "Waiting " + marker, "").statusCode())
        .isEqualTo(303);
    String id = queuedId(editor().get("admin/comments").body(), marker);

    SignedInClient anonymous = new SignedInClient(root);
    HttpResponse<String> away = anonymous.get("admin/comments");
    assertThat(away.statusCode()).isEqualTo(303);
    assertThat(away.headers().firstValue("Location")).get().asString().endsWith("/sign-in");
    anonymous.get(ARTICLE); // a session and its CSRF token, as a forged form would have
    assertThat(anonymous.post("admin/comments/" + id + "/approve", Map.of()).statusCode())
        .isEqualTo(403);

    for (String role : new String[] {"REVIEWER", "PARTNER_AUTHOR"}) {
      SignedInClient other =
          new SignedInClient(root)
              .signIn(
                  SignedInClient.createAccount(
                      root,
                      TOKEN,
                      role.toLowerCase(),
                      q(role),
                      role.equals("PARTNER_AUTHOR") ? ",\"partner\":\"angus-council\"" : ""));
      assertThat(other.get("admin/comments").statusCode()).as(role).isEqualTo(403);
      assertThat(other.post("admin/comments/" + id + "/approve", Map.of()).statusCode())
          .as(role)
          .isEqualTo(403);
      assertThat(other.post("admin/comments/" + id + "/reject", Map.of()).statusCode())
          .isEqualTo(403);
    }
    SignedInClient editor = editor();
    assertThat(editor.get("admin/comments").body()).as("still held").contains(marker);
    HttpResponse<String> noToken = editor.postRaw("admin/comments/" + id + "/spam", Map.of());
    assertThat(noToken.statusCode()).as("the editor's form needs its token too").isEqualTo(403);

    assertThat(editor.post("admin/comments/" + id + "/spam", Map.of()).statusCode()).isEqualTo(303);
    assertThat(editor.get("admin/comments").body()).doesNotContain(marker);
    assertThat(new SignedInClient(root).get(ARTICLE).body()).doesNotContain(marker);
    assertThat(editor.post("admin/comments/" + id + "/reject", Map.of()).statusCode())
        .as("a spam comment can still be deleted")
        .isEqualTo(303);
    assertThat(editor.post("admin/comments/" + id + "/approve", Map.of()).statusCode())
        .as("deleted")
        .isEqualTo(404);
  }

  private HttpResponse<String> comment(
      SignedInClient reader, String path, String name, String text, String honeypot) {
    return comment(reader, path, name, text, honeypot, "reader@example.eu");
  }

  private HttpResponse<String> comment(
      SignedInClient reader, String path, String name, String text, String honeypot, String email) {
    String item = itemId(reader.get(path).body());
    return reader.post(
        "comments",
        Map.of("item", item, "name", name, "email", email, "comment", text, "website", honeypot));
  }

  private SignedInClient editor() {
    return new SignedInClient(root)
        .signIn(SignedInClient.createAccount(root, TOKEN, "editor", q("EDITOR")));
  }

  private static String q(String role) {
    return "\"" + role + "\"";
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  /** The Hub's secret for readers' forms, from its data directory, to sign an expired token. */
  private static byte[] secret() {
    Path file = Path.of(System.getProperty("hub.it.data")).resolve(ReaderForms.KEY_FILE);
    try {
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String itemId(String page) {
    Matcher m = ITEM.matcher(page);
    assertThat(m.find()).as("the comment form on the page").isTrue();
    return m.group(1);
  }

  /** The id of the queued comment that contains the marker. */
  private static String queuedId(String queue, String marker) {
    return Arrays.stream(queue.split("<li class=\"moderation-item\" id=\"comment-"))
        .skip(1)
        .filter(chunk -> chunk.contains(marker))
        .map(chunk -> chunk.substring(0, chunk.indexOf('"')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no queued comment with " + marker));
  }

  private static String marker() {
    return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
