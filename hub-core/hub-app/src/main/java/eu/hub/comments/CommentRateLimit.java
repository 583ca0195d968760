package eu.hub.comments;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** At most {@value #PER_WINDOW} comments per client address in ten minutes, against flooding. */
@ApplicationScoped
public class CommentRateLimit {

  static final int PER_WINDOW = 3;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private final SlidingWindow window = new SlidingWindow(PER_WINDOW, WINDOW);

  /** Counts a comment from the address, or answers false when it has sent enough for now. */
  public boolean allow(String clientAddress) {
    return window.tryAcquire(clientAddress, Instant.now());
  }

  /** Whole minutes until the address may comment again, at least one. */
  public long minutesToWait(String clientAddress) {
    long seconds = window.retryAfter(clientAddress, Instant.now()).toSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }
}
