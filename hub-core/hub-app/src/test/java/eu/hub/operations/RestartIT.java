package eu.hub.operations;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.Http;
import eu.hub.testkit.HubProcess;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the Hub with {@code ./hub run}, stops it with SIGTERM and starts it again: content is
 * kept, unchanged files are skipped, a changed file becomes a new revision, and a bad file is
 * reported with its line while the rest loads.
 */
class RestartIT {

  private static final String VECTOR_API_NOTICE =
      "WARNING: Using incubator modules: jdk.incubator.vector";

  @TempDir Path work;

  @Test
  void contentSurvivesARestartAndOnlyChangedFilesAreImportedAgain() throws Exception {
    // Unique names: the PostgreSQL database is shared by every run of the suite.
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path content = Files.createDirectories(work.resolve("content"));
    Path first = content.resolve("restart-" + run + "-one.md");
    Path second = content.resolve("restart-" + run + "-two.md");
    Files.writeString(first, page("First page", "Kept across restarts."));
    Files.writeString(second, page("Second page", "Changed between starts."));

    try (HubProcess hub = new HubProcess(work.resolve("data"), content)) {
      hub.start(Duration.ofMinutes(3));
      assertThat(readiness(hub.http()))
          .containsEntry("contentAdded", "2")
          .containsEntry("contentProblems", "0");
      assertThat(hub.http().get("pages/restart-" + run + "-one").statusCode()).isEqualTo(200);
      // The JVM's own notice that ./hub run lends Lucene the Vector API (jdk.incubator.vector) is
      // expected; any other warning is not.
      String log = hub.log().replace(VECTOR_API_NOTICE, "");
      assertThat(log)
          .as("a normal start logs no warning, error or stack trace")
          .doesNotContain("WARNING")
          .doesNotContain("SEVERE")
          .doesNotContain("SLF4J")
          .doesNotContain("\tat ")
          .contains("Hub ready in");
      hub.stop();

      Files.writeString(second, page("Second page, revised", "Changed between starts."));
      Files.writeString(
          first,
          page("First page", "Kept across restarts.")
              .replace("type: page", "type: page\nslug: restart-" + run + "-first"));
      Files.writeString(
          content.resolve("restart-" + run + "-bad.md"),
          "---\ntype: page\ntitle: [unclosed\n---\nBody");
      Files.writeString(
          content.resolve("restart-" + run + "-unchecked.md"),
          page(
                  "Unchecked",
                  "A picture:\n\n![](/media/chart.png)\n\nSee [the plan](/pages/no-such-plan).")
              .replace(
                  "summary: A page for the restart test.",
                  "summary: A page that the restart test writes with a summary of one long sentence"
                      + " that goes on and on so that the publishing checks hint that it is hard"
                      + " to read."));
      hub.start(Duration.ofMinutes(3));

      assertThat(readiness(hub.http()))
          .containsEntry("contentAdded", "1")
          .containsEntry("contentUpdated", "2")
          .containsEntry("contentUnchanged", "0")
          .containsEntry("contentProblems", "3");
      JsonObject revised = hub.http().json("api/content/page/restart-" + run + "-two");
      assertThat(revised.getJsonObject("item").getString("title"))
          .isEqualTo("Second page, revised");
      assertThat(revised.getJsonObject("item").getInt("revision")).isEqualTo(2);

      HttpResponse<String> moved = hub.http().get("pages/restart-" + run + "-one");
      assertThat(moved.statusCode()).as("the old address of a renamed item").isEqualTo(301);
      assertThat(moved.headers().firstValue("Location"))
          .get()
          .asString()
          .endsWith("/pages/restart-" + run + "-first");
      assertThat(hub.http().get("pages/restart-" + run + "-first").statusCode()).isEqualTo(200);

      assertThat(hub.log())
          .containsPattern("restart-" + run + "-bad\\.md:3: front matter is not valid YAML")
          .containsPattern("restart-" + run + "-unchecked\\.md:8: kept as a draft: .*alt text")
          .containsPattern(
              "restart-" + run + "-unchecked\\.md:10: kept as a draft: .*/pages/no-such-plan")
          .containsPattern(
              "restart-"
                  + run
                  + "-unchecked\\.md:4: 'summary': The summary has a sentence of 31"
                  + " words");
      assertThat(hub.http().get("pages/restart-" + run + "-unchecked").statusCode())
          .as("an item with a broken link or an undescribed image is not published")
          .isEqualTo(404);

      String reindex = hub.command("reindex");
      assertThat(reindex)
          .contains("items indexed")
          .containsPattern("Done: \\d+ items in the index");
      assertThat(hub.http().json("api/search?q=revised").getJsonNumber("total").longValue())
          .as("search works after the rebuild")
          .isPositive();
    }
  }

  private static String page(String title, String body) {
    return "---\ntype: page\ntitle: "
        + title
        + "\nsummary: A page for the restart test.\n---\n"
        + body
        + "\n";
  }

  private static Map<String, String> readiness(Http http) {
    JsonObject hub =
        http.json("health/ready").getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("hub"))
            .findFirst()
            .orElseThrow();
    Map<String, String> data = new HashMap<>();
    hub.getJsonObject("data")
        .forEach((k, v) -> data.put(k, hub.getJsonObject("data").getString(k)));
    return data;
  }
}
