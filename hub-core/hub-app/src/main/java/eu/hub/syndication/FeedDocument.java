package eu.hub.syndication;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed as plain data.
 *
 * @param id the feed's permanent id (its absolute URL)
 * @param self the absolute URL the feed is served at
 * @param alternate the absolute URL of the page that shows the same items
 * @param updated when the newest entry changed; a fixed instant for an empty feed, so that an
 *     unchanged empty feed keeps its ETag
 * @param author the feed's author, the site itself: Atom needs one when an entry names none
 * @param authorUri the site's address
 */
public record FeedDocument(
    String id,
    String title,
    String self,
    String alternate,
    Instant updated,
    String author,
    String authorUri,
    List<FeedEntry> entries) {

  /** The updated time of an empty feed. */
  static final Instant NOTHING_YET = Instant.EPOCH;

  /** The updated time for a feed with these entries: the latest entry update. */
  static Instant updatedOf(List<FeedEntry> entries) {
    return entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(NOTHING_YET);
  }
}
