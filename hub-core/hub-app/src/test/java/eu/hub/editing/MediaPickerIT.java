package eu.hub.editing;

import static eu.hub.testkit.SignedIn.form;
import static eu.hub.testkit.SignedIn.location;
import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.SignedIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The media picker of the generated editor, used as a browser without JavaScript would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaPickerIT {

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Pattern LOGO = Pattern.compile("name=\"f-logo\" value=\"([^\"]*)\"");

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

  /** Uploads a new PNG through the library's form; answers its id. */
  private static long upload(SignedIn who, String fileName, String alt) throws IOException {
    BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, UUID.randomUUID().hashCode() & 0xffffff);
    image.setRGB(2, 1, UUID.randomUUID().hashCode() & 0xffffff);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    String csrf = SignedIn.csrfFrom(who.get("admin/media"));
    String boundary = "----hub" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            + csrf
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: image/png\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(png.toByteArray());
    String tail =
        "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n"
            + alt
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n--"
            + boundary
            + "--\r\n";
    body.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> done = who.postMultipart("admin/media", boundary, body.toByteArray());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
    Matcher id = Pattern.compile("(?:added|duplicate)=(\\d+)").matcher(location(done));
    assertThat(id.find()).as(location(done)).isTrue();
    return Long.parseLong(id.group(1));
  }

  /** A new partner through the editor; answers the address of its editor (without the query). */
  private static String newPartner(SignedIn editor, String slug) {
    HttpResponse<String> blank = editor.get("admin/content/partner/new");
    HttpResponse<String> created =
        editor.submit(
            blank,
            "admin/content/partner/new",
            form("title", "Partner " + slug, "slug", slug, "f-kind", "city", "action", "save"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    return location(created).replaceFirst("\\?.*", "").substring(1);
  }

  private static String version(HttpResponse<String> page) {
    Matcher m = VERSION.matcher(page.body());
    assertThat(m.find()).as("a version field").isTrue();
    return m.group(1);
  }

  @Test
  void anEditorPicksAnImageTheEditorShowsItAndSavingStoresTheReferenceWithNothingElseLost()
      throws IOException {
    SignedIn editor = SignedIn.as(root, "picker", null, "EDITOR");
    String word = "harbour" + UUID.randomUUID().toString().substring(0, 6);
    long id = upload(editor, word + ".png", "Boats in the harbour at dawn");
    String edit = newPartner(editor, "picked-" + UUID.randomUUID().toString().substring(0, 8));
    HttpResponse<String> page = editor.get(edit);
    assertThat(page.body()).contains("value=\"pick:logo\"").contains("No image chosen.");
    String unsaved =
        form(
            "version", version(page),
            "title", "A title not saved yet",
            "summary", "A summary typed before choosing",
            "f-kind", "region",
            "f-country", "Sweden");

    HttpResponse<String> picker = editor.submit(page, edit, unsaved + "&action=pick%3Alogo");
    assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
    assertThat(picker.body())
        .contains("Choose Logo")
        .contains("name=\"title\" value=\"A title not saved yet\"")
        .contains("name=\"pickField\" value=\"logo\"")
        .contains("name=\"pick\" value=\"" + id + "\"")
        .contains(word + ".png")
        .contains("Alt text: Boats in the harbour at dawn")
        .contains("800 × 500 pixels")
        .contains("src=\"/media/" + id + "/320/");

    HttpResponse<String> searched =
        editor.submit(
            picker, edit, unsaved + "&pickField=logo&action=picker&q=" + word.toUpperCase());
    assertThat(searched.body()).contains("Images found: 1").contains(word + ".png");
    HttpResponse<String> nothing =
        editor.submit(picker, edit, unsaved + "&pickField=logo&action=picker&q=zzz" + word);
    assertThat(nothing.body()).contains("Images found: 0").doesNotContain(word + ".png");
    HttpResponse<String> noChoice =
        editor.submit(picker, edit, unsaved + "&pickField=logo&action=picked");
    assertThat(noChoice.statusCode()).isEqualTo(422);
    assertThat(noChoice.body()).contains("href=\"#pick-1\"").contains("Choose an image first");

    HttpResponse<String> back =
        editor.submit(picker, edit, unsaved + "&pickField=logo&pick=" + id + "&action=picked");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(back.body())
        .contains("value=\"A title not saved yet\"")
        .contains("A summary typed before choosing</textarea>")
        .contains("<option value=\"region\" selected>")
        .contains("src=\"/media/" + id + "/320/")
        .contains("Alt text: Boats in the harbour at dawn")
        .contains("value=\"remove:logo\"");
    Matcher logo = LOGO.matcher(back.body());
    assertThat(logo.find()).isTrue();
    assertThat(logo.group(1)).startsWith("/media/" + id + "/original/" + word);

    HttpResponse<String> saved =
        editor.submit(
            back, edit, unsaved + "&f-logo=" + SignedIn.enc(logo.group(1)) + "&action=save");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    HttpResponse<String> after = editor.get(edit);
    assertThat(after.body())
        .contains("value=\"A title not saved yet\"")
        .contains("name=\"f-logo\" value=\"" + logo.group(1) + "\"")
        .contains("Alt text: Boats in the harbour at dawn");
    // The library knows the item uses the image: deleting it is refused.
    HttpResponse<String> delete =
        editor.submit(editor.get("admin/media"), "admin/media/" + id + "/delete", "");
    assertThat(delete.statusCode()).isEqualTo(409);

    HttpResponse<String> removed =
        editor.submit(
            after,
            edit,
            form("version", version(after), "title", "A title not saved yet")
                + "&f-logo="
                + SignedIn.enc(logo.group(1))
                + "&action=remove%3Alogo");
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(removed.body()).contains("No image chosen.").contains("name=\"f-logo\" value=\"\"");
    // A saved item's picker can be opened by its address too.
    assertThat(editor.get(edit.replace("/edit", "/pick/logo")).body())
        .contains("name=\"pick\" value=\"" + id + "\" checked");
  }

  @Test
  void aMediaIdThatDoesNotExistIsA422ErrorOnTheField() {
    SignedIn editor = SignedIn.as(root, "picker", null, "EDITOR");
    String edit = newPartner(editor, "missing-" + UUID.randomUUID().toString().substring(0, 8));
    HttpResponse<String> page = editor.get(edit);

    HttpResponse<String> picked =
        editor.submit(
            page,
            edit,
            form(
                "version", version(page),
                "title", "Kept",
                "pickField", "logo",
                "pick", "999999999",
                "action", "picked"));
    assertThat(picked.statusCode()).isEqualTo(422);
    assertThat(picked.body())
        .contains("class=\"error-summary\"")
        .contains("href=\"#field-logo\"")
        .contains("not in the media library")
        .contains("value=\"Kept\"");

    HttpResponse<String> saved =
        editor.submit(
            page,
            edit,
            form(
                "version", version(page),
                "title", "Kept",
                "f-logo", "/media/999999999/original/nothing.png",
                "action", "save"));
    assertThat(saved.statusCode()).isEqualTo(422);
    assertThat(saved.body()).contains("href=\"#field-logo\"").contains("not in the media library");

    HttpResponse<String> noSuchField =
        editor.submit(page, edit, form("version", version(page), "action", "pick:kind"));
    assertThat(noSuchField.statusCode()).isEqualTo(400);
  }

  @Test
  void aPartnerAuthorIsNotOfferedNorAllowedAnotherPartnersImage() throws IOException {
    SignedIn editor = SignedIn.as(root, "picker", null, "EDITOR");
    long editorsImage = upload(editor, "city-hall.png", "The city hall");
    SignedIn author = SignedIn.as(root, "author", "angus-council", "PARTNER_AUTHOR");
    String word = "angus" + UUID.randomUUID().toString().substring(0, 6);
    long own = upload(author, word + ".png", "Angus coast");
    HttpResponse<String> blank = author.get("admin/content/magazine/new");
    HttpResponse<String> picker =
        author.submit(
            blank, "admin/content/magazine/new", form("title", "A", "action", "pick:cover"));
    assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
    assertThat(picker.body())
        .contains("name=\"pick\" value=\"" + own + "\"")
        .doesNotContain("name=\"pick\" value=\"" + editorsImage + "\"");
    HttpResponse<String> taken =
        author.submit(
            picker,
            "admin/content/magazine/new",
            form(
                "title", "A", "pickField", "cover", "pick", "" + editorsImage, "action", "picked"));
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(taken.body()).contains("href=\"#field-cover\"");
  }
}
