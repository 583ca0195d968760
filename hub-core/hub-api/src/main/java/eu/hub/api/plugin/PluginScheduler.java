package eu.hub.api.plugin;

import java.time.Duration;

/**
 * Runs a plugin's jobs on the Hub's own threads. Each run goes through the same fault guard as
 * every other call into a plugin: it is timed out, and a job that keeps failing disables its
 * plugin.
 *
 * @since 0.2
 */
public interface PluginScheduler {

  /**
   * Runs the job every {@code period}, the first time after one period. Jobs stop when the plugin
   * is disabled.
   *
   * @param name names the job in logs
   */
  void every(Duration period, String name, Runnable job);
}
