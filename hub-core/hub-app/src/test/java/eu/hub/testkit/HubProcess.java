package eu.hub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the Hub exactly as a person does, with {@code ./hub run}, against the database the test
 * run uses (H2 under the data directory, or PostgreSQL when {@code hub.test.db=postgres}).
 */
public final class HubProcess implements AutoCloseable {

  private final Path data;
  private final Path content;
  private final Path log;
  private final int port;
  private Process process;

  public HubProcess(Path data, Path content) {
    this.data = data;
    this.content = content;
    this.log = data.resolveSibling(data.getFileName() + "-hub.log");
    this.port = freePort();
  }

  /** Starts the Hub and waits until {@code /health/ready} answers 200, or fails. */
  public HubProcess start(Duration timeout) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("hub.home"), "hub").toString());
    command.addAll(
        List.of(
            "run",
            "--port",
            String.valueOf(port),
            "--data",
            data.toString(),
            "--content",
            content.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("HUB_NO_BUILD", "1");
    if ("postgres".equals(System.getProperty("hub.test.db"))) {
      env.put("HUB_DB_URL", System.getProperty("hub.it.db.url"));
      env.put("HUB_DB_USER", System.getProperty("hub.it.db.user"));
      env.put("HUB_DB_PASSWORD", System.getProperty("hub.it.db.password"));
    }
    try {
      Files.createDirectories(data);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Http http = http();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The Hub exited with " + process.exitValue() + ": see " + log);
      }
      try {
        if (http.get("health/ready").statusCode() == 200) {
          return this;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      sleep(250);
    }
    throw new IllegalStateException("The Hub was not ready within " + timeout + ": see " + log);
  }

  /** Stops the Hub as Ctrl-C or a service manager would (SIGTERM) and waits for it to exit. */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("The Hub did not stop within 60 s after SIGTERM");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      process = null;
    }
  }

  /** Runs another {@code ./hub} command against this Hub's data directory; returns its output. */
  public String command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("hub.home"), "hub").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("--data", data.toString()));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("./hub " + String.join(" ", args) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Http http() {
    return new Http(URI.create("http://127.0.0.1:" + port + "/"));
  }

  /** Everything the Hub has printed so far, over all its starts. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
