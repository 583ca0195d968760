package eu.hub.editorial;

import eu.hub.operations.HubStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes and unpublishes items at their scheduled times by polling the database every {@code
 * hub.editorial.scheduler.interval} seconds (default 10). The schedule lives in the database, so it
 * survives a restart: items that fell due while the Hub was down go out at the first poll.
 */
@ApplicationScoped
public class EditorialScheduler {

  private static final Logger LOG = Logger.getLogger(EditorialScheduler.class.getName());

  // A managed thread of our own rather than the server's ManagedScheduledExecutorService: tasks
  // submitted at start-up carry the deployment's invocation context, which the server then fails
  // to tear down after every run (SEVERE "No invocation on invocation stack"). Plugins does the
  // same.
  @Resource ManagedThreadFactory threads;

  @Inject EditorialService service;
  @Inject HubStartup startup;

  @Inject
  @ConfigProperty(name = "hub.editorial.scheduler.interval", defaultValue = "10")
  int intervalSeconds;

  private volatile ScheduledExecutorService polling;

  void onStart(@Observes Startup event) {
    long every = Math.max(1, intervalSeconds);
    polling =
        Executors.newSingleThreadScheduledExecutor(
            threads != null ? threads : Thread.ofPlatform().daemon().factory());
    polling.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.SECONDS);
    LOG.info("Editorial scheduler polls every " + every + " s");
  }

  /** One poll: publish and unpublish whatever has fallen due. */
  void poll() {
    if (!startup.isReady()) {
      return; // the schema may not be migrated yet
    }
    try {
      int changed = service.runSchedule(OffsetDateTime.now(ZoneOffset.UTC));
      if (changed > 0) {
        LOG.info("Editorial scheduler changed " + changed + " item(s)");
      }
    } catch (RuntimeException e) {
      // Never let one failure stop the polling; the next poll tries again.
      LOG.log(Level.WARNING, "Editorial scheduler run failed", e);
    }
  }

  @PreDestroy
  void stop() {
    ScheduledExecutorService p = polling;
    if (p != null) {
      p.shutdownNow();
    }
  }
}
