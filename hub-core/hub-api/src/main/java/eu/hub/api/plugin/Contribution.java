package eu.hub.api.plugin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of thing a plugin contributes, as listed in its descriptor. The Hub calls only the
 * hooks of the contributions a plugin declares, so the descriptor tells an administrator the whole
 * story before any plugin code runs.
 *
 * @since 0.2
 */
public enum Contribution {
  /** Content types, from {@link eu.hub.api.HubPlugin#contentTypes()}. */
  CONTENT_TYPES("content-types"),
  /** Pages, from {@link eu.hub.api.HubPlugin#pages()}. */
  PAGES("pages"),
  /** Templates in the JAR under {@code hub-templates/}. */
  TEMPLATES("templates"),
  /** UI strings in the JAR under {@code hub-messages/}. */
  MESSAGES("messages"),
  /** A listener for content events, from {@link eu.hub.api.HubPlugin#contentEvents()}. */
  CONTENT_EVENTS("content-events"),
  /** Entries of the admin menu, from {@link eu.hub.api.HubPlugin#adminMenu()}. */
  ADMIN_MENU("admin-menu"),
  /**
   * Search facets: fields of its types marked {@link eu.hub.api.content.FieldDefinition#facet()}.
   */
  FACETS("facets");

  private final String key;

  Contribution(String key) {
    this.key = key;
  }

  /** The name used in the descriptor, for example {@code content-types}. */
  public String key() {
    return key;
  }

  /** The contribution a descriptor names, if there is one. */
  public static Optional<Contribution> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }
}
