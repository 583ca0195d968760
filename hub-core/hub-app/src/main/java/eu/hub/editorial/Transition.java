package eu.hub.editorial;

import static eu.hub.content.ContentStatus.APPROVED;
import static eu.hub.content.ContentStatus.ARCHIVED;
import static eu.hub.content.ContentStatus.DRAFT;
import static eu.hub.content.ContentStatus.IN_REVIEW;
import static eu.hub.content.ContentStatus.PUBLISHED;
import static eu.hub.content.ContentStatus.SCHEDULED;

import eu.hub.content.ContentStatus;
import eu.hub.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A step of the workflow, with the states it starts from, the state it leads to and the roles
 * allowed to take it: one permission per transition, as in Drupal's content moderation.
 * Administrators may take every transition. The state a transition starts from is the state of the
 * version being worked on ({@link EditorialItem#state()}), except {@link #UNPUBLISH}, which takes
 * the live item off the site.
 */
public enum Transition {
  /** Draft to review: the author hands it over. */
  SUBMIT(EnumSet.of(DRAFT), IN_REVIEW, EnumSet.of(Role.PARTNER_AUTHOR, Role.EDITOR)),
  /** Back to draft from review, approval or schedule, with a comment saying what to change. */
  RETURN(EnumSet.of(IN_REVIEW, APPROVED, SCHEDULED), DRAFT, EnumSet.of(Role.REVIEWER, Role.EDITOR)),
  /** Review passed. */
  APPROVE(EnumSet.of(IN_REVIEW), APPROVED, EnumSet.of(Role.REVIEWER, Role.EDITOR)),
  /** Approved item to be published (and optionally unpublished) at a date and time. */
  SCHEDULE(EnumSet.of(APPROVED), SCHEDULED, EnumSet.of(Role.EDITOR)),
  /** Publishes now; an editor may publish a draft directly. Refused when the checks find errors. */
  PUBLISH(EnumSet.of(DRAFT, IN_REVIEW, APPROVED, SCHEDULED), PUBLISHED, EnumSet.of(Role.EDITOR)),
  /** Takes a published item off the site; it is kept, archived. */
  UNPUBLISH(EnumSet.of(PUBLISHED), ARCHIVED, EnumSet.of(Role.EDITOR)),
  /** Brings an archived item back as a draft. */
  REOPEN(EnumSet.of(ARCHIVED), DRAFT, EnumSet.of(Role.EDITOR));

  private final Set<ContentStatus> from;
  private final ContentStatus to;
  private final Set<Role> roles;

  Transition(Set<ContentStatus> from, ContentStatus to, Set<Role> roles) {
    this.from = Set.copyOf(from);
    this.to = to;
    this.roles = Set.copyOf(roles);
  }

  public Set<ContentStatus> from() {
    return from;
  }

  public ContentStatus to() {
    return to;
  }

  /** The roles allowed to take it, besides administrators. */
  public Set<Role> roles() {
    return roles;
  }

  /** Whether it starts from that state. */
  public boolean startsFrom(ContentStatus state) {
    return from.contains(state);
  }

  /** Whether someone with these roles may take it (not looking at whose item it is). */
  public boolean permits(Set<Role> held) {
    return held.contains(Role.ADMINISTRATOR) || held.stream().anyMatch(roles::contains);
  }

  /** The name used in URLs and JSON: lower case ({@code submit}, {@code publish}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A transition by its key, in any case. */
  public static Optional<Transition> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String n = key.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(t -> t.name().equals(n)).findFirst();
  }
}
