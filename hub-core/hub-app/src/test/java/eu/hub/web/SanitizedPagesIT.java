package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hub.testkit.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.Reader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile Markdown stored through the API comes out of the real page without a way to run script:
 * all 223 payloads of the DOMPurify test set, as raw HTML, as link targets and in the title.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SanitizedPagesIT {

  static final String TOKEN = System.getProperty("hub.it.admin.token");
  private static final List<String> DANGEROUS_ELEMENTS =
      List.of(
          "script", "iframe", "object", "embed", "style", "form", "base", "meta", "svg", "math",
          "link");

  @Deployment(testable = false)
  static WebArchive hub() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("hub.war")));
  }

  @ArquillianResource URL base;

  @Test
  void noScriptVectorOfTheDomPurifySetReachesAPublishedPage() throws Exception {
    Path payloads =
        Path.of(System.getProperty("hub.home"))
            .resolve("hub-core/hub-app/src/test/data/xss/dompurify-payloads.json")
            .normalize();
    assertTrue(Files.isRegularFile(payloads), "XSS payloads not found at " + payloads);
    JsonArray cases;
    try (Reader reader = Files.newBufferedReader(payloads);
        var json = Json.createReader(reader)) {
      cases = json.readArray();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    StringBuilder body = new StringBuilder("Hostile input follows.\n\n");
    for (JsonObject c : cases.getValuesAs(JsonObject.class)) {
      String payload = c.getString("payload").replace("\n", " ");
      body.append(payload).append("\n\n");
      body.append("[a link](")
          .append(payload.replace(")", "%29").replace(" ", "%20"))
          .append(")\n\n");
    }
    Http http = new Http(base.toURI());
    String slug = "xss-" + UUID.randomUUID().toString().substring(0, 8);
    String item =
        Json.createObjectBuilder()
            .add("title", "<img src=x onerror=alert(1)> title")
            .add("summary", "\"><script>alert(2)</script>")
            .add("body", body.toString())
            .add("status", "published")
            .add("fields", Json.createObjectBuilder())
            .build()
            .toString();
    HttpResponse<String> put = http.putJson("api/admin/items/page/" + slug, TOKEN, item);
    assertThat(put.statusCode()).as(put.body()).isIn(200, 201);

    HttpResponse<String> page = http.get("pages/" + slug);
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    Element main = html.selectFirst("main");
    assertThat(main).isNotNull();
    for (String tag : DANGEROUS_ELEMENTS) {
      assertThat(main.select(tag)).as("<%s> in the page body", tag).isEmpty();
    }
    assertThat(html.select("script").eachAttr("type")).allMatch("application/ld+json"::equals);
    for (Element element : html.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase();
        String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
        assertThat(name).as("attribute on <%s>", element.tagName()).doesNotStartWith("on");
        if (List.of("href", "src", "action", "formaction", "xlink:href").contains(name)) {
          assertThat(value)
              .as("%s of <%s>", name, element.tagName())
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
      }
    }
    assertThat(main.select("h1").text()).isEqualTo("<img src=x onerror=alert(1)> title");
  }
}
