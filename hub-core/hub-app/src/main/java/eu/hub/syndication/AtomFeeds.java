package eu.hub.syndication;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes Atom 1.0 (RFC 4287) documents with ROME's Atom model rather than its generic one, which
 * would drop category labels and the difference between published and updated.
 */
public final class AtomFeeds {

  /** The media type of every feed the Hub serves. */
  public static final String MEDIA_TYPE = "application/atom+xml;charset=utf-8";

  /** The media type without parameters, as the OpenAPI document names it. */
  public static final String MEDIA_TYPE_NAME = "application/atom+xml";

  private AtomFeeds() {}

  /** The feed as an XML document, UTF-8 declared. */
  public static String write(FeedDocument document) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(document.id());
    feed.setTitle(document.title());
    feed.setUpdated(date(document.updated()));
    feed.setAlternateLinks(List.of(link("alternate", "text/html", document.alternate())));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", document.self())));
    feed.setAuthors(List.of(person(document.author(), document.authorUri())));
    List<Entry> entries = new ArrayList<>();
    for (FeedEntry e : document.entries()) {
      entries.add(entry(e));
    }
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the feed " + document.self(), e);
    }
  }

  private static Entry entry(FeedEntry e) {
    Entry entry = new Entry();
    entry.setId(e.id());
    entry.setTitle(e.title());
    entry.setAlternateLinks(List.of(link("alternate", "text/html", e.link())));
    entry.setUpdated(date(e.updated()));
    if (e.published() != null) {
      entry.setPublished(date(e.published()));
    }
    if (e.summary() != null && !e.summary().isBlank()) {
      Content summary = new Content();
      summary.setType(Content.TEXT);
      summary.setValue(e.summary());
      entry.setSummary(summary);
    }
    List<SyndPerson> authors = new ArrayList<>();
    e.authors().forEach(name -> authors.add(person(name, null)));
    entry.setAuthors(authors);
    List<SyndPerson> contributors = new ArrayList<>();
    e.contributors().forEach(c -> contributors.add(person(c.name(), c.uri())));
    entry.setContributors(contributors);
    List<Category> categories = new ArrayList<>();
    for (FeedEntry.Category c : e.categories()) {
      Category category = new Category();
      category.setTerm(c.term());
      category.setScheme(c.scheme());
      category.setLabel(c.label());
      categories.add(category);
    }
    entry.setCategories(categories);
    return entry;
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Person person(String name, String uri) {
    Person person = new Person();
    person.setName(name);
    person.setUri(uri);
    return person;
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }
}
