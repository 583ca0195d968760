package eu.hub.editorial;

import java.time.OffsetDateTime;

/**
 * A transition asked for, with what it needs.
 *
 * @param transition which one
 * @param version {@link EditorialItem#version()} the editor saw, or null not to check
 * @param comment why (kept on the transition in the audit log and the revision), or null
 * @param publishAt for {@link Transition#SCHEDULE}: when to publish (required, in the future)
 * @param unpublishAt for {@link Transition#SCHEDULE} and {@link Transition#PUBLISH}: when to take
 *     it off the site again, or null
 */
public record TransitionRequest(
    Transition transition,
    Long version,
    String comment,
    OffsetDateTime publishAt,
    OffsetDateTime unpublishAt) {

  /** A transition with only a comment. */
  public static TransitionRequest of(Transition transition, String comment) {
    return new TransitionRequest(transition, null, comment, null, null);
  }
}
