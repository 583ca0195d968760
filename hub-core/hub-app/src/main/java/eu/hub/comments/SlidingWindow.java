package eu.hub.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allows each client at most {@code limit} acts in any {@code window}, counting in memory. Kept in
 * memory on purpose: a restart forgetting a few minutes of history costs nothing, and the rule
 * needs no table. Clients that have been quiet for a whole window are forgotten.
 */
public final class SlidingWindow {

  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> acts = new ConcurrentHashMap<>();

  public SlidingWindow(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * Records an act by the client at {@code now} and answers true, or answers false without
   * recording it when the client already used up its allowance.
   */
  public boolean tryAcquire(String client, Instant now) {
    Instant since = now.minus(window);
    boolean[] allowed = {false};
    acts.compute(
        client,
        (key, times) -> {
          Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
          while (!kept.isEmpty() && !kept.peekFirst().isAfter(since)) {
            kept.pollFirst();
          }
          if (kept.size() < limit) {
            kept.addLast(now);
            allowed[0] = true;
          }
          return kept;
        });
    if (acts.size() > 10_000) {
      forgetQuiet(since);
    }
    return allowed[0];
  }

  /** How long until the client may act again (zero when it may now). */
  public Duration retryAfter(String client, Instant now) {
    Duration[] left = {Duration.ZERO};
    acts.computeIfPresent(
        client,
        (key, times) -> {
          if (times.size() >= limit) {
            Duration d = Duration.between(now, times.peekFirst().plus(window));
            left[0] = d.isNegative() ? Duration.ZERO : d;
          }
          return times;
        });
    return left[0];
  }

  public Duration window() {
    return window;
  }

  private void forgetQuiet(Instant since) {
    for (String client : acts.keySet()) {
      acts.computeIfPresent(
          client,
          (key, times) -> times.isEmpty() || !times.peekLast().isAfter(since) ? null : times);
    }
  }
}
