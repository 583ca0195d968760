package eu.hub.media;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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

/**
 * The media library on the real Hub: uploads through the API and the admin form, checked by content
 * and limits, served with strict headers and variants, scoped by partner, guarded by CSRF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaIT {

  private static final String TOKEN = System.getProperty("hub.it.admin.token");
  private static final String PASSWORD = "violet tram under the old bridge";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  URI root;
  Http http;

  @BeforeEach
  void connect() throws URISyntaxException {
    root = base.toURI();
    http = new Http(root);
    assertThat(http.get("health/ready").statusCode())
        .as("the Hub deployed and became ready at %s", base)
        .isEqualTo(200);
  }

  /** A file part of a multipart form. */
  record FilePart(String fileName, String contentType, byte[] data) {}

  /** A browser: its own cookies, no redirects followed. */
  final class Browser {
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            // HTTP/1.1 as browsers speak it to the Hub: an h2c upgrade with a large body was
            // reset by the server (RST_STREAM) before the 413 came back.
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String csrf;

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    HttpResponse<byte[]> bytes(String path, String ifNoneMatch) {
      HttpRequest.Builder r = HttpRequest.newBuilder(root.resolve(path)).GET();
      if (ifNoneMatch != null) {
        r.header("If-None-Match", ifNoneMatch);
      }
      try {
        return client.send(
            r.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<String> post(String path, String form) {
      return send(
          HttpRequest.newBuilder(root.resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    String csrfFrom(HttpResponse<String> page) {
      Matcher m = CSRF.matcher(page.body());
      assertThat(m.find()).as("a CSRF field in %s", page.body()).isTrue();
      return m.group(1);
    }

    Browser signIn(String email) {
      String token = csrfFrom(get("sign-in"));
      HttpResponse<String> r =
          post("sign-in", "csrf=" + token + "&email=" + enc(email) + "&password=" + enc(PASSWORD));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
      csrf = csrfFrom(get("admin/media"));
      return this;
    }

    /** The JSON API: multipart with the token in the X-CSRF-Token header (when there is one). */
    HttpResponse<String> apiUpload(FilePart file, String alt, String title) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("file", file);
      if (alt != null) {
        fields.put("alt", alt);
      }
      if (title != null) {
        fields.put("title", title);
      }
      String boundary = "----hub" + UUID.randomUUID();
      HttpRequest.Builder r =
          HttpRequest.newBuilder(root.resolve("api/editorial/media"))
              .header("Accept", "application/json")
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields)));
      if (csrf != null) {
        r.header("X-CSRF-Token", csrf);
      }
      return send(r);
    }

    /** The admin form, as a browser sends it: the token as the first field. */
    HttpResponse<String> formUpload(String token, FilePart file, String alt, String title) {
      Map<String, Object> fields = new LinkedHashMap<>();
      if (token != null) {
        fields.put("csrf", token);
      }
      fields.put("file", file);
      fields.put("alt", alt == null ? "" : alt);
      fields.put("title", title == null ? "" : title);
      String boundary = "----hub" + UUID.randomUUID();
      return send(
          HttpRequest.newBuilder(root.resolve("admin/media"))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static byte[] multipart(String boundary, Map<String, Object> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
      if (f.getValue() instanceof FilePart file) {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\""
                    + f.getKey()
                    + "\"; filename=\""
                    + file.fileName()
                    + "\"\r\nContent-Type: "
                    + file.contentType()
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file.data());
      } else {
        out.writeBytes(
            ("Content-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue())
                .getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String newUser(String roles, String partner) {
    String email = "media-" + UUID.randomUUID().toString().substring(0, 8) + "@example.eu";
    String extra = partner == null ? "" : ",\"partner\":\"" + partner + "\"";
    HttpResponse<String> created =
        new Browser()
            .send(
                HttpRequest.newBuilder(root.resolve("api/admin/users"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\""
                                + email
                                + "\",\"password\":\""
                                + PASSWORD
                                + "\",\"roles\":["
                                + roles
                                + "]"
                                + extra
                                + "}")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return email;
  }

  private Browser editor() {
    return new Browser().signIn(newUser("\"EDITOR\"", null));
  }

  /** A real image that no other test uploads, so that it is not a duplicate. */
  private static byte[] uniqueImage(String format, int width, int height) {
    byte[] image = TestFiles.image(format, width, height);
    // A distinct final byte after the image's end keeps the decoders happy and the hash unique.
    return TestFiles.concat(image, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUploadedPngIsServedAsPngWithStrictHeadersCachingAndResizedVariants() throws IOException {
    Browser editor = editor();
    byte[] png = uniqueImage("png", 1600, 900);
    HttpResponse<String> up =
        editor.apiUpload(
            new FilePart("Harbour.PNG", "image/png", png), "A blue square with a circle", null);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    JsonObject item = Http.parse(up.body());
    assertThat(item.getString("contentType")).isEqualTo("image/png");
    assertThat(item.getInt("width")).isEqualTo(1600);
    assertThat(item.getInt("height")).isEqualTo(900);
    assertThat(item.getString("sha256")).hasSize(64);
    assertThat(item.getJsonArray("variants")).hasSize(3);
    String url = item.getString("url");
    assertThat(url).matches("/media/[0-9]+/original/harbour\\.png");
    assertThat(item.getString("markdown")).isEqualTo("![A blue square with a circle](" + url + ")");

    HttpResponse<byte[]> original = editor.bytes(url.substring(1), null);
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.body()).isEqualTo(png);
    assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(original.headers().allValues("Content-Security-Policy"))
        .containsExactly(MediaServing.POLICY);
    assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(original.headers().firstValue("Cache-Control").orElseThrow())
        .contains("max-age=31536000");
    String etag = original.headers().firstValue("ETag").orElseThrow();
    assertThat(editor.bytes(url.substring(1), etag).statusCode()).isEqualTo(304);

    String small = item.getJsonArray("variants").getJsonObject(1).getString("url");
    assertThat(small).matches("/media/[0-9]+/640/harbour\\.png");
    HttpResponse<byte[]> variant = editor.bytes(small.substring(1), null);
    assertThat(variant.statusCode()).isEqualTo(200);
    assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(variant.headers().allValues("Content-Security-Policy"))
        .containsExactly(MediaServing.POLICY);
    BufferedImage resized = ImageIO.read(new ByteArrayInputStream(variant.body()));
    assertThat(resized.getWidth()).isEqualTo(640);
    assertThat(resized.getHeight()).isEqualTo(360);

    HttpResponse<String> again =
        editor.apiUpload(new FilePart("copy.png", "image/png", png), "Same file again", null);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.parse(again.body()).getBoolean("duplicate")).isTrue();
    assertThat(Http.parse(again.body()).getInt("id")).isEqualTo(item.getInt("id"));
  }

  @Test
  void aJpegAndAPdfUploadThroughTheAdminFormAndThePdfIsServedAsAnAttachment() {
    Browser editor = editor();
    HttpResponse<String> jpeg =
        editor.formUpload(
            editor.csrf,
            new FilePart("photo.jpg", "image/jpeg", uniqueImage("jpg", 800, 600)),
            "A photo of a circle",
            null);
    assertThat(jpeg.statusCode()).as(jpeg.body()).isEqualTo(303);
    assertThat(jpeg.headers().firstValue("Location").orElseThrow()).contains("/admin/media?added=");

    byte[] pdf = TestFiles.concat(TestFiles.pdf(), UUID.randomUUID().toString().getBytes());
    HttpResponse<String> upload =
        editor.formUpload(
            editor.csrf, new FilePart("report.pdf", "application/pdf", pdf), "", "Annual report");
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);

    HttpResponse<String> page = editor.get("admin/media");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("A photo of a circle")
        .contains("Annual report")
        .contains("enctype=\"multipart/form-data\"");
    Matcher pdfUrl = Pattern.compile("/media/[0-9]+/original/report\\.pdf").matcher(page.body());
    assertThat(pdfUrl.find()).isTrue();
    HttpResponse<byte[]> served = editor.bytes(pdfUrl.group().substring(1), null);
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(pdf);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
  }

  @Test
  void anSvgOrHtmlDisguisedAsAnImageAndAnImageScriptPolyglotAreRefused() {
    Browser editor = editor();
    HttpResponse<String> svg =
        editor.apiUpload(new FilePart("logo.png", "image/png", TestFiles.svg()), "Logo", null);
    assertThat(svg.statusCode()).as(svg.body()).isEqualTo(415);
    assertThat(Http.parse(svg.body()).getString("message")).contains("not a PNG, JPEG");

    HttpResponse<String> html =
        editor.apiUpload(new FilePart("photo.jpg", "image/jpeg", TestFiles.html()), "Photo", null);
    assertThat(html.statusCode()).as(html.body()).isEqualTo(415);

    HttpResponse<String> polyglot =
        editor.apiUpload(
            new FilePart("anim.gif", "image/gif", TestFiles.polyglotGif()), "Animation", null);
    assertThat(polyglot.statusCode()).as(polyglot.body()).isEqualTo(422);
    assertThat(Http.parse(polyglot.body()).getString("message")).contains("<html>");

    HttpResponse<String> form =
        editor.formUpload(
            editor.csrf, new FilePart("logo.png", "image/png", TestFiles.svg()), "Logo", null);
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(form.body()).contains("error-summary").contains("href=\"#file\"");
  }

  @Test
  void aFileOverTheSizeLimitGets413() {
    Browser editor = editor();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(TestFiles.image("png", 4, 4), 0, big, 0, 8);
    HttpResponse<String> r =
        editor.apiUpload(new FilePart("big.png", "image/png", big), "Too big", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.body()).contains("10 MB");
    // Far over the limit: refused from the Content-Length before the body is read. A client that
    // asks first (Expect: 100-continue) does not even send it.
    byte[] overall = Arrays.copyOf(big, 11 * 1024 * 1024);
    String boundary = "----hub" + UUID.randomUUID();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", new FilePart("bigger.png", "image/png", overall));
    fields.put("alt", "Too big");
    HttpResponse<String> early =
        editor.send(
            HttpRequest.newBuilder(root.resolve("api/editorial/media"))
                .version(HttpClient.Version.HTTP_1_1)
                .expectContinue(true)
                .header("X-CSRF-Token", editor.csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields))));
    assertThat(early.statusCode()).isEqualTo(413);
    assertThat(early.body()).contains("10 MB");
  }

  @Test
  void aTinyPngClaiming50000By50000PixelsIsRefusedWithoutBeingDecoded() {
    Browser editor = editor();
    HttpResponse<String> r =
        editor.apiUpload(
            new FilePart("bomb.png", "image/png", TestFiles.pngClaiming(50_000, 50_000)),
            "A bomb",
            null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(Http.parse(r.body()).getString("message"))
        .contains("50000 × 50000")
        .contains("pixels");
  }

  @Test
  void anImageWithoutAltTextAndAPdfWithoutTitleAreRefused() {
    Browser editor = editor();
    HttpResponse<String> noAlt =
        editor.apiUpload(
            new FilePart("a.png", "image/png", uniqueImage("png", 10, 10)), "   ", null);
    assertThat(noAlt.statusCode()).as(noAlt.body()).isEqualTo(422);
    assertThat(Http.parse(noAlt.body()).getString("field")).isEqualTo("alt");

    HttpResponse<String> noTitle =
        editor.apiUpload(new FilePart("a.pdf", "application/pdf", TestFiles.pdf()), null, null);
    assertThat(noTitle.statusCode()).isEqualTo(422);
    assertThat(Http.parse(noTitle.body()).getString("field")).isEqualTo("title");

    HttpResponse<String> form =
        editor.formUpload(
            editor.csrf, new FilePart("a.png", "image/png", uniqueImage("png", 10, 10)), "", null);
    assertThat(form.statusCode()).isEqualTo(422);
    assertThat(form.body()).contains("href=\"#alt\"").contains("aria-invalid=\"true\"");
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefused() {
    Browser editor = editor();
    String token = editor.csrf;
    editor.csrf = null;
    HttpResponse<String> api =
        editor.apiUpload(new FilePart("a.png", "image/png", uniqueImage("png", 5, 5)), "x", null);
    assertThat(api.statusCode()).isEqualTo(403);
    HttpResponse<String> form =
        editor.formUpload(
            null, new FilePart("a.png", "image/png", uniqueImage("png", 5, 5)), "x", null);
    assertThat(form.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong =
        editor.formUpload(
            token + "x", new FilePart("a.png", "image/png", uniqueImage("png", 5, 5)), "x", null);
    assertThat(wrong.statusCode()).isEqualTo(403);
  }

  @Test
  void aReaderWhoIsNotSignedInCannotUploadOrListMedia() {
    Browser reader = new Browser();
    reader.csrf = reader.csrfFrom(reader.get("sign-in"));
    HttpResponse<String> api =
        reader.apiUpload(new FilePart("a.png", "image/png", uniqueImage("png", 5, 5)), "x", null);
    assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
    HttpResponse<String> form =
        reader.formUpload(
            reader.csrf, new FilePart("a.png", "image/png", uniqueImage("png", 5, 5)), "x", null);
    assertThat(form.statusCode()).isEqualTo(303);
    assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    assertThat(reader.get("api/editorial/media").statusCode()).isEqualTo(401);
  }

  @Test
  void aPartnerAuthorSeesOnlyTheirOwnPartnersMedia() {
    Browser lund = new Browser().signIn(newUser("\"PARTNER_AUTHOR\"", "city-of-lund"));
    Browser angus = new Browser().signIn(newUser("\"PARTNER_AUTHOR\"", "angus-council"));
    HttpResponse<String> up =
        lund.apiUpload(
            new FilePart("lund.png", "image/png", uniqueImage("png", 50, 50)), "Lund's logo", null);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    int id = Http.parse(up.body()).getInt("id");
    assertThat(Http.parse(up.body()).getString("partner")).isEqualTo("city-of-lund");

    assertThat(lund.get("api/editorial/media").body()).contains("\"id\":" + id + ",");
    assertThat(angus.get("api/editorial/media").body()).doesNotContain("\"id\":" + id + ",");
    assertThat(angus.get("api/editorial/media/" + id).statusCode()).isEqualTo(404);
    assertThat(angus.get("admin/media").body()).doesNotContain("lund.png");
    assertThat(editor().get("admin/media").body()).contains("lund.png");
  }

  @Test
  void mediaUsedByContentCannotBeDeletedAndThePageGetsASrcset() {
    Browser editor = editor();
    HttpResponse<String> up =
        editor.apiUpload(
            new FilePart("used.png", "image/png", uniqueImage("png", 900, 300)),
            "A wide band",
            null);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    JsonObject item = Http.parse(up.body());
    int id = item.getInt("id");
    String slug = "media-" + UUID.randomUUID().toString().substring(0, 8);
    String page =
        Json.createObjectBuilder()
            .add("title", "A page with an image")
            .add("body", "Look:\n\n" + item.getString("markdown") + "\n")
            .add("status", "published")
            .add("fields", Json.createObjectBuilder())
            .build()
            .toString();
    assertThat(http.putJson("api/admin/items/page/" + slug, TOKEN, page).statusCode())
        .isIn(200, 201);

    HttpResponse<String> rendered = http.get("pages/" + slug);
    assertThat(rendered.statusCode()).isEqualTo(200);
    assertThat(rendered.body())
        .contains("srcset=\"/media/" + id + "/320/used.png 320w , /media/" + id + "/640/used.png")
        .contains("width=\"900\"")
        .contains("height=\"300\"");

    HttpResponse<String> refused =
        editor.send(
            HttpRequest.newBuilder(root.resolve("api/editorial/media/" + id))
                .header("X-CSRF-Token", editor.csrf)
                .DELETE());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains(slug);
    HttpResponse<String> formRefused =
        editor.post("admin/media/" + id + "/delete", "csrf=" + editor.csrf);
    assertThat(formRefused.statusCode()).isEqualTo(409);
    assertThat(formRefused.body()).contains("A page with an image");

    HttpResponse<String> unused =
        editor.apiUpload(
            new FilePart("unused.png", "image/png", uniqueImage("png", 20, 20)), "Spare", null);
    int spare = Http.parse(unused.body()).getInt("id");
    HttpResponse<String> saved =
        editor.post(
            "admin/media/" + spare, "csrf=" + editor.csrf + "&alt=" + enc("A spare square"));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(editor.get("api/editorial/media/" + spare).body()).contains("A spare square");
    HttpResponse<String> deleted =
        editor.post("admin/media/" + spare + "/delete", "csrf=" + editor.csrf);
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(editor.get("api/editorial/media/" + spare).statusCode()).isEqualTo(404);
    assertThat(http.get("media/" + spare + "/original/unused.png").statusCode()).isEqualTo(404);
  }
}
