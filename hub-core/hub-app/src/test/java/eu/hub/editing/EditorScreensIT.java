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

/** The admin screens driven over HTTP as a browser without JavaScript would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorScreensIT {

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

  private static String slug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates an item through the new-item form; answers the path of its editor. */
  private String create(SignedIn editor, String type, String fields) {
    HttpResponse<String> blank = editor.get("admin/content/" + type + "/new");
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(200);
    HttpResponse<String> created =
        editor.submit(blank, "admin/content/" + type + "/new", fields + "&action=save");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    return location(created);
  }

  private static String version(HttpResponse<String> page) {
    Matcher m = VERSION.matcher(page.body());
    assertThat(m.find()).as("a version field").isTrue();
    return m.group(1);
  }

  @Test
  void theGeneratedEditorSavesEveryFieldKindOfCoreAndPluginTypes() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");

    String partner = slug("partner");
    String partnerEdit =
        create(
            editor,
            "partner",
            form(
                "title", "A partner " + partner,
                "slug", partner,
                "f-kind", "city",
                "f-country", "Sweden",
                "f-website", "https://example.org/city"));
    assertThat(partnerEdit).startsWith("/admin/content/partner/" + partner + "/edit");
    String page = editor.get(partnerEdit).body();
    assertThat(page)
        .contains("<option value=\"city\" selected>city</option>")
        .contains("value=\"Sweden\"")
        .contains("value=\"https://example.org/city\"")
        .contains("The draft is created");

    String caseStudy = slug("case");
    page =
        editor
            .get(
                create(
                    editor,
                    "case-study",
                    form(
                        "title", "A case study",
                        "slug", caseStudy,
                        "summary", "Short.",
                        "body", "Intro **text**.",
                        "f-partner", "jonkoping-municipality",
                        "f-country", "Sweden",
                        "f-serviceAreas", "Health\nCare at home",
                        "f-challenge", "## The challenge\n\nIt was hard.")))
            .body();
    assertThat(page)
        .contains("value=\"jonkoping-municipality\" selected")
        .contains("Care at home")
        .contains("## The challenge")
        .contains("Intro **text**.");

    String project = slug("project");
    page =
        editor
            .get(
                create(
                    editor,
                    "project",
                    form(
                        "title", "A project",
                        "slug", project,
                        "f-programme", "Interreg",
                        "f-start", "2026-05-31",
                        "f-partners", "angus-council",
                        "f-partners", "jonkoping-municipality")))
            .body();
    assertThat(page)
        .contains("value=\"2026-05-31\"")
        .containsPattern("value=\"angus-council\" checked")
        .containsPattern("value=\"jonkoping-municipality\" checked");

    String event = slug("event");
    page =
        editor
            .get(
                create(
                    editor,
                    "event",
                    form(
                        "title", "A plugin event",
                        "slug", event,
                        "f-start", "2026-06-01T10:00+02:00[Europe/Stockholm]",
                        "f-allDay", "true",
                        "f-recurrence", "FREQ=WEEKLY;COUNT=4",
                        "f-exceptions", "2026-06-08T10:00+02:00[Europe/Stockholm]",
                        "f-capacity", "25",
                        "f-onlineLink", "https://example.org/meet")))
            .body();
    assertThat(page)
        .contains("value=\"2026-06-01T10:00+02:00[Europe/Stockholm]\"")
        .containsPattern("name=\"f-allDay\" value=\"true\" checked")
        .contains("value=\"FREQ=WEEKLY;COUNT=4\"")
        .contains("2026-06-08T10:00+02:00[Europe/Stockholm]</textarea>")
        .contains("value=\"25\"");
  }

  @Test
  void validationErrorsAreSummarisedAtTheTopLinkedToEachFieldAndTheValuesAreKept() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    HttpResponse<String> blank = editor.get("admin/content/project/new");

    HttpResponse<String> refused =
        editor.submit(
            blank,
            "admin/content/project/new",
            form(
                "title", "",
                "f-start", "31/05/2026",
                "f-website", "javascript:alert(1)",
                "f-programme", "Kept programme",
                "action", "save"));

    assertThat(refused.statusCode()).isEqualTo(422);
    String html = refused.body();
    assertThat(html.indexOf("class=\"error-summary\""))
        .as("the summary comes before the form")
        .isLessThan(html.indexOf("<form class=\"admin-form editor-form\""));
    assertThat(html)
        .contains("<title>Error: ")
        .contains("<a href=\"#edit-title\">Enter a title</a>")
        .contains("<a href=\"#field-start\">Enter Start as a real date, like 2026-05-31</a>")
        .contains("<a href=\"#field-website\">")
        .containsPattern(
            "id=\"field-start\" name=\"f-start\" value=\"31/05/2026\"[^>]*aria-invalid=\"true\"")
        .contains("id=\"field-start-error\"")
        .contains("value=\"Kept programme\"")
        .doesNotContain("<script>");
  }

  @Test
  void aConflictingSaveShowsBothVersionsAndTheEditorChoosesToKeepTheirs() {
    SignedIn first = SignedIn.as(root, "first", null, "EDITOR");
    SignedIn second = SignedIn.as(root, "second", null, "EDITOR");
    String edit =
        create(first, "page", form("title", "Opening hours", "slug", slug("hours"), "body", "Old"))
            .replaceFirst("\\?.*", "");
    HttpResponse<String> mine = first.get(edit);
    HttpResponse<String> theirs = second.get(edit);
    assertThat(version(mine)).isEqualTo(version(theirs));

    HttpResponse<String> saved =
        second.submit(
            theirs,
            edit,
            form(
                "version",
                version(theirs),
                "title",
                "Opening hours (theirs)",
                "body",
                "Theirs",
                "action",
                "save"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

    HttpResponse<String> conflict =
        first.submit(
            mine,
            edit,
            form(
                "version",
                version(mine),
                "title",
                "Opening hours (mine)",
                "body",
                "Mine",
                "action",
                "save"));

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("Someone else changed this item")
        .contains("Opening hours (mine)")
        .contains("Opening hours (theirs)")
        .contains(second.email.toLowerCase())
        .contains("Save my version");
    assertThat(first.get(edit).body()).contains("value=\"Opening hours (theirs)\"");

    HttpResponse<String> keepMine =
        first.submit(
            conflict,
            edit,
            form(
                "version",
                version(conflict),
                "title",
                "Opening hours (mine)",
                "body",
                "Mine",
                "action",
                "save"));
    assertThat(keepMine.statusCode()).as(keepMine.body()).isEqualTo(303);
    assertThat(first.get(edit).body()).contains("value=\"Opening hours (mine)\"");
  }

  @Test
  void aPartnerAuthorCannotOpenAnotherCitysItemAndSeesOnlyTheirOwnInTheList() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    String theirs = slug("angus");
    String theirEdit =
        create(
            editor,
            "case-study",
            form("title", "Angus only " + theirs, "slug", theirs, "f-partner", "angus-council"));
    SignedIn author = SignedIn.as(root, "lund", "jonkoping-municipality", "PARTNER_AUTHOR");
    String own = slug("own");
    String ownEdit = create(author, "case-study", form("title", "Our own " + own, "slug", own));

    HttpResponse<String> forbidden = author.get(theirEdit);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("another partner").contains("<html");
    assertThat(author.get(theirEdit.replace("/edit", "/revisions")).statusCode()).isEqualTo(403);
    HttpResponse<String> post =
        author.submit(
            author.get(ownEdit),
            theirEdit.replaceFirst("\\?.*", ""),
            form("version", "0", "title", "Taken over", "action", "save"));
    assertThat(post.statusCode()).isEqualTo(403);

    String list = author.get("admin/content?type=case-study").body();
    assertThat(list).contains("Our own " + own).doesNotContain("Angus only " + theirs);
    assertThat(author.get(ownEdit).body())
        .as("the partner is filled in for them")
        .contains("value=\"jonkoping-municipality\" selected");
    assertThat(author.get("admin/users").statusCode()).isEqualTo(403);
    assertThat(author.get("admin/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void previewRendersTheDraftWithTheRealThemeAndMarkdownWithoutSavingIt() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    HttpResponse<String> blank = editor.get("admin/content/article/new");
    String slug = slug("preview");

    HttpResponse<String> preview =
        editor.submit(
            blank,
            "admin/content/article/new",
            form(
                "title", "Previewed <article>",
                "slug", slug,
                "body", "## A heading\n\nSome **bold** words and <script>alert(1)</script>.",
                "f-authors", "Ann\nBo",
                "action", "preview"));

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains("class=\"preview-banner\"")
        .contains("<strong>bold</strong>")
        .contains("Previewed &lt;article&gt;")
        .contains("<link rel=\"stylesheet\" href=\"/assets/hub.css")
        .doesNotContain("<script>alert(1)</script>")
        .contains("name=\"f-authors\" value=\"Ann")
        .contains("value=\"back\"");
    assertThat(editor.get("admin/content/article/" + slug + "/edit").statusCode())
        .as("not saved")
        .isEqualTo(404);

    HttpResponse<String> back =
        editor.submit(
            preview,
            "admin/content/article/new",
            form("title", "Previewed <article>", "slug", slug, "body", "kept", "action", "back"));
    assertThat(back.statusCode()).isIn(200, 422);
    assertThat(back.body()).contains("value=\"Previewed &lt;article&gt;\"");
  }

  @Test
  void workflowButtonsFollowTheRoleAndARefusedPublishListsTheReasons() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    String edit =
        create(
                editor,
                "case-study",
                form(
                    "title",
                    "Unfinished",
                    "slug",
                    slug("unfinished"),
                    "f-partner",
                    "angus-council"))
            .replaceFirst("\\?.*", "");
    HttpResponse<String> page = editor.get(edit);
    assertThat(page.body())
        .contains("value=\"submit\"")
        .contains("value=\"publish\"")
        .doesNotContain("value=\"approve\"");

    HttpResponse<String> refused =
        editor.submit(
            page,
            edit.replace("/edit", "/transition"),
            form("transition", "publish", "version", version(page), "comment", "Go"));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("class=\"error-summary\"").contains("cannot be published");

    HttpResponse<String> submitted =
        editor.submit(
            page,
            edit.replace("/edit", "/transition"),
            form("transition", "submit", "version", version(page), "comment", "Please review"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
    assertThat(editor.get(location(submitted)).body())
        .contains("Submitted for review")
        .contains("In review");

    SignedIn reviewer = SignedIn.as(root, "reviewer", null, "REVIEWER");
    assertThat(reviewer.get("admin").body())
        .contains("Waiting for my review")
        .contains("Unfinished");
    assertThat(reviewer.get(edit).body())
        .contains("value=\"approve\"")
        .contains("value=\"return\"")
        .contains("you can preview changes here, but not save them")
        .doesNotContain("name=\"action\" value=\"save\"");
  }

  @Test
  void anEditToAPublishedItemStaysPendingUntilDiscardedFromTheEditor() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    String edit =
        create(
                editor,
                "page",
                form("title", "Live page", "slug", slug("live"), "body", "Live text."))
            .replaceFirst("\\?.*", "");
    HttpResponse<String> page = editor.get(edit);
    HttpResponse<String> published =
        editor.submit(
            page,
            edit.replace("/edit", "/transition"),
            form("transition", "publish", "version", version(page)));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
    page = editor.get(edit);
    HttpResponse<String> saved =
        editor.submit(
            page,
            edit,
            form(
                "version",
                version(page),
                "title",
                "Live page, changed",
                "body",
                "New",
                "action",
                "save"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    page = editor.get(edit);
    assertThat(page.body())
        .contains("changes not published yet")
        .contains("Discard the unpublished");

    HttpResponse<String> discarded =
        editor.submit(page, edit.replace("/edit", "/discard"), form("version", version(page)));

    assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(303);
    assertThat(editor.get(location(discarded)).body())
        .contains("value=\"Live page\"")
        .contains("are discarded")
        .doesNotContain("changes not published yet");
  }

  @Test
  void revisionsAreListedComparedSideBySideAndRestored() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    String edit =
        create(
                editor,
                "page",
                form("title", "Versions", "slug", slug("versions"), "body", "line one\nline two"))
            .replaceFirst("\\?.*", "");
    HttpResponse<String> page = editor.get(edit);
    HttpResponse<String> saved =
        editor.submit(
            page,
            edit,
            form(
                "version",
                version(page),
                "title",
                "Versions",
                "body",
                "line one\nline 2",
                "note",
                "fixed a line",
                "action",
                "save"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

    HttpResponse<String> revisions = editor.get(edit.replace("/edit", "/revisions"));
    assertThat(revisions.statusCode()).isEqualTo(200);
    assertThat(revisions.body()).contains("fixed a line").contains("Restore revision 1");

    HttpResponse<String> compare = editor.get(edit.replace("/edit", "/compare") + "?a=1&b=2");
    assertThat(compare.statusCode()).as(compare.body()).isEqualTo(200);
    assertThat(compare.body()).contains("<del>line two</del>").contains("<ins>line 2</ins>");

    HttpResponse<String> restored =
        editor.submit(
            revisions,
            edit.replace("/edit", "/restore"),
            form("revision", "1", "version", version(revisions)));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(303);
    assertThat(editor.get(location(restored)).body()).contains("line two").contains("is restored");
  }

  @Test
  void anAdministratorAddsAUserACommonPasswordIsRefusedAndTheAuditLogShowsIt() {
    SignedIn admin = SignedIn.as(root, "admin", null, "ADMINISTRATOR");
    HttpResponse<String> users = admin.get("admin/users");
    assertThat(users.statusCode()).isEqualTo(200);
    String email = SignedIn.unique("new");

    HttpResponse<String> weak =
        admin.submit(
            users,
            "admin/users",
            form("email", email, "password", "password1234", "roles", "EDITOR"));
    assertThat(weak.statusCode()).isEqualTo(422);
    assertThat(weak.body())
        .contains("<a href=\"#user-password\">")
        .contains("most common")
        .contains("value=\"" + email.toLowerCase() + "\"");

    HttpResponse<String> added =
        admin.submit(
            users,
            "admin/users",
            form(
                "email",
                email,
                "displayName",
                "New Author",
                "password",
                SignedIn.PASSWORD,
                "roles",
                "PARTNER_AUTHOR",
                "partner",
                "angus-council"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
    assertThat(admin.get(location(added)).body())
        .contains(email.toLowerCase())
        .contains("angus-council");

    HttpResponse<String> audit =
        admin.get("admin/audit?action=user-created&actor=" + SignedIn.enc(admin.email));
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).contains(email.toLowerCase()).contains("PARTNER_AUTHOR");
    assertThat(admin.get("admin/audit?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    SignedIn editor = SignedIn.as(root, "editor", null, "EDITOR");
    HttpResponse<String> post =
        editor.post("admin/content/page/new", form("title", "Forged", "action", "save"));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains("security token");
  }
}
