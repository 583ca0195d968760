package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import eu.hub.testkit.Http;
import eu.hub.testkit.Xml;
import eu.hub.web.ContentApi;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real Hub WAR on Payara Micro with the seed content: feeds, sitemap, robots.txt, conditional
 * GET and the OpenAPI document, read the way feed readers, crawlers and API clients read them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SyndicationIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  Http http;
  String site;

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    site = base.toString().endsWith("/") ? base.toString() : base + "/";
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  @Test
  void theFeedOfEverythingHasEveryPublishedItemNewestFirstWithAbsoluteLinksAndDates()
      throws Exception {
    HttpResponse<String> response = http.get("feeds/all.atom", "application/atom+xml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/atom+xml")
        .containsIgnoringCase("charset=utf-8");
    SyndFeed feed = parseFeed(response.body());
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo(site + "feeds/all.atom");
    assertThat(linkHref(feed, "self")).isEqualTo(site + "feeds/all.atom");
    assertThat(linkHref(feed, "alternate")).isEqualTo(site);
    assertThat(feed.getPublishedDate()).as("the feed's updated").isNotNull();

    List<JsonObject> published = publishedItems();
    assertThat(feed.getEntries()).hasSize(Math.min(50, published.size()));
    assertThat(feed.getEntries().stream().map(SyndEntry::getLink))
        .containsExactlyInAnyOrderElementsOf(
            published.stream().map(i -> absolute(i.getString("url"))).toList());
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getPublishedDate)
        .isSortedAccordingTo(Comparator.reverseOrder());
    for (SyndEntry entry : feed.getEntries()) {
      assertThat(entry.getUri()).as("id of %s", entry.getLink()).startsWith("tag:");
      assertThat(entry.getTitle()).isNotBlank();
      assertThat(entry.getUpdatedDate()).isNotNull();
      assertThat(entry.getPublishedDate()).isNotNull();
      assertThat(entry.getLink()).startsWith(site);
    }
    assertThat(feed.getEntries().stream().map(SyndEntry::getUri).distinct())
        .hasSize(published.size());
  }

  @Test
  void everyFeedEntryLinksToAPageThatExists() throws Exception {
    SyndFeed feed = parseFeed(http.get("feeds/all.atom").body());

    for (SyndEntry entry : feed.getEntries()) {
      String path = entry.getLink().substring(site.length());
      assertThat(http.get(path).statusCode()).as(entry.getLink()).isEqualTo(200);
    }
  }

  @Test
  void aTypeFeedHasOnlyThatTypeWithItsTermsAsCategories() throws Exception {
    SyndFeed feed = parseFeed(http.get("feeds/case-studies.atom").body());

    assertThat(feed.getTitle()).startsWith("Case studies");
    assertThat(linkHref(feed, "alternate")).isEqualTo(site + "case-studies");
    // Other test classes publish case studies in the same Hub: the seed's two are there and
    // nothing but case studies is.
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getLink)
        .contains(
            site + "case-studies/angus-participatory-budgeting",
            site + "case-studies/jonkoping-co-created-services")
        .allMatch(link -> link.startsWith(site + "case-studies/"));
    Entry angus = atomEntry(feed, site + "case-studies/angus-participatory-budgeting");
    assertThat(angus.getSummary().getValue()).contains("participatory budgeting");
    assertThat(angus.getCategories())
        .anySatisfy(
            c -> {
              assertThat(c.getTerm()).isEqualTo("united-kingdom");
              assertThat(c.getLabel()).isEqualTo("United Kingdom");
              assertThat(c.getScheme()).isEqualTo(site + "countries/");
            })
        .anySatisfy(c -> assertThat(c.getTerm()).isEqualTo("participatory-budgeting"));
    assertThat(angus.getContributors())
        .anySatisfy(
            p -> {
              assertThat(p.getName()).isEqualTo("Angus Council");
              assertThat(p.getUri()).isEqualTo(site + "partners/angus-council");
            });
    assertThat(angus.getPublished()).isBeforeOrEqualTo(angus.getUpdated());
  }

  @Test
  void aPartnerFeedHasTheItemsReferringToThatPartner() throws Exception {
    SyndFeed feed = parseFeed(http.get("feeds/partners/angus-council.atom").body());

    assertThat(feed.getTitle()).startsWith("Angus Council");
    assertThat(linkHref(feed, "self")).isEqualTo(site + "feeds/partners/angus-council.atom");
    assertThat(linkHref(feed, "alternate")).isEqualTo(site + "partners/angus-council");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getLink)
        .containsExactlyInAnyOrder(
            site + "case-studies/angus-participatory-budgeting",
            site + "articles/new-forms-of-engagement",
            site + "projects/like");
  }

  @Test
  void aTermFeedHasTheItemsTaggedWithThatTerm() throws Exception {
    SyndFeed feed = parseFeed(http.get("feeds/countries/sweden.atom").body());

    assertThat(feed.getTitle()).startsWith("Sweden");
    assertThat(linkHref(feed, "alternate")).isEqualTo(site + "countries/sweden");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getLink)
        .contains(
            site + "case-studies/jonkoping-co-created-services",
            site + "partners/jonkoping-municipality",
            site + "partners/karlstad-university")
        .doesNotContain(
            site + "case-studies/angus-participatory-budgeting", site + "partners/angus-council");
    for (SyndEntry entry : feed.getEntries()) {
      assertThat(atomEntry(feed, entry.getLink()).getCategories())
          .anySatisfy(c -> assertThat(c.getTerm()).isEqualTo("sweden"));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feeds/no-such-type.atom",
        "feeds/partners/no-such-partner.atom",
        "feeds/countries/atlantis.atom",
        "feeds/colours/red.atom"
      })
  void anUnknownFeedIsNotFoundWithAMessage(String path) {
    HttpResponse<String> response = http.get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .containsAnyOf("no-such-type", "no-such-partner", "atlantis", "colours");
  }

  @Test
  void theSitemapListsEveryPublishedItemTheHomePageListingsAndTermPages() {
    HttpResponse<String> response = http.get("sitemap.xml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/xml");
    Document sitemap = Xml.parse(response.body());
    Element root = sitemap.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("urlset");
    assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
    NodeList urls = root.getElementsByTagNameNS(SitemapXml.NAMESPACE, "url");
    List<String> locs = new ArrayList<>();
    List<String> itemsWithLastmod = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0).getTextContent();
      locs.add(loc);
      if (url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").getLength() == 1) {
        itemsWithLastmod.add(loc);
      }
    }

    List<String> items = publishedItems().stream().map(i -> absolute(i.getString("url"))).toList();
    assertThat(items).hasSizeGreaterThanOrEqualTo(17);
    assertThat(locs).containsAll(items).doesNotHaveDuplicates();
    assertThat(itemsWithLastmod).containsAll(items);
    assertThat(locs)
        .contains(
            site,
            site + "case-studies",
            site + "lessons",
            site + "countries/sweden",
            site + "countries/united-kingdom",
            site + "themes/participatory-budgeting");
    assertThat(locs).allSatisfy(loc -> assertThat(loc).startsWith(site));
  }

  @Test
  void robotsTxtAllowsPagesKeepsCrawlersOutOfTheApiAndPointsToTheSitemap() {
    HttpResponse<String> response = http.get("robots.txt");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/plain");
    assertThat(response.body().lines())
        .contains(
            "User-agent: *",
            "Allow: /",
            "Disallow: /api/",
            "Disallow: /admin/",
            "Sitemap: " + site + "sitemap.xml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "case-studies", "feeds/all.atom", "sitemap.xml", "robots.txt"})
  void aRepeatedRequestWithTheETagIsAnsweredNotModifiedWithoutABody(String path) {
    HttpResponse<String> first = send(path, "GET", null);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");

    HttpResponse<String> again = send(path, "GET", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);

    assertThat(send(path, "GET", "W/" + etag).statusCode()).isEqualTo(304);
    assertThat(send(path, "GET", "\"other\", " + etag).statusCode()).isEqualTo(304);
    assertThat(send(path, "GET", "*").statusCode()).isEqualTo(304);

    HttpResponse<String> changed = send(path, "GET", "\"someone-elses-tag\"");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).isEqualTo(first.body());
  }

  @Test
  void htmlPagesMustBeRevalidatedAndHeadGetsTheSameETagWithoutABody() {
    HttpResponse<String> page = send("case-studies", "GET", null);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");

    HttpResponse<String> head = send("case-studies", "HEAD", null);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isEqualTo(page.headers().firstValue("ETag"));
  }

  @Test
  void onlyGetAndHeadAreAnsweredNotModified() {
    HttpResponse<String> post = send("feeds/all.atom", "POST", "*");

    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void theOpenApiDocumentNamesTheHubAndListsEveryPathUnderApiAndFeeds() {
    HttpResponse<String> response = http.get("openapi", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject openApi = Http.parse(response.body());

    assertThat(openApi.getJsonObject("info").getString("title")).isEqualTo("The Hub");
    assertThat(openApi.getJsonObject("info").getString("version"))
        .isNotBlank()
        .isNotEqualTo("unknown");
    Set<String> served = servedPaths();
    assertThat(served)
        .as("paths found in the Hub's JAX-RS resources")
        .contains(
            "/api/content",
            "/api/content/{type}/{slug}",
            "/feeds/all.atom",
            "/feeds/{segment}.atom",
            "/feeds/partners/{partner}.atom",
            "/feeds/{vocabulary}/{term}.atom");
    assertThat(openApi.getJsonObject("paths").keySet())
        .containsAll(served)
        .as("templates are plain, without regular expressions")
        .noneMatch(path -> path.contains(":"));
    assertThat(openApi.getJsonArray("tags").getValuesAs(JsonObject.class))
        .extracting(tag -> tag.getString("name"))
        .doesNotHaveDuplicates()
        .contains("Content", "Feeds", "Crawlers");
    String pageSchema =
        openApi
            .getJsonObject("paths")
            .getJsonObject("/api/content")
            .getJsonObject("get")
            .getJsonObject("responses")
            .getJsonObject("200")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .toString();
    assertThat(pageSchema)
        .as("the schema of a page of items")
        .satisfiesAnyOf(
            schema -> assertThat(schema).contains("#/components/schemas/Page"),
            schema -> assertThat(schema).contains("\"total\"").contains("\"items\""));
    assertThat(
            openApi
                .getJsonObject("paths")
                .getJsonObject("/feeds/{segment}.atom")
                .getJsonObject("get")
                .getJsonObject("responses")
                .getJsonObject("200")
                .getJsonObject("content")
                .keySet())
        .anySatisfy(type -> assertThat(type).startsWith("application/atom+xml"));
  }

  // ---------------------------------------------------------------------------------------------

  /** Every published item, paging through the read API. */
  private List<JsonObject> publishedItems() {
    List<JsonObject> items = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonObject json = http.json("api/content?size=100&page=" + page);
      List<JsonObject> batch = json.getJsonArray("items").getValuesAs(JsonObject.class);
      items.addAll(batch);
      if (batch.isEmpty() || items.size() >= json.getJsonNumber("total").longValue()) {
        return items;
      }
    }
  }

  private String absolute(String path) {
    return site + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** Parsed as a careful feed reader does: secure DOM, no DOCTYPE, no healing. */
  private static SyndFeed parseFeed(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setXmlHealerOn(false);
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    return input.build(Xml.parse(xml));
  }

  /** The href of the feed's link with that relation, read from the Atom document itself. */
  private static String linkHref(SyndFeed feed, String rel) {
    Feed atom = (Feed) feed.originalWireFeed();
    return Stream.concat(atom.getAlternateLinks().stream(), atom.getOtherLinks().stream())
        .filter(l -> rel.equals(l.getRel()))
        .map(Link::getHref)
        .findFirst()
        .orElse(null);
  }

  private static Entry atomEntry(SyndFeed feed, String link) {
    Feed atom = (Feed) feed.originalWireFeed();
    return atom.getEntries().stream()
        .filter(e -> e.getAlternateLinks().stream().anyMatch(l -> l.getHref().equals(link)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry links to " + link));
  }

  private HttpResponse<String> send(String path, String method, String ifNoneMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The paths the Hub's JAX-RS resources serve under /api and /feeds, found by reading their
   * annotations, so that a new endpoint without an OpenAPI entry fails this test.
   */
  private static Set<String> servedPaths() {
    Path classes;
    try {
      classes =
          Path.of(ContentApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> paths = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes
                .relativize(file)
                .toString()
                .replace(File.separatorChar, '.')
                .replace(".class", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, SyndicationIT.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : type.getMethods()) {
          if (!isResourceMethod(method)) {
            continue;
          }
          jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
          String path = "/" + join(root.value(), sub == null ? "" : sub.value());
          // A regular expression may hold braces of its own, as in {id: [0-9]{1,18}}.
          String normalised = path.replaceAll("\\{(\\w+)\\s*:(?:[^{}]|\\{[^{}]*})*}", "{$1}");
          if (normalised.startsWith("/api/") || normalised.startsWith("/feeds/")) {
            paths.add(normalised);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  private static boolean isResourceMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }

  private static String join(String a, String b) {
    String left = a.replaceAll("^/+|/+$", "");
    String right = b.replaceAll("^/+|/+$", "");
    return right.isEmpty() ? left : left.isEmpty() ? right : left + "/" + right;
  }
}
