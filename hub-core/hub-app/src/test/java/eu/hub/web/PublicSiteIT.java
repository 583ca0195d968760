package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public site over the repository's seed content, as a reader (and a crawler) sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

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
        .as("the Hub is ready at %s", base)
        .isEqualTo(200);
  }

  @Test
  void everyPublishedSeedItemHasAPageThatAnswers200() {
    List<String> urls = publishedUrls();

    assertThat(urls).hasSizeGreaterThanOrEqualTo(17);
    for (String url : urls) {
      assertThat(http.get(url).statusCode()).as(url).isEqualTo(200);
    }
  }

  @Test
  void theProjectAcknowledgementAppearsOnEveryItemOfTheProject() {
    String acknowledgement =
        http.json("api/content/project/cosie")
            .getJsonObject("item")
            .getJsonObject("fields")
            .getString("acknowledgement");

    for (String url :
        List.of(
            "/projects/cosie",
            "/case-studies/jonkoping-co-created-services",
            "/lessons/co-creating-digital-services-with-citizens")) {
      Document page = page(url);
      assertThat(page.select("aside.acknowledgement").text()).as(url).contains(acknowledgement);
      assertThat(page.select("aside.acknowledgement a[href=/projects/cosie]")).as(url).hasSize(1);
    }
  }

  @Test
  void eachPageCarriesTitleDescriptionCanonicalOpenGraphAndJsonLd() {
    Document page = page("/case-studies/angus-participatory-budgeting");

    assertThat(page.title()).contains("Angus");
    assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .endsWith("/case-studies/angus-participatory-budgeting");
    assertThat(page.select("meta[property=og:title]").attr("content")).contains("Angus");
    JsonObject ld = Http.parse(page.select("script[type=application/ld+json]").first().data());
    assertThat(ld.getString("@context")).isEqualTo("https://schema.org");
    assertThat(ld.getString("@type")).isEqualTo("Article");
    assertThat(ld.getString("url")).endsWith("/case-studies/angus-participatory-budgeting");

    assertThat(jsonLdType("/partners/angus-council")).isEqualTo("Organization");
    assertThat(jsonLdType("/magazines/developing-a-local-digital-innovation-culture"))
        .isEqualTo("Periodical");
    assertThat(jsonLdType("/issues/digital-innovation-culture-issue-1"))
        .isEqualTo("PublicationIssue");
  }

  @Test
  void translationsAreLinkedWithLangAndHreflang() {
    Document english = page("/lessons/co-creating-digital-services-with-citizens");
    Document swedish = page("/lessons/co-creating-digital-services-with-citizens?lang=sv");

    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(swedish.select("html").attr("lang")).isEqualTo("sv");
    assertThat(english.select("link[rel=alternate][hreflang=sv]").attr("href"))
        .endsWith("?lang=sv");
    assertThat(swedish.select("link[rel=alternate][hreflang=en]")).hasSize(1);
    assertThat(english.select("nav.translations a[hreflang=sv]")).hasSize(1);
  }

  @Test
  void lessonsAreLinkableOneByOne() {
    Document lesson = page("/lessons/co-creating-digital-services-with-citizens");

    List<Element> lessons = lesson.select(".prose h3[id]");
    assertThat(lessons).hasSizeGreaterThan(3);
    for (Element heading : lessons) {
      assertThat(heading.select("a.permalink").attr("href")).isEqualTo("#" + heading.id());
    }
  }

  @Test
  void aPartnerPageListsTheContentThatRefersToIt() {
    Document partner = page("/partners/angus-council");

    assertThat(partner.select("section.linked a").eachAttr("href"))
        .contains("/case-studies/angus-participatory-budgeting");
  }

  @Test
  void termPagesListTheirItemsAndListingsNarrowByTerm() {
    Document sweden = page("/countries/sweden");
    assertThat(sweden.select("h1").text()).isEqualTo("Sweden");
    assertThat(sweden.select(".cards a").eachAttr("href"))
        .contains("/case-studies/jonkoping-co-created-services")
        .doesNotContain("/case-studies/angus-participatory-budgeting");

    Document all = page("/case-studies");
    Document filtered = page("/case-studies?countries=sweden");
    assertThat(all.select(".cards a").eachAttr("href"))
        .contains(
            "/case-studies/angus-participatory-budgeting",
            "/case-studies/jonkoping-co-created-services");
    // Other test classes publish case studies in the same Hub: the seed's Swedish one must be
    // there, the Scottish one must not, and every item the filter keeps is on Sweden's page.
    assertThat(filtered.select(".cards a").eachAttr("href"))
        .contains("/case-studies/jonkoping-co-created-services")
        .doesNotContain("/case-studies/angus-participatory-budgeting")
        .isSubsetOf(sweden.select(".cards a").eachAttr("href"));
    assertThat(filtered.select("select[name=countries] option[selected]").attr("value"))
        .isEqualTo("sweden");

    assertThat(http.get("case-studies?countries=not%20a%20key").statusCode()).isEqualTo(400);
    assertThat(http.get("countries/atlantis").statusCode()).isEqualTo(404);
  }

  @Test
  void anIssuePageListsItsArticlesInTheEditorsOrderAndOffersThePdf() {
    Document issue = page("/issues/digital-innovation-culture-issue-1");

    assertThat(issue.select("nav.contents h3").eachText())
        .containsExactly(
            "Developing innovation and skills", "New forms of engagement", "Inclusive services");
    assertThat(issue.select("nav.contents .contents-list a").eachAttr("href"))
        .containsExactly(
            "/articles/developing-innovation-and-skills",
            "/articles/new-forms-of-engagement",
            "/articles/inclusive-services");
    assertThat(issue.select("a[download]").attr("href"))
        .isEqualTo("/issues/digital-innovation-culture-issue-1.pdf");
  }

  @Test
  void theHomePageShowsTheLatestIssueCaseStudiesAndLessons() {
    Document home = page("/");

    // Other test classes publish issues and case studies in the same Hub, so the newest ones
    // need not be the seed's: the home page links an issue, case studies and lessons that exist.
    for (String kind : List.of("issues", "case-studies", "lessons")) {
      List<String> links = home.select("main a[href^=/" + kind + "/]").eachAttr("href");
      assertThat(links).as(kind).isNotEmpty();
      assertThat(http.get(links.get(0).substring(1)).statusCode()).as(links.get(0)).isEqualTo(200);
    }
  }

  private String jsonLdType(String url) {
    return Http.parse(page(url).select("script[type=application/ld+json]").first().data())
        .getString("@type");
  }

  private Document page(String url) {
    HttpResponse<String> response = http.get(url);
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return Jsoup.parse(response.body(), base.toString());
  }

  private List<String> publishedUrls() {
    List<String> urls = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject list = http.json("api/content?size=100&page=" + page);
      list.getJsonArray("items")
          .getValuesAs(JsonObject.class)
          .forEach(i -> urls.add(i.getString("url")));
      if (urls.size() >= list.getJsonNumber("total").longValue()) {
        return urls;
      }
    }
  }
}
