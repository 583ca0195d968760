package eu.hub.plugin;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the Hub calls into a plugin. Each call runs on the guard's own bounded pool with a
 * time limit; whatever it throws (errors included) is caught and logged once with the plugin's id,
 * and the caller gets an empty answer and carries on without the plugin's part. After {@link
 * #maxFailures} failures in a row the plugin is disabled with the reason. Only a success of the
 * hook that failed last breaks the row: a page that always fails is not excused by a scheduled job
 * that keeps succeeding.
 *
 * <p>A call that times out is interrupted; a plugin that ignores interruption keeps one pool thread
 * busy, which is why the pool is bounded and why such a plugin is soon disabled.
 */
public final class PluginGuard implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginGuard.class.getName());

  /** Told when a plugin has failed too often. */
  @FunctionalInterface
  public interface Breaker {
    /** Disables the plugin for the reason. */
    void trip(String pluginId, String reason);
  }

  /** What the guard needs of a plugin: its id, and a place to count its failures. */
  public interface Guarded {
    String id();

    /** Failures in a row, reset by each success. */
    AtomicInteger failuresInARow();

    /** Remembers the last failure, for administrators. */
    void lastError(String error);

    /** Whether calls may go in at all. */
    boolean callable();

    /** The plugin's class loader, made the context class loader during calls. */
    ClassLoader loader();
  }

  private final Duration timeLimit;
  private final int maxFailures;
  private final Breaker breaker;
  private final ExecutorService pool;

  /** The kind of hook each plugin failed in last, by plugin id. */
  private final Map<String, String> lastFailed = new ConcurrentHashMap<>();

  /**
   * @param threads how many plugin calls may run at once
   */
  public PluginGuard(
      Duration timeLimit, int maxFailures, int threads, ThreadFactory factory, Breaker breaker) {
    this.timeLimit = timeLimit;
    this.maxFailures = maxFailures;
    this.breaker = breaker;
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(200),
            r -> {
              Thread t = factory.newThread(r);
              t.setName("hub-plugin-call-" + count.incrementAndGet());
              return t;
            });
    ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
  }

  /**
   * Calls into the plugin.
   *
   * @param what names the hook in the log ("pages of event-calendar")
   * @return the answer, or empty when the plugin is not callable, failed or took too long
   */
  public <T> Optional<T> call(Guarded plugin, String what, Callable<T> hook) {
    if (!plugin.callable()) {
      return Optional.empty();
    }
    ClassLoader pluginLoader = plugin.loader();
    Future<T> future;
    try {
      future =
          pool.submit(
              () -> {
                Thread current = Thread.currentThread();
                ClassLoader before = current.getContextClassLoader();
                current.setContextClassLoader(pluginLoader);
                try {
                  return hook.call();
                } finally {
                  current.setContextClassLoader(before);
                }
              });
    } catch (RejectedExecutionException busy) {
      fail(plugin, what, "the Hub is too busy to call it (too many calls waiting)", null);
      return Optional.empty();
    }
    try {
      T answer = future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
      String failed = lastFailed.get(plugin.id());
      if (failed == null || failed.equals(kind(what))) {
        plugin.failuresInARow().set(0);
        lastFailed.remove(plugin.id());
      }
      return Optional.ofNullable(answer);
    } catch (TimeoutException slow) {
      future.cancel(true);
      fail(plugin, what, "took longer than " + timeLimit.toMillis() + " ms", null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      fail(plugin, what, "threw " + cause, cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** Runs a hook that answers nothing; false when it failed. */
  public boolean run(Guarded plugin, String what, Runnable hook) {
    return call(
            plugin,
            what,
            () -> {
              hook.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  private void fail(Guarded plugin, String what, String problem, Throwable cause) {
    String message = "Plugin " + plugin.id() + ": " + what + " " + problem;
    plugin.lastError(message);
    LOG.log(Level.WARNING, message, cause);
    lastFailed.put(plugin.id(), kind(what));
    int inARow = plugin.failuresInARow().incrementAndGet();
    if (inARow >= maxFailures) {
      plugin.failuresInARow().set(0);
      lastFailed.remove(plugin.id());
      breaker.trip(
          plugin.id(), "disabled after " + inARow + " failures in a row; the last: " + message);
    }
  }

  /**
   * The hook a call is of, without what varies between calls: "page /events/ics/{file}" for "page
   * /events/ics/{file} (/events/ics/a.ics)", "content event" for any content event.
   */
  static String kind(String what) {
    if (what.startsWith("content event")) {
      return "content event";
    }
    int detail = what.indexOf(" (");
    return detail < 0 ? what : what.substring(0, detail);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
