package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.PluginJarBuilder;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real Hub with its bundled plugins in its plugins folder: both are discovered and loaded,
 * their types, pages, templates and feeds work, administrators switch them at run time, and a
 * plugin built outside the Hub's build (against the hub-api JAR alone) loads like them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginsIT {

  static final String TOKEN = System.getProperty("hub.it.admin.token");
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  Http http;

  @BeforeAll
  static void noTimeZoneDownloads() {
    System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
  }

  @BeforeEach
  void connect() throws URISyntaxException {
    http = new Http(base.toURI());
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  HttpResponse<String> admin(String method, String path, String json) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.toURI().resolve(path))
              .header("Authorization", "Bearer " + TOKEN)
              .header("Accept", "application/json")
              .timeout(Duration.ofSeconds(30));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      request.method(
          method,
          json == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(json));
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonObject plugin(String id) {
    return Http.parse(admin("GET", "api/admin/plugins", null).body())
        .getJsonArray("plugins")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plugin " + id));
  }

  /** The value once it is not blank, or the last one after ten seconds: listeners run async. */
  static String eventually(java.util.function.Supplier<String> value) {
    String last = value.get();
    for (int i = 0; i < 50 && last.isBlank(); i++) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      last = value.get();
    }
    return last;
  }

  static Calendar ical(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/calendar");
    return new CalendarBuilder().build(new StringReader(response.body()));
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents().stream()
        .filter(VEvent.class::isInstance)
        .map(VEvent.class::cast)
        .toList();
  }

  @Test
  void bothBundledPluginsAreDiscoveredLoadedAndListedForAdministrators() {
    JsonObject events = plugin("event-calendar");
    JsonObject skills = plugin("skills-catalogue");

    assertThat(events.getString("state")).isEqualTo("ENABLED");
    assertThat(events.getJsonArray("contentTypes").getString(0)).isEqualTo("event");
    assertThat(events.getJsonArray("capabilities").getString(0)).isEqualTo("content-read");
    assertThat(events.isNull("lastError")).isTrue();
    assertThat(skills.getString("state")).isEqualTo("ENABLED");
    assertThat(skills.getJsonArray("contentTypes").getString(0)).isEqualTo("skills-offer");
    assertThat(http.get("api/admin/plugins").statusCode())
        .as("guarded by the token")
        .isEqualTo(401);
  }

  @Test
  void anEventHasItsPageWithThePluginsTemplateAndShowsInNavigation() {
    HttpResponse<String> page = http.get("events/example-digicoach-drop-in");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Example: weekly digicoach drop-in")
        .contains("href=\"/events/ics/example-digicoach-drop-in.ics\"")
        .contains("href=\"/events\"");
    assertThat(http.get("events").body()).contains("Example: online summer class day");
  }

  @Test
  void theMonthViewIsATableWithTheWeeklyEventAtItsLocalTimeAfterTheClockChange() {
    HttpResponse<String> march = http.get("events/month/2027-03");

    assertThat(march.statusCode()).isEqualTo(200);
    assertThat(march.body())
        .contains("<caption>March 2027</caption>")
        .contains("<th scope=\"col\" abbr=\"Monday\">")
        .contains("href=\"/events/example-digicoach-drop-in\"")
        .contains("10:00")
        .contains("class=\"site-header\"");
    assertThat(http.get("events/month/2027-13").statusCode()).isEqualTo(404);
  }

  @Test
  void theICalendarFeedParsesAndItsRecurringEventKeepsItsLocalTime() throws Exception {
    Calendar all = ical(http.get("events/calendar.ics"));

    assertThat(events(all))
        .extracting(e -> e.getSummary().getValue())
        .contains("Example: weekly digicoach drop-in", "Example: online summer class day");
    VEvent weekly =
        events(all).stream()
            .filter(e -> e.getSummary().getValue().contains("digicoach drop-in"))
            .findFirst()
            .orElseThrow();
    Set<Period<ZonedDateTime>> periods =
        weekly.calculateRecurrenceSet(
            new Period<>(
                ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, STOCKHOLM),
                ZonedDateTime.of(2027, 6, 1, 0, 0, 0, 0, STOCKHOLM)));
    List<ZonedDateTime> starts =
        periods.stream()
            .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(STOCKHOLM))
            .sorted()
            .toList();
    assertThat(starts).hasSize(7);
    assertThat(starts).extracting(s -> s.toLocalDate().toString()).doesNotContain("2027-03-23");
    assertThat(starts).allSatisfy(s -> assertThat(s.toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    assertThat(events(ical(http.get("events/ics/example-summer-class-day.ics")))).hasSize(1);
  }

  @Test
  void aPartnersFeedHasTheEventsItOrganises() throws Exception {
    String slug = "it-partner-event-" + UUID.randomUUID().toString().substring(0, 8);
    String event =
        "{\"title\":\"Partner feed test event\",\"status\":\"%s\",\"fields\":{\"start\":"
            + "\"2027-09-01T09:00+01:00[Europe/London]\",\"organiser\":\"karlstad-university\"}}";
    HttpResponse<String> put =
        admin("PUT", "api/admin/items/event/" + slug, event.formatted("published"));
    assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
    try {
      Calendar karlstad = ical(http.get("events/partners/karlstad-university.ics"));

      assertThat(events(karlstad))
          .extracting(e -> e.getSummary().getValue())
          .contains("Partner feed test event")
          .doesNotContain("Example: weekly digicoach drop-in");
      assertThat(http.get("events/partners/no-such-partner.ics").statusCode()).isEqualTo(404);
    } finally {
      // The suite shares one Hub: other tests count what refers to a partner.
      admin("PUT", "api/admin/items/event/" + slug, event.formatted("draft"));
    }
  }

  @Test
  void aCompetencePageListsItsOffers() {
    HttpResponse<String> competence = http.get("skills/competences/1-1");

    assertThat(competence.statusCode()).isEqualTo(200);
    assertThat(competence.body())
        .contains("1.1 Browsing, searching and filtering data, information and digital content")
        .contains("Example: finding and checking information online")
        .doesNotContain("Example: staying safe online");
    assertThat(http.get("skills/competences").body()).contains("5 Problem solving");
    assertThat(http.get("skills/levels/3").body()).contains("Example: staying safe online");
    assertThat(http.get("skills/example-staying-safe-online").statusCode()).isEqualTo(200);
  }

  @Test
  void aDisabledPluginsPagesAndNavigationGoButItsContentStaysAndComesBack() {
    assertThat(admin("POST", "api/admin/plugins/event-calendar/disable", null).statusCode())
        .isEqualTo(200);
    try {
      assertThat(plugin("event-calendar").getString("state")).isEqualTo("DISABLED");
      assertThat(http.get("events/month").statusCode()).isEqualTo(404);
      assertThat(http.get("events/example-digicoach-drop-in").statusCode()).isEqualTo(404);
      assertThat(http.get("events/calendar.ics").statusCode()).isEqualTo(404);
      assertThat(http.get("").body()).doesNotContain("href=\"/events\"");
      assertThat(http.get("api/content/event/example-digicoach-drop-in").statusCode())
          .as("its content stays")
          .isEqualTo(200);
    } finally {
      assertThat(admin("POST", "api/admin/plugins/event-calendar/enable", null).statusCode())
          .isEqualTo(200);
    }
    assertThat(http.get("events/month").statusCode()).isEqualTo(200);
    assertThat(http.get("events/example-digicoach-drop-in").statusCode()).isEqualTo(200);
    assertThat(http.get("").body()).contains("href=\"/events\"");
  }

  @Test
  void aPluginBuiltAgainstTheApiJarAloneLoadsAtRunTimeAndRendersThroughTheTheme() {
    Path folder = Path.of(System.getProperty("hub.it.data"), "plugins");
    new PluginJarBuilder()
        .source(
            "org.example.hello.HelloPlugin",
"""
            package org.example.hello;

            import eu.hub.api.HubPlugin;
            import eu.hub.api.content.ContentEventListener;
            import eu.hub.api.content.ContentType;
            import eu.hub.api.plugin.PluginContext;
            import java.time.Duration;
            import java.util.concurrent.atomic.AtomicInteger;
            import eu.hub.api.web.PageResult;
            import eu.hub.api.web.PageRoute;
            import java.util.List;
import java.util.Map;
            import java.util.Map;
            import java.util.Optional;

            public final class HelloPlugin implements HubPlugin {
              private final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
              private final AtomicInteger ticks = new AtomicInteger();

              @Override
              public void start(PluginContext context) {
                context.scheduler().every(Duration.ofSeconds(1), "tick", ticks::incrementAndGet);
              }

              @Override
              public List<ContentType> contentTypes() {
                return List.of(ContentType.builder("greeting").urlSegment("greetings").build());
              }

              @Override
              public ContentEventListener contentEvents() {
                return e -> seen.add(e.kind() + " " + e.type() + "/" + e.slug());
              }

              @Override
              public List<PageRoute> pages() {
                return List.of(
                    new PageRoute(
                        "hello-ticks",
                        r -> Optional.of(PageResult.document("text/plain", "" + ticks.get()))),
                    new PageRoute(
                        "hello-events",
                        r -> Optional.of(PageResult.document("text/plain", String.join("\\n", seen)))),
                    new PageRoute(
                        "hello/{name}",
                        r -> Optional.of(
                            PageResult.page(
                                "hello", "Hello", Map.of("name", r.parameters().get("name"))))),
                    new PageRoute(
                        "hello-broken",
                        r -> { throw new IllegalStateException("broken on purpose"); }));
              }
            }
            """)
        .descriptor(
            """
            id=hello
            name=Hello
            version=1.0.0
            hub-api=[0.2,1.0)
            entry=org.example.hello.HelloPlugin
            contributes=content-types,pages,templates,messages,content-events
            capabilities=schedule
            """)
        .resource(
            "hub-templates/hello.peb",
            """
            {% extends "base" %}
            {% block content %}<h1>{{ messages['greeting'] }}, {{ name }}!</h1>{% endblock %}
            """)
        .resource("hub-messages/messages_en.properties", "greeting=Hello from a plugin\n")
        .resource("hub-templates/item-greeting.peb", "{% if %} a broken template")
        .writeTo(folder.resolve("hello.jar"));
    new PluginJarBuilder()
        .source(
            "org.example.bad.Bad",
            """
            package org.example.bad;
            public final class Bad implements eu.hub.api.HubPlugin {
              @Override public void stop() { System.exit(3); }
            }
            """)
        .descriptor("id=bad\nname=Bad\nversion=1\nhub-api=0.2\nentry=org.example.bad.Bad\n")
        .writeTo(folder.resolve("bad.jar"));

    new PluginJarBuilder()
        .source(
            "org.example.future.Future",
            """
            package org.example.future;
            public final class Future implements eu.hub.api.HubPlugin {}
            """)
        .descriptor(
            "id=future\nname=Future\nversion=1\nhub-api=[9.0,10.0)\n"
                + "entry=org.example.future.Future\n")
        .writeTo(folder.resolve("future.jar"));

    HttpResponse<String> rescan = admin("POST", "api/admin/plugins/rescan", null);

    assertThat(rescan.statusCode()).as(rescan.body()).isEqualTo(200);
    assertThat(plugin("hello").getString("state")).isEqualTo("ENABLED");
    HttpResponse<String> hello = http.get("hello/partner");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body())
        .contains("<h1>Hello from a plugin, partner!</h1>")
        .contains("class=\"site-header\"");
    String slug = "it-listened-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            admin(
                    "PUT",
                    "api/admin/items/page/" + slug,
                    "{\"title\":\"Heard by a plugin\",\"status\":\"published\"}")
                .statusCode())
        .isIn(200, 201);
    assertThat(eventually(() -> http.get("hello-events").body()))
        .contains("PUBLISHED page/" + slug);
    admin(
        "PUT",
        "api/admin/items/page/" + slug,
        "{\"title\":\"Heard by a plugin\",\"status\":\"draft\"}");
    assertThat(eventually(() -> http.get("hello-ticks").body().replace("0", "")))
        .as("its scheduled job ran")
        .isNotBlank();
    assertThat(
            admin(
                    "PUT",
                    "api/admin/items/greeting/" + slug,
                    "{\"title\":\"A plugin item\",\"status\":\"published\"}")
                .statusCode())
        .isIn(200, 201);
    HttpResponse<String> greeting = http.get("greetings/" + slug);
    assertThat(greeting.statusCode())
        .as("the item page renders without the plugin's broken template")
        .isEqualTo(200);
    assertThat(greeting.body()).contains("A plugin item");
    admin(
        "PUT",
        "api/admin/items/greeting/" + slug,
        "{\"title\":\"A plugin item\",\"status\":\"draft\"}");
    JsonObject future = plugin("future");
    assertThat(future.getString("state")).isEqualTo("REFUSED");
    assertThat(future.getString("lastError"))
        .as("an incompatible plugin is refused naming both versions")
        .contains("'future'")
        .contains("needs hub-api [9.0.0,10.0.0)")
        .contains("provides hub-api 0.3.0");
    JsonObject bad = plugin("bad");
    assertThat(bad.getString("state")).isEqualTo("REFUSED");
    assertThat(bad.getString("lastError"))
        .contains("org.example.bad.Bad.stop calls java.lang.System.exit");

    for (int i = 0; i < 3; i++) {
      assertThat(http.get("hello-broken").statusCode()).isEqualTo(503);
    }
    JsonObject tripped = plugin("hello");
    assertThat(tripped.getString("state")).isEqualTo("DISABLED");
    assertThat(tripped.getString("lastError"))
        .contains("disabled after 3 failures in a row")
        .contains("broken on purpose");
    assertThat(http.get("hello/partner").statusCode()).isEqualTo(404);
    assertThat(http.get("pages/about").statusCode()).as("the Hub keeps serving").isEqualTo(200);
  }

  static List<String> slugs(JsonObject results) {
    return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("slug"))
        .toList();
  }

  static Map<String, Integer> counts(JsonObject results, String facet) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    JsonArray values = results.getJsonObject("facets").getJsonArray(facet);
    assertThat(values).as("the facet %s in %s", facet, results).isNotNull();
    values
        .getValuesAs(JsonObject.class)
        .forEach(v -> counts.put(v.getString("value"), v.getInt("count")));
    return counts;
  }

  @Test
  void eventsAreInSearchAndFromAndToKeepThoseTakingPlaceInThePeriod() {
    assertThat(slugs(http.json("api/search?type=event&size=50")))
        .containsExactlyInAnyOrder(
            "example-digicoach-drop-in", "example-past-workshop", "example-summer-class-day");
    assertThat(slugs(http.json("api/search?from=2027-06-01&to=2027-06-30")))
        .as("only what takes place then: items without dates are left out")
        .containsExactly("example-summer-class-day");
    assertThat(slugs(http.json("api/search?type=event&from=2027-04-01&to=2027-04-10")))
        .as("a weekly series (8 times from 9 March) still runs in April")
        .containsExactly("example-digicoach-drop-in");
    assertThat(slugs(http.json("api/search?type=event&to=2026-12-31")))
        .containsExactly("example-past-workshop");

    HttpResponse<String> badDate = http.get("api/search?from=2027-13-01");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("'from' takes a date like 2026-12-31");
    HttpResponse<String> backwards = http.get("api/search?from=2027-06-30&to=2027-06-01");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("before 'from'");

    HttpResponse<String> page = http.get("search?from=2027-06-01&to=2027-06-30");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Example: online summer class day")
        .doesNotContain("Example: weekly digicoach drop-in")
        .contains("<label for=\"search-from\">")
        .contains("name=\"from\" type=\"date\" value=\"2027-06-01\"");
  }

  @Test
  void fieldsThePluginsMarkAsFacetsAreSearchFacetsWithCountsThatFilter() {
    JsonObject offers = http.json("api/search?type=skills-offer");
    assertThat(counts(offers, "format"))
        .containsEntry("online", 1)
        .containsEntry("in-person", 1)
        .containsEntry("blended", 1);
    assertThat(counts(offers, "teachingLanguage"))
        .containsEntry("English", 2)
        .containsEntry("Swedish", 1);
    assertThat(counts(offers, "audience")).containsEntry("citizens", 2).containsEntry("staff", 2);
    assertThat(counts(offers, "level")).containsEntry("3", 1);
    assertThat(slugs(http.json("api/search?type=skills-offer&format=online")))
        .containsExactly("example-staying-safe-online");
    assertThat(slugs(http.json("api/search?type=skills-offer&teachingLanguage=Swedish")))
        .containsExactly("example-staying-safe-online");
    assertThat(counts(http.json("api/search?type=event"), "format"))
        .containsEntry("in-person", 2)
        .containsEntry("online", 1);

    String page = http.get("search?type=skills-offer").body();
    assertThat(page)
        .contains("<legend>Taught in</legend>")
        .contains("name=\"teachingLanguage\" value=\"Swedish\"")
        .contains("<legend>DigComp proficiency level (1-8)</legend>");
  }

  /** A browser: its own cookies, no redirects followed. */
  final class Browser {
    final java.net.CookieManager cookies = new java.net.CookieManager();
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String form) {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    String csrfFrom(HttpResponse<String> page) {
      Matcher m = CSRF.matcher(page.body());
      assertThat(m.find()).as("a CSRF field in %s", page.body()).isTrue();
      return m.group(1);
    }

    Browser signedIn(String email) {
      HttpResponse<String> in =
          post(
              "sign-in",
              "csrf="
                  + csrfFrom(get("sign-in"))
                  + "&email="
                  + URLEncoder.encode(email, StandardCharsets.UTF_8)
                  + "&password="
                  + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
      assertThat(in.statusCode()).as("signed in: %s", in.body()).isEqualTo(303);
      return this;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private java.net.URI uri(String path) {
      try {
        return base.toURI().resolve(path);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(e);
      }
    }
  }

  static final String PASSWORD = "violet tram under the old bridge";
  static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  String newUser(String role) {
    String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
    HttpResponse<String> created =
        admin(
            "POST",
            "api/admin/users",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + PASSWORD
                + "\",\"roles\":[\""
                + role
                + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
    return email;
  }

  @Test
  void anAdministratorSwitchesPluginsOnTheAdminScreenWithCsrfProtectedForms() {
    Browser anonymous = new Browser();
    assertThat(anonymous.get("admin/plugins").statusCode()).isEqualTo(303);
    assertThat(anonymous.get("admin/event-calendar/overview").statusCode())
        .as("a plugin's admin page needs sign-in too")
        .isEqualTo(303);
    Browser editor = new Browser().signedIn(newUser("editor"));
    assertThat(editor.get("admin/plugins").statusCode())
        .as("only administrators manage plugins")
        .isEqualTo(403);

    Browser admin = new Browser().signedIn(newUser("administrator"));
    HttpResponse<String> screen = admin.get("admin/plugins");
    assertThat(screen.statusCode()).isEqualTo(200);
    assertThat(screen.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(screen.body())
        .contains("<th scope=\"row\">Event calendar</th>")
        .contains("<code>skills-catalogue</code>")
        .contains("content-read")
        .contains("action=\"/admin/plugins/event-calendar/disable\"")
        .as("the event calendar's admin menu entry")
        .contains("<a href=\"/admin/event-calendar/overview\">Event overview</a>");
    HttpResponse<String> overview = admin.get("admin/event-calendar/overview");
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("Example: weekly digicoach drop-in")
        .contains("None: every event reads.");

    assertThat(admin.post("admin/plugins/event-calendar/disable", "csrf=forged").statusCode())
        .isEqualTo(403);
    assertThat(plugin("event-calendar").getString("state")).isEqualTo("ENABLED");
    String csrf = admin.csrfFrom(screen);
    try {
      HttpResponse<String> off = admin.post("admin/plugins/event-calendar/disable", "csrf=" + csrf);
      assertThat(off.statusCode()).isEqualTo(303);
      assertThat(off.headers().firstValue("Location").orElse(""))
          .endsWith("/admin/plugins?done=disabled&id=event-calendar");
      assertThat(plugin("event-calendar").getString("state")).isEqualTo("DISABLED");
      assertThat(http.get("events/month").statusCode()).isEqualTo(404);
      String after = admin.get("admin/plugins?done=disabled&id=event-calendar").body();
      assertThat(after)
          .contains("The plugin event-calendar is disabled.")
          .contains("action=\"/admin/plugins/event-calendar/enable\"")
          .doesNotContain("/admin/event-calendar/overview\"");
      assertThat(admin.post("admin/plugins/no-such-plugin/enable", "csrf=" + csrf).statusCode())
          .isEqualTo(404);
    } finally {
      assertThat(admin.post("admin/plugins/event-calendar/enable", "csrf=" + csrf).statusCode())
          .isEqualTo(303);
    }
    assertThat(plugin("event-calendar").getString("state")).isEqualTo("ENABLED");
    assertThat(http.get("events/month").statusCode()).isEqualTo(200);
  }
}
