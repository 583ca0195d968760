package eu.hub.syndication;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns stored items into feed entries: the item's own columns, the people named in its fields, the
 * partners it refers to, and the terms it is tagged with.
 */
@ApplicationScoped
public class FeedEntries {

  /** The type whose items count as contributors when an item refers to them. */
  static final String PARTNER_TYPE = "partner";

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;

  /** One entry per item, in the order given. */
  public List<FeedEntry> of(List<ContentItem> items, SiteAddress site) {
    Map<String, Optional<ContentItem>> partners = new HashMap<>();
    List<FeedEntry> entries = new ArrayList<>();
    for (ContentItem item : items) {
      entries.add(entry(item, site, partners));
    }
    return entries;
  }

  private FeedEntry entry(
      ContentItem item, SiteAddress site, Map<String, Optional<ContentItem>> partners) {
    Map<String, Object> fields = FieldValues.read(item.fieldsJson());
    List<FeedEntry.Contributor> contributors = new ArrayList<>();
    texts(fields.get("editors")).forEach(e -> contributors.add(new FeedEntry.Contributor(e, null)));
    List<FeedEntry.Category> categories = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ContentLink link : store.links(item.id())) {
      if (ContentLink.TERM.equals(link.kind())) {
        if (seen.add(link.scope() + "/" + link.key())) {
          categories.add(
              new FeedEntry.Category(
                  link.key(), site.absolute("/" + link.scope() + "/"), link.value()));
        }
      } else if (PARTNER_TYPE.equals(link.scope()) && seen.add("partner/" + link.key())) {
        partners
            .computeIfAbsent(
                link.key(), slug -> store.findPublished(PARTNER_TYPE, slug).stream().findFirst())
            .ifPresent(
                partner ->
                    contributors.add(
                        new FeedEntry.Contributor(
                            partner.title(), site.absolute(pathOf(partner)))));
      }
    }
    return new FeedEntry(
        tagOf(item, site),
        item.title(),
        site.absolute(pathOf(item)),
        item.publishedAt() == null ? null : item.publishedAt().toInstant(),
        item.updatedAt().toInstant(),
        item.summary(),
        texts(fields.get("authors")),
        contributors,
        categories);
  }

  /** The page of an item, under its type's URL segment. */
  public String pathOf(ContentItem item) {
    String segment = types.byName(item.type()).map(ContentType::urlSegment).orElse(item.type());
    return SiteAddress.itemPath(segment, item.slug(), item.language());
  }

  /**
   * A {@code tag:} URI (RFC 4151) that stays the same when the item's title or slug changes: the
   * site's host, the day the item was created, its type and its number.
   */
  static String tagOf(ContentItem item, SiteAddress site) {
    return "tag:"
        + site.host()
        + ","
        + item.createdAt()
            .withOffsetSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.ISO_LOCAL_DATE)
        + ":"
        + item.type()
        + "/"
        + item.id();
  }

  private static List<String> texts(Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> values = value instanceof List<?> list ? list : List.of(value);
    return values.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
  }
}
