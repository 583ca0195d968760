package eu.hub.plugin;

/** Where a plugin stands, as administrators see it. */
public enum PluginState {
  /** Loaded, and its contributions are live. */
  ENABLED,
  /** Loaded, but switched off by an administrator or by the fault guard. */
  DISABLED,
  /** Not loaded: its descriptor or its bytecode was refused. */
  REFUSED,
  /** Not loaded: its JAR or entry class could not be loaded or started. */
  FAILED
}
