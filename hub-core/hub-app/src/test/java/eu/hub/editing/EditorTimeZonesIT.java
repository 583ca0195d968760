package eu.hub.editing;

import static eu.hub.testkit.SignedIn.form;
import static eu.hub.testkit.SignedIn.location;
import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.SignedIn;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
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

/** Editors read and enter dates and times in their own time zone; the database keeps instants. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorTimeZonesIT {

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

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

  private static String version(HttpResponse<String> page) {
    Matcher m = VERSION.matcher(page.body());
    assertThat(m.find()).as("a version field").isTrue();
    return m.group(1);
  }

  private static void chooseZone(SignedIn who, String zone) {
    HttpResponse<String> account = who.get("admin/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("<optgroup label=\"Europe\">");
    HttpResponse<String> saved = who.submit(account, "admin/account", form("timeZone", zone));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(who.get(location(saved).substring(1)).body())
        .contains("Your time zone is now " + zone);
  }

  /** A partner, submitted and approved, ready to be scheduled; answers its editor's address. */
  private static String approvedPartner(SignedIn editor) {
    String slug = "zone-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> blank = editor.get("admin/content/partner/new");
    HttpResponse<String> created =
        editor.submit(
            blank,
            "admin/content/partner/new",
            form(
                "title", "Partner " + slug,
                "slug", slug,
                "f-kind", "city",
                "f-country", "Sweden",
                "action", "save"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String edit = location(created).replaceFirst("\\?.*", "").substring(1);
    for (String step : new String[] {"submit", "approve"}) {
      HttpResponse<String> page = editor.get(edit);
      HttpResponse<String> done =
          editor.submit(
              page,
              edit.replace("/edit", "/transition"),
              form("transition", step, "version", version(page)));
      assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
    }
    return edit;
  }

  private static HttpResponse<String> schedule(SignedIn editor, String edit, String localTime) {
    HttpResponse<String> page = editor.get(edit);
    return editor.submit(
        page,
        edit.replace("/edit", "/transition"),
        form("transition", "schedule", "version", version(page), "publishAt", localTime));
  }

  @Test
  void anEditorInStockholmSchedulesTwoPmInSummerWhichIsStoredAsNoonUtcAndShownBackAsTwoPm() {
    SignedIn editor = SignedIn.as(root, "stockholm", null, "EDITOR");
    chooseZone(editor, "Europe/Stockholm");
    String edit = approvedPartner(editor);
    assertThat(editor.get(edit).body())
        .contains("Date and time in your time zone, Europe/Stockholm.");

    HttpResponse<String> scheduled = schedule(editor, edit, "2027-07-01T14:00");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(303);
    assertThat(editor.get(location(scheduled).substring(1)).body())
        .contains("<time datetime=\"2027-07-01T12:00Z\">2027-07-01 14:00 Europe/Stockholm</time>");

    // Someone on the site's default zone (UTC) sees the same moment as noon.
    SignedIn utc = SignedIn.as(root, "utc", null, "EDITOR");
    assertThat(utc.get(edit).body()).contains(">2027-07-01 12:00 UTC</time>");
  }

  @Test
  void theScheduleInputsShowTheSavedTimesInTheEditorsOwnZoneWhenTheEditorIsReopened() {
    SignedIn editor = SignedIn.as(root, "stockholm", null, "EDITOR");
    chooseZone(editor, "Europe/Stockholm");
    String edit = approvedPartner(editor);
    HttpResponse<String> page = editor.get(edit);
    assertThat(page.body())
        .as("nothing scheduled yet: empty inputs")
        .contains("name=\"publishAt\" type=\"datetime-local\" value=\"\"");
    HttpResponse<String> scheduled =
        editor.submit(
            page,
            edit.replace("/edit", "/transition"),
            form(
                "transition", "schedule",
                "version", version(page),
                "publishAt", "2027-07-01T14:00",
                "unpublishAt", "2027-12-01T09:30"));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(303);

    assertThat(editor.get(edit).body())
        .contains("name=\"publishAt\" type=\"datetime-local\" value=\"2027-07-01T14:00\"")
        .contains("name=\"unpublishAt\" type=\"datetime-local\" value=\"2027-12-01T09:30\"");
    // The same moments for an editor on UTC: summer and winter offsets both applied.
    SignedIn utc = SignedIn.as(root, "utc", null, "EDITOR");
    HttpResponse<String> seenInUtc = utc.get(edit);
    assertThat(seenInUtc.body())
        .contains("name=\"publishAt\" type=\"datetime-local\" value=\"2027-07-01T12:00\"")
        .contains("name=\"unpublishAt\" type=\"datetime-local\" value=\"2027-12-01T08:30\"");

    // Publishing now from the form as shown keeps the planned unpublishing.
    HttpResponse<String> published =
        utc.submit(
            seenInUtc,
            edit.replace("/edit", "/transition"),
            form(
                "transition", "publish",
                "version", version(seenInUtc),
                "unpublishAt", "2027-12-01T08:30"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
    assertThat(editor.get(edit).body())
        .contains("<time datetime=\"2027-12-01T08:30Z\">2027-12-01 09:30 Europe/Stockholm</time>");
  }

  @Test
  void aTimeTheClocksSkipIsRefusedWithTheReasonAndAnAutumnTimeThatHappensTwiceTakesTheEarlier() {
    SignedIn editor = SignedIn.as(root, "stockholm", null, "EDITOR");
    chooseZone(editor, "Europe/Stockholm");
    String edit = approvedPartner(editor);

    HttpResponse<String> gap = schedule(editor, edit, "2027-03-28T02:30");
    assertThat(gap.statusCode()).isEqualTo(422);
    assertThat(gap.body())
        .contains("href=\"#workflow-publish-at\"")
        .contains("2027-03-28 02:30 does not exist in Europe/Stockholm")
        .contains("value=\"2027-03-28T02:30\"");

    HttpResponse<String> twice = schedule(editor, edit, "2027-10-31T02:30");
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(303);
    assertThat(editor.get(location(twice).substring(1)).body())
        .contains("happens twice in Europe/Stockholm")
        .contains("took the first (earlier) one")
        .contains(
            "<time datetime=\"2027-10-31T00:30Z\">2027-10-31 02:30 Europe/Stockholm (UTC+02:00)");
  }

  @Test
  void anAdministratorSetsSomeonesTimeZoneOnTheUsersScreenAndTheChangeIsAudited() {
    SignedIn admin = SignedIn.as(root, "admin", null, "ADMINISTRATOR");
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    HttpResponse<String> users = admin.get("admin/users");
    HttpResponse<String> bad =
        admin.submit(
            users,
            "admin/users/time-zone",
            form("email", editor.email, "timeZone", "Mars/Olympus_Mons"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("href=\"#zone-zone\"").contains("Choose a time zone");

    HttpResponse<String> set =
        admin.submit(
            users,
            "admin/users/time-zone",
            form("email", editor.email, "timeZone", "America/New_York"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(303);
    assertThat(admin.get(location(set).substring(1)).body()).contains("America/New_York");
    assertThat(editor.get("admin/account").body())
        .contains("<option value=\"America/New_York\" selected>");
    assertThat(
            admin
                .get(
                    "admin/audit?action=user-time-zone-changed&target="
                        + SignedIn.enc(editor.email))
                .body())
        .contains(editor.email)
        .contains("America/New_York");

    // The administrator's own zone: the audit log's days are read and its times shown in it.
    chooseZone(admin, "Pacific/Kiritimati");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).toString();
    String line =
        admin
            .get(
                "admin/audit?action=user-time-zone-changed&target="
                    + SignedIn.enc(editor.email)
                    + "&from="
                    + today
                    + "&to="
                    + today)
            .body();
    assertThat(line)
        .contains("Dates are whole days in your time zone, Pacific/Kiritimati.")
        .contains("Matching lines: 1")
        .contains(today)
        .contains("Pacific/Kiritimati</time>");

    // Someone who is not an administrator cannot change another person's zone.
    HttpResponse<String> refused =
        editor.submit(
            editor.get("admin/account"),
            "admin/users/time-zone",
            form("email", admin.email, "timeZone", "Europe/Stockholm"));
    assertThat(refused.statusCode()).isEqualTo(403);
  }
}
