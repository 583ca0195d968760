package eu.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search over the seed content through the Hub's API and page, on the real deployment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  static final String TOKEN = System.getProperty("hub.it.admin.token");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    assertThat(http.get("health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void aNaturalLanguageQuestionReturnsRankedResultsWithTheContractShape() {
    JsonObject results =
        search("how did cities involve older people in designing digital services?");

    assertThat(results.getJsonNumber("total").longValue()).isPositive();
    JsonObject first = results.getJsonArray("hits").getJsonObject(0);
    assertThat(first.keySet())
        .contains("slug", "type", "title", "url", "snippet", "score", "language");
    assertThat(results.getJsonObject("facets").keySet()).contains("type", "language");
    assertThat(results.containsKey("suggestion")).isTrue();
    List<Double> scores =
        results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getJsonNumber("score").doubleValue())
            .toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void facetCountsAddUpAndUpdateAsFiltersApply() {
    JsonObject all = search("digital");
    long total = all.getJsonNumber("total").longValue();
    long byType =
        counts(all, "type").stream().mapToLong(v -> v.getJsonNumber("count").longValue()).sum();
    assertThat(byType).isEqualTo(total);

    long caseStudies =
        counts(all, "type").stream()
            .filter(v -> v.getString("value").equals("case-study"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("count")
            .longValue();
    JsonObject narrowed = search("digital", "type=case-study");
    assertThat(narrowed.getJsonNumber("total").longValue()).isEqualTo(caseStudies);
    assertThat(narrowed.getJsonArray("hits").getValuesAs(JsonObject.class))
        .allSatisfy(h -> assertThat(h.getString("type")).isEqualTo("case-study"));

    JsonObject sweden = search("digital", "type=case-study", "country=sweden");
    assertThat(sweden.getJsonArray("hits").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("slug"))
        .containsExactly("jonkoping-co-created-services");
    assertThat(counts(sweden, "partner"))
        .extracting(v -> v.getString("label"))
        .containsExactly("Jönköping municipality");
  }

  @Test
  void phrasesAndExclusionsWork() {
    List<String> phrase = slugs(search("\"participatory budgeting\""));
    assertThat(phrase).contains("angus-participatory-budgeting");

    List<String> excluded = slugs(search("participatory budgeting -angus"));
    assertThat(excluded).doesNotContain("angus-participatory-budgeting");
  }

  @Test
  void malformedInputIsReadAsWordsNeverAServerError() {
    for (String q :
        List.of(
            "\"unclosed", "((((", "AND OR NOT", "-", "*", "~~~", "\\", "title:[a TO", "<script>")) {
      HttpResponse<String> response = http.get("api/search?q=" + enc(q), "application/json");
      assertThat(response.statusCode()).as(q).isEqualTo(200);
    }
    assertThat(http.get("api/search?q=x&size=101", "application/json").statusCode()).isEqualTo(400);
    assertThat(http.get("api/search?q=x&sort=random", "application/json").statusCode())
        .isEqualTo(400);
    assertThat(http.get("api/search?q=x&colour=red", "application/json").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aSwedishStemmedQueryFindsTheSwedishItem() {
    JsonObject results = search("medborgarnas tjänsterna", "language=sv");

    assertThat(results.getJsonArray("hits").getValuesAs(JsonObject.class))
        .anySatisfy(
            h -> {
              assertThat(h.getString("slug"))
                  .isEqualTo("co-creating-digital-services-with-citizens");
              assertThat(h.getString("language")).isEqualTo("sv");
            });
  }

  @Test
  void aTypoGetsASuggestionAndStillFindsSomething() {
    JsonObject results = search("particpatory budgetting");

    assertThat(results.getString("suggestion")).isEqualTo("participatory budgeting");
    assertThat(slugs(results)).contains("angus-participatory-budgeting");
  }

  @Test
  void autocompleteAnswersAsYouType() {
    JsonArray completions =
        Http.parse(
                "{\"c\":"
                    + http.get("api/search/suggest?q=partici", "application/json").body()
                    + "}")
            .getJsonArray("c");

    assertThat(completions.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("text").toLowerCase())
        .anySatisfy(t -> assertThat(t).startsWith("partici"));
    assertThat(http.get("api/search/suggest", "application/json").statusCode()).isEqualTo(400);
  }

  @Test
  void aPublishedItemIsFindableWithinOneSecondAndGoneWithinOneSecondOfUnpublishing()
      throws Exception {
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String slug = "nrt-" + word;
    String published =
        """
        {"title": "Realtime %s", "summary": "Written by SearchIT.", "body": "About %s.", "status": "published", "fields": {}}
        """
            .formatted(word, word);
    assertThat(http.putJson("api/admin/items/page/" + slug, TOKEN, published).statusCode())
        .isIn(200, 201);
    assertThat(waitForHits(word, 1)).as("findable within one second").isTrue();

    assertThat(
            http.putJson(
                    "api/admin/items/page/" + slug,
                    TOKEN,
                    published.replace("\"published\"", "\"draft\""))
                .statusCode())
        .isEqualTo(200);
    assertThat(waitForHits(word, 0)).as("gone within one second").isTrue();
  }

  @Test
  void theResultsPageShowsHighlightedSnippetsFacetsAndADidYouMean() {
    Document page = Jsoup.parse(http.get("search?q=" + enc("particpatory budgetting")).body());

    assertThat(page.select(".suggestion a").text()).isEqualTo("participatory budgeting");
    assertThat(page.select(".results a").eachAttr("href"))
        .contains("/case-studies/angus-participatory-budgeting");

    Document results = Jsoup.parse(http.get("search?q=budgeting").body());
    assertThat(results.select(".snippet mark")).isNotEmpty();
    assertThat(results.select("fieldset.facet legend").eachText()).contains("Type");
    assertThat(results.select("input[type=checkbox][name=type]")).isNotEmpty();

    HttpResponse<String> hostile = http.get("search?q=" + enc("<script>alert(1)</script>"));
    assertThat(hostile.statusCode()).isEqualTo(200);
    assertThat(hostile.body()).doesNotContain("<script>alert(1)</script>");
  }

  @Test
  void caseStudyPagesSuggestRelatedContent() {
    Document page = Jsoup.parse(http.get("case-studies/angus-participatory-budgeting").body());

    assertThat(page.select("section.related a")).isNotEmpty();
    assertThat(page.select("section.related a").eachAttr("href"))
        .doesNotContain("/case-studies/angus-participatory-budgeting");
  }

  private boolean waitForHits(String word, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 1_000_000_000L;
    do {
      if (search(word).getJsonNumber("total").longValue() == expected) {
        return true;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return false;
  }

  private JsonObject search(String q, String... filters) {
    StringBuilder url = new StringBuilder("api/search?q=" + enc(q));
    for (String f : filters) {
      url.append('&').append(f);
    }
    HttpResponse<String> response = http.get(url.toString(), "application/json");
    assertThat(response.statusCode()).as(url.toString()).isEqualTo(200);
    return Http.parse(response.body());
  }

  private static List<JsonObject> counts(JsonObject results, String facet) {
    return results.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class);
  }

  private static List<String> slugs(JsonObject results) {
    return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("slug"))
        .toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
