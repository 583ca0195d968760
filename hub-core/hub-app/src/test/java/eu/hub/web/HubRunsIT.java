package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real Hub WAR on Payara Micro, with the repository's content folder, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HubRunsIT {

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    // The adapter reports a failed deployment as running (STACK-NOTES pitfall 7): fail clearly.
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  @Test
  void readinessIsUpAndReportsTheSchemaAndAContentFolderWithoutProblems() {
    JsonObject health = http.json("health/ready");

    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject hub =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("hub"))
            .findFirst()
            .orElseThrow();
    assertThat(hub.getJsonObject("data").getString("schema")).isNotEqualTo("none");
    assertThat(hub.getJsonObject("data").getString("contentProblems")).isEqualTo("0");
    assertThat(hub.getJsonObject("data").getString("contentWarnings")).isEqualTo("0");
  }

  @Test
  void theHomePageListsPublishedContent() {
    HttpResponse<String> home = http.get("");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
    assertThat(home.body()).contains("<html lang=\"en\"").contains("href=\"/pages/about\"");
  }

  @Test
  void aSeedItemHasItsPageWithRenderedMarkdown() {
    HttpResponse<String> about = http.get("pages/about");

    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(about.body())
        .contains("<h1>About this hub</h1>")
        .contains("<strong>Case studies</strong>");
  }

  @Test
  void theReadApiListsAndGetsItemsWithTheirTypedFields() {
    JsonObject list = http.json("api/content?type=page");
    assertThat(list.getJsonNumber("total").longValue()).isPositive();

    JsonObject about = http.json("api/content/page/about");
    assertThat(about.getJsonObject("item").getString("title")).isEqualTo("About this hub");
    assertThat(about.getJsonObject("item").getJsonObject("fields").getString("navigationLabel"))
        .isEqualTo("About");
    assertThat(about.getString("bodyHtml")).contains("<h2");
  }

  @Test
  void anUnknownAddressGetsAHelpfulNotFoundPageNotAStackTrace() {
    HttpResponse<String> missing = http.get("pages/no-such-page");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("Page not found")
        .contains("href=\"/\"")
        .doesNotContain("Exception");
  }

  @Test
  void apiErrorsAreJsonWithAMessage() {
    HttpResponse<String> missing = http.get("api/content/page/no-such-page", "application/json");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Http.parse(missing.body()).getString("message")).contains("no-such-page");

    HttpResponse<String> badPage = http.get("api/content?page=abc", "application/json");
    assertThat(badPage.statusCode()).isEqualTo(400);
    assertThat(Http.parse(badPage.body()).getString("message")).contains("'page'").contains("abc");

    HttpResponse<String> badType = http.get("api/content?type=nonsense", "application/json");
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(Http.parse(badType.body()).getString("message")).contains("case-study");
  }

  @Test
  void themeAssetsAreServedAndPathsOutsideTheThemeAreNot() {
    assertThat(http.get("assets/hub.css").statusCode()).isEqualTo(200);
    HttpResponse<String> traversal = http.get("assets/..%2F..%2Ftheme.properties");
    assertThat(traversal.statusCode()).isIn(400, 404);
    assertThat(traversal.body()).doesNotContain("description=");
    assertThat(http.get("assets/nothing.css").statusCode()).isEqualTo(404);
  }
}
