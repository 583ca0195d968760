package eu.hub.magazine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.hub.testkit.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Magazines on the real Hub WAR: the seed issue printed as a PDF, publishing an issue with its
 * articles as one transaction, and the admin token guarding it. Items the tests create get a random
 * suffix: a PostgreSQL database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MagazineIT {

  static final String SEED_ISSUE = "digital-innovation-culture-issue-1";
  static final String TOKEN = System.getProperty("hub.it.admin.token");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
    assertThat(TOKEN).as("failsafe passes hub.it.admin.token").isNotBlank();
  }

  @Test
  void theSeedIssueDownloadsAsOnePdfWithCoverContentsInTheEditorsOrderAndPageNumbers()
      throws IOException {
    HttpResponse<byte[]> response = send(request("issues/" + SEED_ISSUE + ".pdf").GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment")
        .contains("filename=\"developing-a-local-digital-innovation-culture-issue-1.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Developing a Local Digital Innovation Culture")
          .contains("Issue 1: three approaches to a digital innovation culture")
          .contains("Editorial")
          .contains("The material summarised here comes from the Like! project")
          // An article that is not part of the issue is not printed in it.
          .doesNotContain("One service, many partners: the multi-helix");
      String contents = pageContaining(pdf, "Contents");
      Matcher entries =
          Pattern.compile(
                  "(Developing innovation and skills|New forms of engagement|Inclusive services)"
                      + "[ .]*?(\\d+)")
              .matcher(contents);
      List<String> order = new ArrayList<>();
      List<Integer> pages = new ArrayList<>();
      while (entries.find()) {
        order.add(entries.group(1));
        pages.add(Integer.parseInt(entries.group(2)));
      }
      assertThat(order)
          .as("the table of contents in the editors' order (by position): %s", contents)
          .containsExactly(
              "Developing innovation and skills", "New forms of engagement", "Inclusive services");
      assertThat(pages)
          .as("each article starts on a later page")
          .isSorted()
          .doesNotHaveDuplicates();
      for (int i = 0; i < order.size(); i++) {
        assertThat(pageText(pdf, pages.get(i)))
            .as("page %d begins the article %s", pages.get(i), order.get(i))
            .contains(order.get(i));
      }
      for (int page = 2; page <= 3; page++) {
        assertThat(pageText(pdf, page).lines().map(String::strip))
            .as("page %d carries its number in the footer", page)
            .contains(String.valueOf(page));
      }
      assertThat(pageText(pdf, 1).lines().map(String::strip)).doesNotContain("1");
    }
  }

  @Test
  void anUnknownIssueHasNoPdf() {
    assertThat(send(request("issues/no-such-issue.pdf").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void anIssueIsPublishedWithAllItsArticlesOrNotAtAll() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String issue = "it-issue-" + suffix;
    String good = "it-good-article-" + suffix;
    String bad = "it-bad-article-" + suffix;
    assertThat(
            put(
                "magazine-issue",
                issue,
                item(
                    "IT issue " + suffix,
                    """
                        "magazine": "developing-a-local-digital-innovation-culture", "number": 99,
                        "sections": ["First things", "Second things"], "project": "like"
                        """)))
        .isEqualTo(201);
    assertThat(
            put(
                "article",
                good,
                item(
                    "Good article " + suffix,
                    """
                    "issue": "%s", "section": "Second things", "position": 1
                    """
                        .formatted(issue))))
        .isEqualTo(201);
    assertThat(
            put(
                "article",
                bad,
                item(
                    "Bad article " + suffix,
                    """
                    "issue": "%s", "section": "No such section", "position": 2
                    """
                        .formatted(issue))))
        .isEqualTo(201);

    HttpResponse<byte[]> preview =
        send(request("api/admin/issues/" + issue).header("Authorization", "Bearer " + TOKEN).GET());
    assertThat(preview.statusCode()).isEqualTo(200);
    JsonObject previewed = Http.parse(new String(preview.body()));
    assertThat(previewed.getJsonObject("issue").getString("title")).isEqualTo("IT issue " + suffix);
    assertThat(previewed.getJsonArray("sections").getValuesAs(JsonObject.class))
        .as("drafts in the preview: the listed section first, the stray article untitled last")
        .extracting(
            s -> s.getString("title", null),
            s -> s.getJsonArray("articles").getJsonObject(0).getString("slug"))
        .containsExactly(tuple("Second things", good), tuple(null, bad));

    HttpResponse<byte[]> refused = post("api/admin/issues/" + issue + "/publish", TOKEN);
    assertThat(refused.statusCode()).isEqualTo(409);
    JsonObject reasons = Http.parse(new String(refused.body()));
    assertThat(reasons.getJsonArray("reasons").getValuesAs(JsonString::getString))
        .singleElement()
        .asString()
        .contains(bad)
        .contains("No such section");
    assertThat(publishedStatus("magazine-issue", issue)).isEqualTo(404);
    assertThat(publishedStatus("article", good)).isEqualTo(404);
    assertThat(publishedStatus("article", bad)).isEqualTo(404);
    assertThat(send(request("issues/" + issue + ".pdf").GET()).statusCode()).isEqualTo(404);

    assertThat(
            put(
                "article",
                bad,
                item(
                    "Bad article " + suffix,
                    """
                    "issue": "%s", "section": "First things", "position": 2
                    """
                        .formatted(issue))))
        .isEqualTo(200);
    HttpResponse<byte[]> published = post("api/admin/issues/" + issue + "/publish", TOKEN);
    assertThat(published.statusCode()).isEqualTo(200);
    JsonObject outcome = Http.parse(new String(published.body()));
    assertThat(outcome.getJsonArray("articles").getValuesAs(JsonString::getString))
        .containsExactlyInAnyOrder(good, bad);

    String day = outcome.getString("publishedAt").substring(0, 10);
    for (String[] item :
        List.of(
            new String[] {"magazine-issue", issue},
            new String[] {"article", good},
            new String[] {"article", bad})) {
      JsonObject seen = http.json("api/content/" + item[0] + "/" + item[1]);
      assertThat(seen.getJsonObject("item").getString("published")).isEqualTo(day);
    }
    // One revision per save that stuck: the refused attempt left none behind.
    assertThat(revisionOf("magazine-issue", issue)).as("created, published").isEqualTo(2);
    assertThat(revisionOf("article", good)).as("created, published").isEqualTo(2);
    assertThat(revisionOf("article", bad)).as("created, corrected, published").isEqualTo(3);
    HttpResponse<byte[]> pdf = send(request("issues/" + issue + ".pdf").GET());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(textOf(pdf.body()))
        .containsSubsequence("First things", "Bad article", "Second things", "Good article");

    assertThat(post("api/admin/issues/" + issue + "/unpublish", TOKEN).statusCode()).isEqualTo(200);
    assertThat(publishedStatus("magazine-issue", issue)).isEqualTo(404);
    assertThat(publishedStatus("article", good)).isEqualTo(404);
  }

  @Test
  void publishingAnUnknownIssueIs404() {
    assertThat(post("api/admin/issues/no-such-issue-at-all/publish", TOKEN).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theAdminApiRefusesAMissingOrWrongToken() {
    HttpResponse<byte[]> missing = post("api/admin/issues/" + SEED_ISSUE + "/publish", null);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(missing.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer");
    assertThat(Http.parse(new String(missing.body())).getString("message")).contains("Bearer");

    HttpResponse<byte[]> wrong = post("api/admin/issues/" + SEED_ISSUE + "/publish", TOKEN + "x");
    assertThat(wrong.statusCode()).isEqualTo(401);

    HttpResponse<byte[]> wrongPut =
        send(
            request(
                    "api/admin/items/article/it-never-"
                        + UUID.randomUUID().toString().substring(0, 8))
                .header("Authorization", "Bearer not-the-token")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}")));
    assertThat(wrongPut.statusCode()).isEqualTo(401);
  }

  @Test
  void theItemsApiRejectsMalformedJsonAndInvalidFieldsWithTheirProblems() {
    String slug = "it-invalid-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(putRaw("article", slug, "{\"title\": ").statusCode()).isEqualTo(400);

    HttpResponse<byte[]> invalid =
        putRaw(
            "article",
            slug,
            item("Invalid " + slug, "\"position\": \"first\", \"colour\": \"red\""));
    assertThat(invalid.statusCode()).isEqualTo(422);
    List<String> problems =
        Http.parse(new String(invalid.body()))
            .getJsonArray("problems")
            .getValuesAs(JsonString::getString);
    assertThat(problems)
        .anyMatch(p -> p.contains("'colour'"))
        .anyMatch(p -> p.contains("'position'"));
    assertThat(publishedStatus("article", slug)).isEqualTo(404);

    assertThat(putRaw("article", "new-forms-of-engagement", item("Taken", "")).statusCode())
        .as("an item from the content folder is changed through its file")
        .isEqualTo(409);
  }

  private static String item(String title, String fields) {
    return """
        {"title": "%s", "summary": "Written by MagazineIT.", "body": "Some *text*.",
         "status": "draft", "fields": {%s}}
        """
        .formatted(title, fields);
  }

  private int put(String type, String slug, String json) {
    HttpResponse<byte[]> response = putRaw(type, slug, json);
    assertThat(response.statusCode())
        .as("PUT %s/%s answered %s", type, slug, new String(response.body()))
        .isIn(200, 201);
    return response.statusCode();
  }

  private HttpResponse<byte[]> putRaw(String type, String slug, String json) {
    return send(
        request("api/admin/items/" + type + "/" + slug)
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<byte[]> post(String path, String token) {
    HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return send(builder);
  }

  private int revisionOf(String type, String slug) {
    return http.json("api/content/" + type + "/" + slug).getJsonObject("item").getInt("revision");
  }

  private int publishedStatus(String type, String slug) {
    return http.get("api/content/" + type + "/" + slug, "application/json").statusCode();
  }

  private HttpRequest.Builder request(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return HttpRequest.newBuilder(URI.create(root).resolve(path))
        .header("Accept", "*/*")
        .timeout(Duration.ofSeconds(60));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String textOf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  private static String pageContaining(PDDocument pdf, String heading) throws IOException {
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      String text = pageText(pdf, page);
      if (text.lines().anyMatch(l -> l.strip().equals(heading))) {
        return text.replaceAll("\\s+", " ");
      }
      pages.add(text);
    }
    throw new AssertionError("No page has the heading '" + heading + "': " + pages);
  }
}
