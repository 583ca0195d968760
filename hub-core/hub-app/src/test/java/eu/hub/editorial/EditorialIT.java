package eu.hub.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * The editorial workflow on the real Hub, through the JSON API with personal tokens: a partner
 * author writes and submits, a reviewer approves, an editor schedules and it goes live on time;
 * working copies, revisions, conflicts, partner boundaries, publishing checks and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialIT {

  private static final String ADMIN_TOKEN = System.getProperty("hub.it.admin.token");
  private static final String PASSWORD = "violet tram under the old bridge";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  URI root;
  final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A run-unique suffix, so that tests do not see each other's partners and slugs. */
  final String run = UUID.randomUUID().toString().substring(0, 8);

  String cityA;
  String cityB;

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    cityA = "city-a-" + run;
    cityB = "city-b-" + run;
    assertThat(send(HttpRequest.newBuilder(root.resolve("health/ready")).GET()).statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  // ---------------------------------------------------------------- tests

  @Test
  void aPartnerAuthorsCaseStudyIsSubmittedApprovedScheduledAndGoesLiveOnTime() {
    String author = account("PARTNER_AUTHOR", cityA);
    String reviewer = account("REVIEWER", null);
    String editor = account("EDITOR", null);
    String slug = "bike-lanes-" + run;

    HttpResponse<String> created = post(author, "api/editorial/items", caseStudy(slug, null));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject item = json(created);
    long id = item.getJsonNumber("id").longValue();
    assertThat(item.getString("state")).isEqualTo("DRAFT");
    assertThat(item.getJsonArray("partners").getString(0)).isEqualTo(cityA);
    assertThat(publicPage(slug).statusCode()).as("a draft is not public").isEqualTo(404);

    assertThat(state(transition(author, id, "submit", "ready for review"))).isEqualTo("IN_REVIEW");
    HttpResponse<String> selfApproval = transitionResponse(author, id, "approve", null);
    assertThat(selfApproval.statusCode()).as(selfApproval.body()).isEqualTo(403);
    assertThat(state(transition(reviewer, id, "approve", "clear and complete")))
        .isEqualTo("APPROVED");
    HttpResponse<String> reviewerPublishes = transitionResponse(reviewer, id, "publish", null);
    assertThat(reviewerPublishes.statusCode()).as(reviewerPublishes.body()).isEqualTo(403);

    String at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).toString();
    HttpResponse<String> scheduled =
        post(
            editor,
            "api/editorial/items/" + id + "/transitions",
            Json.createObjectBuilder()
                .add("transition", "schedule")
                .add("publishAt", at)
                .add("comment", "for the newsletter")
                .build()
                .toString());
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(state(json(scheduled))).isEqualTo("SCHEDULED");
    assertThat(publicPage(slug).statusCode()).as("not before its time").isEqualTo(404);

    HttpResponse<String> live = awaitPublicPage(slug, Duration.ofSeconds(30));
    assertThat(live.statusCode()).as("published by the scheduler").isEqualTo(200);
    assertThat(live.body()).contains("Bike lanes " + run);
    assertThat(state(json(get(editor, "api/editorial/items/" + id)))).isEqualTo("PUBLISHED");
    assertThat(auditActions(id)).contains("editorial-publish");
    assertThat(auditLines(id))
        .anySatisfy(
            l -> {
              assertThat(l.getString("actor")).isEqualTo("scheduler");
              assertThat(l.getString("detail")).contains("SCHEDULED → PUBLISHED");
            });
  }

  @Test
  void aPublishedItemWithAnUnpublishTimeGoesOffTheSiteOnTime() {
    String editor = account("EDITOR", null);
    String slug = "expiring-" + run;
    long id = create(editor, caseStudy(slug, cityA));
    String until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
    HttpResponse<String> published =
        post(
            editor,
            "api/editorial/items/" + id + "/transitions",
            "{\"transition\":\"publish\",\"unpublishAt\":\"" + until + "\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(publicPage(slug).statusCode()).isEqualTo(200);

    Instant end = Instant.now().plusSeconds(30);
    int status = publicPage(slug).statusCode();
    while (status == 200 && Instant.now().isBefore(end)) {
      sleep(250);
      status = publicPage(slug).statusCode();
    }
    assertThat(status).as("taken off the site by the scheduler").isEqualTo(404);
    assertThat(state(json(get(editor, "api/editorial/items/" + id)))).isEqualTo("ARCHIVED");
    assertThat(auditLines(id))
        .anySatisfy(
            l -> {
              assertThat(l.getString("actor")).isEqualTo("scheduler");
              assertThat(l.getString("detail")).contains("PUBLISHED → ARCHIVED");
            });
  }

  @Test
  void anEditToAPublishedItemStaysADraftUntilPublished() {
    String editor = account("EDITOR", null);
    String slug = "composting-" + run;
    long id = create(editor, caseStudy(slug, cityA));
    assertThat(state(transition(editor, id, "publish", "straight out"))).isEqualTo("PUBLISHED");
    assertThat(publicPage(slug).body()).contains("The old results.");

    JsonObject loaded = json(get(editor, "api/editorial/items/" + id));
    HttpResponse<String> saved = save(editor, id, loaded, "The new results.");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonObject working = json(saved);
    assertThat(working.getBoolean("pendingChanges")).isTrue();
    assertThat(working.getString("state")).isEqualTo("DRAFT");
    assertThat(working.getString("liveStatus")).isEqualTo("PUBLISHED");
    assertThat(publicPage(slug).body())
        .as("readers still see the published version")
        .contains("The old results.")
        .doesNotContain("The new results.");

    HttpResponse<String> discarded =
        post(
            editor,
            "api/editorial/items/" + id + "/discard",
            "{\"version\":" + working.getJsonNumber("version").longValue() + "}");
    assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
    assertThat(json(discarded).getBoolean("pendingChanges")).isFalse();
    assertThat(json(discarded).getJsonObject("fields").getString("results"))
        .isEqualTo("The old results.");
    HttpResponse<String> again = save(editor, id, json(discarded), "The new results.");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);

    assertThat(state(transition(editor, id, "publish", "update"))).isEqualTo("PUBLISHED");
    assertThat(publicPage(slug).body()).contains("The new results.");
    assertThat(json(get(editor, "api/editorial/items/" + id)).getBoolean("pendingChanges"))
        .isFalse();
  }

  @Test
  void aRevisionIsRestoredAsANewRevisionAndTwoRevisionsCompare() {
    String editor = account("EDITOR", null);
    long id = create(editor, caseStudy("restore-" + run, cityA));
    JsonObject first = json(get(editor, "api/editorial/items/" + id));
    int firstRevision = first.getInt("revision");
    JsonObject second = json(save(editor, id, first, "A rewrite that went wrong."));
    int secondRevision = second.getInt("revision");
    assertThat(secondRevision).isGreaterThan(firstRevision);

    HttpResponse<String> compared =
        get(
            editor,
            "api/editorial/items/"
                + id
                + "/compare?from="
                + firstRevision
                + "&to="
                + secondRevision);
    assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
    JsonObject comparison = json(compared);
    assertThat(comparison.getJsonArray("fields").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("field"))
        .contains("results");
    JsonObject resultsDiff =
        comparison.getJsonArray("texts").getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("field").equals("results"))
            .findFirst()
            .orElseThrow();
    assertThat(resultsDiff.getJsonArray("lines").getJsonObject(0).getString("kind"))
        .isEqualTo("CHANGED");

    HttpResponse<String> restored =
        post(
            editor,
            "api/editorial/items/" + id + "/revisions/" + firstRevision + "/restore",
            "{\"version\":" + second.getJsonNumber("version").longValue() + "}");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    JsonObject now = json(restored);
    assertThat(now.getJsonObject("fields").getString("results")).isEqualTo("The old results.");
    assertThat(now.getInt("revision")).isGreaterThan(secondRevision);

    JsonArray revisions =
        json(get(editor, "api/editorial/items/" + id + "/revisions")).getJsonArray("items");
    assertThat(revisions).hasSize(3);
    assertThat(revisions.getJsonObject(0).getString("note"))
        .isEqualTo("restored revision " + firstRevision);
  }

  @Test
  void aConflictingSaveGets409WithBothVersionsAndOverwritesNothing() {
    String editor = account("EDITOR", null);
    String other = account("EDITOR", null);
    long id = create(editor, caseStudy("conflict-" + run, cityA));
    JsonObject mine = json(get(editor, "api/editorial/items/" + id));
    JsonObject theirs = json(get(other, "api/editorial/items/" + id));

    assertThat(save(other, id, theirs, "Their results.").statusCode()).isEqualTo(200);
    HttpResponse<String> conflict = save(editor, id, mine, "My results.");
    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    JsonObject body = json(conflict);
    assertThat(body.getString("message")).contains("saved this item after you opened it");
    assertThat(body.getJsonObject("yours").getJsonObject("fields").getString("results"))
        .isEqualTo("My results.");
    assertThat(body.getJsonObject("theirs").getJsonObject("fields").getString("results"))
        .isEqualTo("Their results.");
    assertThat(body.getJsonObject("theirs").getJsonNumber("version").longValue())
        .isNotEqualTo(mine.getJsonNumber("version").longValue());
    assertThat(
            json(get(editor, "api/editorial/items/" + id))
                .getJsonObject("fields")
                .getString("results"))
        .isEqualTo("Their results.");
  }

  @Test
  void aPartnerAuthorCannotTouchAnotherCitysItem() {
    String authorA = account("PARTNER_AUTHOR", cityA);
    String authorB = account("PARTNER_AUTHOR", cityB);
    long id = create(authorA, caseStudy("city-a-story-" + run, null));
    JsonObject item = json(get(authorA, "api/editorial/items/" + id));

    assertThat(get(authorB, "api/editorial/items/" + id).statusCode()).isEqualTo(403);
    assertThat(save(authorB, id, item, "Hijacked.").statusCode()).isEqualTo(403);
    assertThat(transitionResponse(authorB, id, "submit", null).statusCode()).isEqualTo(403);
    assertThat(get(authorB, "api/editorial/items/" + id + "/revisions").statusCode())
        .isEqualTo(403);
    HttpResponse<String> forA = post(authorB, "api/editorial/items", caseStudy("x-" + run, cityA));
    assertThat(forA.statusCode()).as("writing for another city").isEqualTo(403);
    JsonArray listed = json(get(authorB, "api/editorial/items?limit=200")).getJsonArray("items");
    assertThat(listed.getValuesAs(JsonObject.class))
        .extracting(i -> i.getJsonNumber("id").longValue())
        .doesNotContain(id);
    assertThat(json(get(authorA, "api/editorial/items?limit=200")).getJsonArray("items"))
        .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .contains(id);
    assertThat(auditActions(id, "editorial-denied")).isNotEmpty();
  }

  @Test
  void publishingAnImageWithoutAltTextIsRefusedWithTheReason() {
    String editor = account("EDITOR", null);
    long id =
        create(
            editor,
            caseStudy(
                "no-alt-" + run, cityA, "## Before\n\n![](/media/street.jpg)\n\nThe street."));
    HttpResponse<String> refused = transitionResponse(editor, id, "publish", null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused).getJsonArray("problems").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .anySatisfy(p -> assertThat(p).contains("/media/street.jpg").contains("no alt text"));
    assertThat(state(json(get(editor, "api/editorial/items/" + id)))).isEqualTo("DRAFT");
  }

  @Test
  void publishingIsRefusedForMissingFieldsSkippedHeadingsAndBrokenLinks() {
    String editor = account("EDITOR", null);
    String body =
        "## Start\n\n#### Too deep\n\nSee [the plan](/case-studies/no-such-plan-" + run + ").";
    JsonObject draft =
        Json.createObjectBuilder()
            .add("type", "case-study")
            .add("slug", "incomplete-" + run)
            .add("title", "Incomplete " + run)
            .add("body", body)
            .add("fields", Json.createObjectBuilder().add("partner", cityA))
            .build();
    long id = create(editor, draft.toString());
    List<String> problems =
        json(get(editor, "api/editorial/items/" + id + "/problems"))
            .getJsonArray("problems")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("required"))
        .anySatisfy(p -> assertThat(p).contains("must not skip a level"))
        .anySatisfy(p -> assertThat(p).contains("no-such-plan-" + run));
    HttpResponse<String> refused = transitionResponse(editor, id, "publish", null);
    assertThat(refused.statusCode()).isEqualTo(422);
  }

  @Test
  void aTransitionNotAllowedForTheRoleOrStateIsRefused() {
    String author = account("PARTNER_AUTHOR", cityA);
    String reviewer = account("REVIEWER", null);
    long id = create(author, caseStudy("rules-" + run, null));
    HttpResponse<String> publish = transitionResponse(author, id, "publish", null);
    assertThat(publish.statusCode()).isEqualTo(403);
    assertThat(json(publish).getString("message")).contains("may not publish");
    HttpResponse<String> approveDraft = transitionResponse(reviewer, id, "approve", null);
    assertThat(approveDraft.statusCode()).as("a draft is not in review yet").isEqualTo(409);
    HttpResponse<String> reviewerWrites =
        post(reviewer, "api/editorial/items", caseStudy("by-reviewer-" + run, cityA));
    assertThat(reviewerWrites.statusCode()).isEqualTo(403);
  }

  @Test
  void theAuditLogRecordsEveryStepAndOnlyAdministratorsReadIt() {
    String author = account("PARTNER_AUTHOR", cityA);
    String admin = account("ADMINISTRATOR", null);
    long id = create(author, caseStudy("audited-" + run, null));
    transition(author, id, "submit", "please look");
    transition(admin, id, "return", "needs a photo");

    List<JsonObject> lines = auditLines(id);
    assertThat(lines)
        .extracting(l -> l.getString("action"))
        .contains("editorial-create", "editorial-submit", "editorial-return");
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.getString("action")).isEqualTo("editorial-return");
              assertThat(l.getString("detail")).contains("IN_REVIEW → DRAFT", "needs a photo");
            });
    HttpResponse<String> byActor =
        get(admin, "api/editorial/audit?action=editorial-submit&actor=" + enc(emailOf(author)));
    assertThat(json(byActor).getJsonArray("lines")).hasSize(1);
    assertThat(get(author, "api/editorial/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void aSignedInEditorUsesTheApiWithTheSessionAndTheCsrfHeader() throws Exception {
    String email = "session-" + run + "@example.eu";
    createUser(email, "EDITOR", null);
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String form = browser.send(request("sign-in").GET().build(), body()).body();
    HttpResponse<String> signedIn =
        browser.send(
            request("sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "csrf="
                            + csrf(form)
                            + "&email="
                            + enc(email)
                            + "&password="
                            + enc(PASSWORD)))
                .build(),
            body());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    String csrf = csrf(browser.send(request("admin").GET().build(), body()).body());
    String draft = caseStudy("session-" + run, cityA);

    HttpResponse<String> without =
        browser.send(
            request("api/editorial/items")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(draft))
                .build(),
            body());
    assertThat(without.statusCode()).as("no CSRF header").isEqualTo(403);
    HttpResponse<String> with =
        browser.send(
            request("api/editorial/items")
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(draft))
                .build(),
            body());
    assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    assertThat(get("hubp_not-a-real-token", "api/editorial/items").statusCode()).isEqualTo(401);
    assertThat(send(request("api/editorial/items").GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void theOpenApiDocumentListsTheEditorialEndpoints() {
    HttpResponse<String> doc = send(request("openapi").header("Accept", "application/json").GET());
    assertThat(doc.statusCode()).isEqualTo(200);
    JsonObject paths = json(doc).getJsonObject("paths");
    assertThat(paths.keySet())
        .contains(
            "/api/editorial/items",
            "/api/editorial/items/{id}",
            "/api/editorial/items/{id}/transitions",
            "/api/editorial/items/{id}/revisions/{number}/restore",
            "/api/editorial/audit");
  }

  // ---------------------------------------------------------------- helpers

  private String caseStudy(String slug, String partner) {
    return caseStudy(slug, partner, "## What we did\n\nWe painted lanes.");
  }

  private String caseStudy(String slug, String partner, String body) {
    JsonObjectBuilder fields =
        Json.createObjectBuilder()
            .add("country", "Sweden")
            .add("serviceAreas", Json.createArrayBuilder().add("Mobility"))
            .add("challenge", "Too many cars.")
            .add("approach", "Bike lanes.")
            .add("results", "The old results.");
    if (partner != null) {
      fields.add("partner", partner);
    }
    return Json.createObjectBuilder()
        .add("type", "case-study")
        .add("slug", slug)
        .add("title", "Bike lanes " + run)
        .add("summary", "How a city made room for bikes.")
        .add("body", body)
        .add("fields", fields)
        .build()
        .toString();
  }

  private long create(String token, String json) {
    HttpResponse<String> created = post(token, "api/editorial/items", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> save(String token, long id, JsonObject loaded, String results) {
    JsonObjectBuilder fields = Json.createObjectBuilder(loaded.getJsonObject("fields"));
    fields.add("results", results);
    String edit =
        Json.createObjectBuilder()
            .add("version", loaded.getJsonNumber("version").longValue())
            .add("title", loaded.getString("title"))
            .add("summary", loaded.getString("summary"))
            .add("body", loaded.getString("body"))
            .add("fields", fields)
            .build()
            .toString();
    return send(
        request("api/editorial/items/" + id)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(edit)));
  }

  private JsonObject transition(String token, long id, String transition, String comment) {
    HttpResponse<String> done = transitionResponse(token, id, transition, comment);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    return json(done);
  }

  private HttpResponse<String> transitionResponse(
      String token, long id, String transition, String comment) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("transition", transition);
    if (comment != null) {
      body.add("comment", comment);
    }
    return post(token, "api/editorial/items/" + id + "/transitions", body.build().toString());
  }

  private static String state(JsonObject item) {
    return item.getString("state");
  }

  private HttpResponse<String> publicPage(String slug) {
    return send(request("case-studies/" + slug).header("Accept", "text/html").GET());
  }

  private HttpResponse<String> awaitPublicPage(String slug, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    HttpResponse<String> page = publicPage(slug);
    while (page.statusCode() != 200 && Instant.now().isBefore(end)) {
      sleep(250);
      page = publicPage(slug);
    }
    return page;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The administrator's view of the audit lines about an item. */
  private List<JsonObject> auditLines(long id) {
    String admin = adminToken();
    HttpResponse<String> page =
        get(admin, "api/editorial/audit?limit=500&target=" + enc("item:" + id + " "));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return json(page).getJsonArray("lines").getValuesAs(JsonObject.class);
  }

  private List<String> auditActions(long id) {
    return auditLines(id).stream().map(l -> l.getString("action")).toList();
  }

  /** Audit lines of an action whose target mentions the item (denials name the request). */
  private List<JsonObject> auditActions(long id, String action) {
    HttpResponse<String> page =
        get(adminToken(), "api/editorial/audit?limit=500&action=" + enc(action));
    return json(page).getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("target").contains("/items/" + id))
        .toList();
  }

  private String adminTokenCache;

  private String adminToken() {
    if (adminTokenCache == null) {
      adminTokenCache = account("ADMINISTRATOR", null);
    }
    return adminTokenCache;
  }

  private final java.util.Map<String, String> emails = new java.util.HashMap<>();

  private String emailOf(String token) {
    return emails.get(token);
  }

  /** Creates an account with one role and answers a personal API token for it. */
  private String account(String role, String partner) {
    String email =
        role.toLowerCase().replace('_', '-')
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.eu";
    createUser(email, role, partner);
    HttpResponse<String> issued =
        send(
            request("api/admin/api-tokens")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"label\":\"EditorialIT\"}")));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String token = json(issued).getString("token");
    emails.put(token, email);
    return token;
  }

  private void createUser(String email, String role, String partner) {
    String body =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"roles\":[\""
            + role
            + "\"]"
            + (partner == null ? "" : ",\"partner\":\"" + partner + "\"")
            + "}";
    HttpResponse<String> created =
        send(
            request("api/admin/users")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private HttpResponse<String> get(String token, String path) {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  private HttpResponse<String> post(String token, String path, String json) {
    return send(
        request(path)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static JsonObject json(HttpResponse<String> response) {
    JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
    return value instanceof JsonArray array
        ? Json.createObjectBuilder().add("items", array).build()
        : value.asJsonObject();
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF field in %s", page).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
