package eu.hub.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.testkit.HubProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schedule lives in the database: an item scheduled while the Hub runs, whose time comes while
 * it is stopped, is published by the first poll after the next start.
 */
class ScheduleRestartIT {

  @TempDir Path work;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aScheduledItemIsPublishedAfterARestartWhenItsTimeCameWhileTheHubWasDown() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path data = work.resolve("data");
    Path content = Files.createDirectories(work.resolve("content"));
    try (HubProcess hub = new HubProcess(data, content)) {
      hub.start(Duration.ofMinutes(3));
      URI root = URI.create(hub.http().get("health/ready").uri().resolve("/").toString());
      String admin = Files.readString(data.resolve("admin.token")).strip();
      String email = "scheduler-" + run + "@example.eu";
      assertThat(
              send(
                      root,
                      "api/admin/users",
                      admin,
                      "{\"email\":\""
                          + email
                          + "\",\"password\":\"violet tram under the old bridge\","
                          + "\"roles\":[\"EDITOR\"]}")
                  .statusCode())
          .isEqualTo(201);
      String token =
          json(send(root, "api/admin/api-tokens", admin, "{\"email\":\"" + email + "\"}"))
              .getString("token");

      String slug = "restart-" + run;
      String item =
          Json.createObjectBuilder()
              .add("type", "page")
              .add("slug", slug)
              .add("title", "Scheduled across a restart")
              .add("body", "Published by the scheduler.")
              .build()
              .toString();
      HttpResponse<String> created = send(root, "api/editorial/items", token, item);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long id = json(created).getJsonNumber("id").longValue();
      String transitions = "api/editorial/items/" + id + "/transitions";
      assertThat(send(root, transitions, token, "{\"transition\":\"submit\"}").statusCode())
          .isEqualTo(200);
      assertThat(send(root, transitions, token, "{\"transition\":\"approve\"}").statusCode())
          .isEqualTo(200);
      OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(20);
      HttpResponse<String> scheduled =
          send(
              root,
              transitions,
              token,
              "{\"transition\":\"schedule\",\"publishAt\":\"" + at + "\"}");
      assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
      hub.stop();
      assertThat(OffsetDateTime.now(ZoneOffset.UTC))
          .as("stopped before the publication time")
          .isBefore(at);

      // Its time comes while the Hub is down.
      while (OffsetDateTime.now(ZoneOffset.UTC).isBefore(at.plusSeconds(1))) {
        Thread.sleep(250);
      }
      hub.start(Duration.ofMinutes(3));
      Instant end = Instant.now().plusSeconds(60);
      int status = hub.http().get("pages/" + slug).statusCode();
      while (status != 200 && Instant.now().isBefore(end)) {
        Thread.sleep(500);
        status = hub.http().get("pages/" + slug).statusCode();
      }
      assertThat(status).as("published by the first poll after the restart").isEqualTo(200);
      assertThat(hub.log()).doesNotContain("SEVERE");
    }
  }

  private HttpResponse<String> send(URI root, String path, String token, String json)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(root.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
