package eu.hub.syndication;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an Atom feed as plain data, so that writing the feed does not need the database.
 *
 * @param id a stable {@code tag:} URI
 * @param link the absolute URL of the item's page
 * @param published when the item was first published
 * @param updated when the item last changed
 * @param summary may be null
 * @param authors names of the people who wrote it, where known
 * @param contributors people and organisations who took part, where known
 * @param categories the taxonomy terms the item is tagged with
 */
public record FeedEntry(
    String id,
    String title,
    String link,
    Instant published,
    Instant updated,
    String summary,
    List<String> authors,
    List<Contributor> contributors,
    List<Category> categories) {

  /** A person or organisation; {@code uri} may be null. */
  public record Contributor(String name, String uri) {}

  /**
   * A taxonomy term.
   *
   * @param term the term's key, for example {@code participatory-budgeting}
   * @param scheme the absolute URL of the vocabulary, for example {@code
   *     https://hub.example.eu/themes/}
   * @param label the term as people write it, for example {@code Participatory budgeting}
   */
  public record Category(String term, String scheme, String label) {}
}
