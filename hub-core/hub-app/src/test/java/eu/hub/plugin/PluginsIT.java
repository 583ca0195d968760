package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.PluginJarBuilder;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
}
