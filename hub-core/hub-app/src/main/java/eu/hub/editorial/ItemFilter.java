package eu.hub.editorial;

import eu.hub.content.ContentStatus;

/**
 * Which items an editor wants to see; null means any. Partner authors only ever see their own
 * partner's items, whatever the filter.
 *
 * @param type a content type's name
 * @param state the workflow state of the working version
 * @param updatedBy only items last changed by this email (for "my drafts")
 * @param text words the title must contain (case-insensitive)
 * @param offset how many to skip, most recently changed first
 * @param limit how many at most (1 to 200)
 */
public record ItemFilter(
    String type, ContentStatus state, String updatedBy, String text, int offset, int limit) {

  /** Every item the editor may see, most recently changed first. */
  public static ItemFilter all(int limit) {
    return new ItemFilter(null, null, null, null, 0, limit);
  }

  /** Items in one workflow state (for example those waiting for review). */
  public static ItemFilter inState(ContentStatus state, int limit) {
    return new ItemFilter(null, state, null, null, 0, limit);
  }
}
