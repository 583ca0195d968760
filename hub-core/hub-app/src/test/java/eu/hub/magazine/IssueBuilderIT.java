package eu.hub.magazine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.SignedInClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The issue builder on the real Hub: an editor adds draft articles to a draft issue, groups them in
 * sections, reorders them with the Move buttons, previews the issue and publishes it with its
 * articles in one act. Items get a random suffix: a PostgreSQL database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssueBuilderIT {

  static final String TOKEN = System.getProperty("hub.it.admin.token");
  private static final Pattern ITEM =
      Pattern.compile("<li class=\"builder-item\" id=\"item-([a-z0-9-]+)\"");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;
  URI root;
  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    http = new Http(root);
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  @Test
  void anEditorBuildsAnIssueWithSectionsReordersItPreviewsItAndPublishesItInOneAct() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String issue = "it-built-issue-" + s;
    String a = "it-built-a-" + s;
    String b = "it-built-b-" + s;
    String c = "it-built-c-" + s;
    put("magazine-issue", issue, "Built issue " + s, issueFields());
    put("article", a, "Alpha " + s, "");
    put("article", b, "Beta " + s, "");
    put("article", c, "Gamma " + s, "");

    SignedInClient editor = editor();
    assertThat(editor.get("admin/issues").body()).contains("href=\"/admin/issues/" + issue + "\"");
    HttpResponse<String> empty = editor.get("admin/issues/" + issue);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("<option value=\"" + a + "\">");

    assertThat(
            editor
                .post("admin/issues/" + issue + "/sections", Map.of("title", "Features"))
                .statusCode())
        .isEqualTo(303);
    assertThat(
            editor
                .post("admin/issues/" + issue + "/sections", Map.of("title", "News"))
                .statusCode())
        .isEqualTo(303);
    HttpResponse<String> twice =
        editor.post("admin/issues/" + issue + "/sections", Map.of("title", "News"));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("already has a section");

    for (String[] add : new String[][] {{a, "Features"}, {b, "Features"}, {c, "News"}}) {
      editor.get("admin/issues/" + issue);
      HttpResponse<String> added =
          editor.post(
              "admin/issues/" + issue + "/articles", Map.of("article", add[0], "section", add[1]));
      assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
      assertThat(added.headers().firstValue("Location"))
          .get()
          .asString()
          .endsWith("#item-" + add[0]);
    }
    assertThat(order(editor.get("admin/issues/" + issue).body())).containsExactly(a, b, c);

    HttpResponse<String> moved =
        editor.post("admin/issues/" + issue + "/articles/" + b + "/up", Map.of());
    assertThat(moved.statusCode()).isEqualTo(303);
    assertThat(moved.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("moved=" + b)
        .endsWith("#item-" + b);
    String after = editor.get(SignedInClient.location(moved)).body();
    assertThat(order(after)).containsExactly(b, a, c);
    assertThat(after).contains("The article was moved.");
    assertThat(itemChunk(after, b))
        .as("focus returns to the moved article, on its remaining Move button")
        .containsPattern("class=\"secondary move-down\" autofocus");

    HttpResponse<String> beyond =
        editor.post("admin/issues/" + issue + "/articles/" + b + "/up", Map.of());
    assertThat(beyond.statusCode()).isEqualTo(409);
    assertThat(beyond.body()).contains("already the first article of its section");

    HttpResponse<String> preview = editor.get("admin/issues/" + issue + "/preview");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    assertThat(preview.body())
        .contains("Preview: this is how the issue will look")
        .containsSubsequence("Features", "Beta " + s, "Alpha " + s, "News", "Gamma " + s);
    assertThat(publicStatus("issues/" + issue)).isEqualTo(404);
    assertThat(publicStatus("articles/" + a)).isEqualTo(404);

    HttpResponse<String> published = editor.post("admin/issues/" + issue + "/publish", Map.of());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
    assertThat(SignedInClient.location(published)).endsWith("?done=published");
    for (String path :
        List.of("issues/" + issue, "articles/" + a, "articles/" + b, "articles/" + c)) {
      assertThat(publicStatus(path)).as(path).isEqualTo(200);
    }
    assertThat(http.get("issues/" + issue).body())
        .containsSubsequence("Features", "Beta " + s, "Alpha " + s, "News", "Gamma " + s);
    String day =
        http.json("api/content/magazine-issue/" + issue)
            .getJsonObject("item")
            .getString("published");
    assertThat(http.json("api/content/article/" + c).getJsonObject("item").getString("published"))
        .as("one act: one publication day")
        .isEqualTo(day);
  }

  @Test
  void removingAnArticleAndAnEmptySectionAndRefusingAMissingSection() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String issue = "it-trim-issue-" + s;
    String a = "it-trim-a-" + s;
    put("magazine-issue", issue, "Trim issue " + s, issueFields() + ", \"sections\": [\"Only\"]");
    put("article", a, "Trimmed " + s, "");
    SignedInClient editor = editor();
    editor.get("admin/issues/" + issue);
    HttpResponse<String> wrong =
        editor.post("admin/issues/" + issue + "/articles", Map.of("article", a, "section", "Nope"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(wrong.body()).contains("class=\"error-summary\"").contains("not one of them");

    assertThat(
            editor
                .post(
                    "admin/issues/" + issue + "/articles", Map.of("article", a, "section", "Only"))
                .statusCode())
        .isEqualTo(303);
    assertThat(
            editor
                .post("admin/issues/" + issue + "/sections/remove", Map.of("title", "Only"))
                .statusCode())
        .as("a section with articles stays")
        .isEqualTo(409);
    assertThat(
            editor
                .post("admin/issues/" + issue + "/articles/" + a + "/remove", Map.of())
                .statusCode())
        .isEqualTo(303);
    assertThat(order(editor.get("admin/issues/" + issue).body())).isEmpty();
    assertThat(
            editor
                .post("admin/issues/" + issue + "/sections/remove", Map.of("title", "Only"))
                .statusCode())
        .isEqualTo(303);
    assertThat(editor.get("admin/issues/" + issue).body())
        .contains("The issue has no sections yet.");
  }

  @Test
  void onlyEditorsBuildIssuesAndEveryChangeNeedsTheCsrfToken() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String issue = "it-guarded-issue-" + s;
    put("magazine-issue", issue, "Guarded issue " + s, issueFields());

    SignedInClient anonymous = new SignedInClient(root);
    assertThat(anonymous.get("admin/issues/" + issue).statusCode()).isEqualTo(303);
    SignedInClient reviewer =
        new SignedInClient(root)
            .signIn(SignedInClient.createAccount(root, TOKEN, "reviewer", "\"REVIEWER\""));
    assertThat(reviewer.get("admin/issues").statusCode()).isEqualTo(403);
    assertThat(reviewer.get("admin/issues/" + issue + "/preview").statusCode()).isEqualTo(403);
    assertThat(reviewer.post("admin/issues/" + issue + "/publish", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(
            reviewer.post("admin/issues/" + issue + "/sections", Map.of("title", "X")).statusCode())
        .isEqualTo(403);

    SignedInClient editor = editor();
    editor.get("admin/issues/" + issue);
    assertThat(editor.postRaw("admin/issues/" + issue + "/publish", Map.of()).statusCode())
        .as("no CSRF token")
        .isEqualTo(403);
    assertThat(publicStatus("issues/" + issue)).isEqualTo(404);
    assertThat(editor.get("admin/issues/no-such-issue-" + s).statusCode()).isEqualTo(404);
  }

  @Test
  void anIssueThatCannotBePublishedIsRefusedWithEveryReasonAndNothingGoesPublic() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String issue = "it-refused-issue-" + s;
    String stray = "it-refused-article-" + s;
    put("magazine-issue", issue, "Refused issue " + s, issueFields());
    put(
        "article",
        stray,
        "Stray " + s,
        "\"issue\": \"" + issue + "\", \"section\": \"Unlisted\", \"position\": 1");
    SignedInClient editor = editor();
    editor.get("admin/issues/" + issue);

    HttpResponse<String> refused = editor.post("admin/issues/" + issue + "/publish", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("class=\"error-summary\"")
        .contains("nothing else was either")
        .contains(stray)
        .contains("Unlisted");
    assertThat(publicStatus("issues/" + issue)).isEqualTo(404);
    assertThat(publicStatus("articles/" + stray)).isEqualTo(404);
  }

  private SignedInClient editor() {
    return new SignedInClient(root)
        .signIn(SignedInClient.createAccount(root, TOKEN, "builder", "\"EDITOR\""));
  }

  private static String issueFields() {
    return "\"magazine\": \"developing-a-local-digital-innovation-culture\", \"number\": 98,"
        + " \"project\": \"like\"";
  }

  private static List<String> order(String page) {
    List<String> slugs = new ArrayList<>();
    Matcher m = ITEM.matcher(page);
    while (m.find()) {
      slugs.add(m.group(1));
    }
    return slugs;
  }

  private static String itemChunk(String page, String slug) {
    int start = page.indexOf("id=\"item-" + slug + "\"");
    assertThat(start).isNotNegative();
    int end = page.indexOf("</li>", start);
    return page.substring(start, end);
  }

  private int publicStatus(String path) {
    return http.get(path, "text/html").statusCode();
  }

  private void put(String type, String slug, String title, String fields) {
    String json =
        """
        {"title": "%s", "summary": "Written by IssueBuilderIT.", "body": "Some *text*.",
         "status": "draft", "fields": {%s}}
        """
            .formatted(title, fields);
    HttpRequest request =
        HttpRequest.newBuilder(root.resolve("api/admin/items/" + type + "/" + slug))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
