package eu.hub.content;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores content items through JPA. Every save writes a new {@link Revision} in the same
 * transaction, so an item and its history never disagree.
 */
@ApplicationScoped
@Transactional
public class ContentStore {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject Event<ContentSaved> saved;

  @Inject ContentTypeRegistry types;

  /**
   * Creates an item or updates the one the draft belongs to (same source file, or same type,
   * language and slug).
   *
   * @throws SlugTakenException when a different item already has the slug
   */
  public ContentItem save(ContentDraft draft, String author, String note) {
    ContentItem item = existingFor(draft).orElse(null);
    find(draft.type(), draft.language(), draft.slug())
        .filter(other -> item == null || !other.id().equals(item.id()))
        .ifPresent(
            other -> {
              throw new SlugTakenException(
                  draft.type(), draft.language(), draft.slug(), other.sourcePath());
            });
    String oldSlug = item == null ? null : item.slug();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    ContentItem target =
        item != null ? item : new ContentItem(draft.type(), draft.slug(), draft.language());
    target.apply(draft, now);
    if (item == null) {
      em.persist(target);
    } else {
      // Working copies of a published item have revisions of their own (see saveWorkingRevision).
      target.numberAfter(latestRevision(item.id()));
    }
    em.flush();
    em.persist(new Revision(target, author, note));
    keepOldAddressWorking(target, oldSlug, now);
    relink(target);
    saved.fire(
        new ContentSaved(
            target.id(), target.type(), target.slug(), target.language(), target.status()));
    return target;
  }

  /**
   * Saves many drafts in one transaction: all of them, or none when one fails. The same as calling
   * {@link #save} for each in turn, but with three queries for the whole batch instead of three per
   * draft, and one flush: EclipseLink flushes before every query and each flush walks every object
   * of the transaction, so saving item by item cost in the square of the batch (a third of a large
   * content folder load).
   */
  public List<ContentItem> saveAll(
      List<ContentDraft> drafts, String author, Function<ContentDraft, String> note) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    FlushModeType flushMode = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      return saveBatch(drafts, author, note);
    } finally {
      em.setFlushMode(flushMode);
    }
  }

  private List<ContentItem> saveBatch(
      List<ContentDraft> drafts, String author, Function<ContentDraft, String> note) {
    Set<String> paths = new HashSet<>();
    Set<String> slugs = new HashSet<>();
    for (ContentDraft draft : drafts) {
      if (draft.sourcePath() != null) {
        paths.add(draft.sourcePath());
      }
      slugs.add(draft.slug());
    }
    Map<String, ContentItem> bySource = new HashMap<>();
    if (!paths.isEmpty()) {
      em.createQuery("select c from ContentItem c where c.sourcePath in :p", ContentItem.class)
          .setParameter("p", paths)
          .getResultList()
          .forEach(c -> bySource.put(c.sourcePath(), c));
    }
    Map<String, ContentItem> bySlug = new HashMap<>();
    em.createQuery("select c from ContentItem c where c.slug in :s", ContentItem.class)
        .setParameter("s", slugs)
        .getResultList()
        .forEach(c -> bySlug.put(slugKey(c.type(), c.language(), c.slug()), c));
    Map<String, SlugRedirect> redirects = new HashMap<>();
    em.createQuery("select r from SlugRedirect r where r.oldSlug in :s", SlugRedirect.class)
        .setParameter("s", slugs)
        .getResultList()
        .forEach(r -> redirects.put(slugKey(r.type(), r.language(), r.oldSlug()), r));

    // The items first, as save() would find and check them one after the other.
    record Saved(ContentItem item, boolean created, String oldSlug, String note) {}
    List<Saved> saved = new ArrayList<>(drafts.size());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (ContentDraft draft : drafts) {
      String key = slugKey(draft.type(), draft.language(), draft.slug());
      ContentItem sameSlug = bySlug.get(key);
      ContentItem item =
          draft.sourcePath() != null && bySource.containsKey(draft.sourcePath())
              ? bySource.get(draft.sourcePath())
              : sameSlug != null
                      && (sameSlug.sourcePath() == null
                          || sameSlug.sourcePath().equals(draft.sourcePath()))
                  ? sameSlug
                  : null;
      if (sameSlug != null && (item == null || !sameSlug.id().equals(item.id()))) {
        throw new SlugTakenException(
            draft.type(), draft.language(), draft.slug(), sameSlug.sourcePath());
      }
      String oldSlug = item == null ? null : item.slug();
      if (item != null) {
        bySlug.remove(slugKey(item.type(), item.language(), item.slug()));
        if (item.sourcePath() != null) {
          bySource.remove(item.sourcePath());
        }
      }
      ContentItem target =
          item != null ? item : new ContentItem(draft.type(), draft.slug(), draft.language());
      target.apply(draft, now);
      if (item == null) {
        em.persist(target);
      }
      bySlug.put(slugKey(target.type(), target.language(), target.slug()), target);
      if (target.sourcePath() != null) {
        bySource.put(target.sourcePath(), target);
      }
      saved.add(new Saved(target, item == null, oldSlug, note.apply(draft)));
    }
    em.flush();

    // Then what hangs off them: revisions, old addresses, links.
    for (Saved s : saved) {
      ContentItem target = s.item();
      em.persist(new Revision(target, author, s.note()));
      // The new slug is no longer an old address of anything.
      SlugRedirect stale =
          redirects.remove(slugKey(target.type(), target.language(), target.slug()));
      if (stale != null) {
        em.remove(stale);
      }
      if (s.oldSlug() != null && !s.oldSlug().equals(target.slug())) {
        SlugRedirect moved =
            new SlugRedirect(target.type(), target.language(), s.oldSlug(), target.id(), now);
        em.persist(moved);
        redirects.put(slugKey(target.type(), target.language(), s.oldSlug()), moved);
      }
      // A new item has no links yet: only an existing one has old ones to delete.
      relink(target, !s.created());
    }
    for (Saved s : saved) {
      ContentItem target = s.item();
      this.saved.fire(
          new ContentSaved(
              target.id(), target.type(), target.slug(), target.language(), target.status()));
    }
    return saved.stream().map(Saved::item).toList();
  }

  private static String slugKey(String type, String language, String slug) {
    return type + '\n' + language + '\n' + slug;
  }

  private void keepOldAddressWorking(ContentItem item, String oldSlug, OffsetDateTime now) {
    // The new slug is no longer an old address of anything.
    em.createQuery(
            "delete from SlugRedirect r where r.type = :t and r.language = :l and r.oldSlug = :s")
        .setParameter("t", item.type())
        .setParameter("l", item.language())
        .setParameter("s", item.slug())
        .executeUpdate();
    if (oldSlug != null && !oldSlug.equals(item.slug())) {
      em.persist(new SlugRedirect(item.type(), item.language(), oldSlug, item.id(), now));
    }
  }

  private void relink(ContentItem item) {
    relink(item, true);
  }

  private void relink(ContentItem item, boolean hadLinks) {
    if (hadLinks) {
      em.createQuery("delete from ContentLink l where l.itemId = :id")
          .setParameter("id", item.id())
          .executeUpdate();
    }
    ContentType type = types.byName(item.type()).orElse(null);
    if (type == null) {
      return;
    }
    Map<String, Object> values = FieldValues.read(item.fieldsJson());
    for (FieldDefinition field : type.fields()) {
      String kind =
          switch (field.kind()) {
            case REFERENCE -> ContentLink.REFERENCE;
            case TERM -> ContentLink.TERM;
            default -> null;
          };
      Object value = values.get(field.name());
      if (kind == null || value == null) {
        continue;
      }
      String scope =
          kind.equals(ContentLink.TERM)
              ? field.vocabulary()
              : field.targetType() == null ? "" : field.targetType();
      List<?> list = value instanceof List<?> l ? l : List.of(value);
      for (Object v : new LinkedHashSet<>(list)) {
        String text = String.valueOf(v);
        String key = kind.equals(ContentLink.TERM) ? Slugs.of(text) : text;
        if (!key.isEmpty()) {
          em.persist(new ContentLink(item.id(), field.name(), kind, scope, text, key));
        }
      }
    }
  }

  /**
   * The version of the rules that turn fields into links. Raise it when they change: at start-up
   * the Hub then rebuilds the links of every item (see {@link #relinkIfRulesChanged()}).
   */
  static final String LINK_RULES_VERSION = "1";

  /**
   * Rebuilds every item's links when they were built by other rules than today's (or before links
   * existed), so that term and partner pages are right after an upgrade.
   *
   * @return how many items were relinked
   */
  public int relinkIfRulesChanged() {
    List<?> stored =
        em.createNativeQuery("select setting_value from hub_setting where name = 'link-rules'")
            .getResultList();
    if (!stored.isEmpty() && LINK_RULES_VERSION.equals(stored.get(0))) {
      return 0;
    }
    List<ContentItem> all =
        em.createQuery("select c from ContentItem c", ContentItem.class).getResultList();
    all.forEach(this::relink);
    if (stored.isEmpty()) {
      em.createNativeQuery(
              "insert into hub_setting (name, setting_value) values ('link-rules', ?1)")
          .setParameter(1, LINK_RULES_VERSION)
          .executeUpdate();
    } else {
      em.createNativeQuery("update hub_setting set setting_value = ?1 where name = 'link-rules'")
          .setParameter(1, LINK_RULES_VERSION)
          .executeUpdate();
    }
    return all.size();
  }

  /** The item that used to live at that slug, if it moved. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ContentItem> movedFrom(String type, String language, String oldSlug) {
    return em.createQuery(
            "select c from ContentItem c, SlugRedirect r where r.itemId = c.id and r.type = :t"
                + " and r.language = :l and r.oldSlug = :s",
            ContentItem.class)
        .setParameter("t", type)
        .setParameter("l", language)
        .setParameter("s", oldSlug)
        .getResultStream()
        .findFirst();
  }

  /**
   * A page of published items that link to a target: items referring to an item ({@code kind =
   * ref}, scope = its type, key = its slug) or tagged with a term ({@code kind = term}, scope = the
   * vocabulary, key = the term's slug). Newest first; all types when {@code type} is null.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentItem> listPublishedLinkingTo(
      String kind, String scope, String key, String type, int offset, int limit) {
    return listPublished(type, List.of(new LinkFilter(kind, scope, key)), offset, limit);
  }

  /** The terms of a vocabulary used by published items of any type. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TermUse> terms(String vocabulary) {
    return terms(vocabulary, null);
  }

  /**
   * The terms of a vocabulary used by published items (of one type, or all when null): label, key
   * and how many items use it, by key.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TermUse> terms(String vocabulary, String type) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select l.linkKey, min(l.linkValue), count(distinct c.id) from ContentItem c,"
                + " ContentLink l where l.itemId = c.id and c.status = :st and l.kind = :k"
                + " and l.scope = :sc"
                + (type == null ? "" : " and c.type = :t")
                + " group by l.linkKey order by l.linkKey",
            Object[].class);
    query
        .setParameter("st", ContentStatus.PUBLISHED)
        .setParameter("k", ContentLink.TERM)
        .setParameter("sc", vocabulary);
    if (type != null) {
      query.setParameter("t", type);
    }
    return query.getResultList().stream()
        .map(r -> new TermUse((String) r[1], (String) r[0], ((Number) r[2]).longValue()))
        .toList();
  }

  /** A taxonomy term in use: its label as first written, its URL key, and the items using it. */
  public record TermUse(String label, String key, long items) {}

  /** Everything an item links to, in field order of storage. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentLink> links(long itemId) {
    return em.createQuery(
            "select l from ContentLink l where l.itemId = :id order by l.id", ContentLink.class)
        .setParameter("id", itemId)
        .getResultList();
  }

  private Optional<ContentItem> existingFor(ContentDraft draft) {
    if (draft.sourcePath() != null) {
      Optional<ContentItem> bySource = bySourcePath(draft.sourcePath());
      if (bySource.isPresent()) {
        return bySource;
      }
    }
    return find(draft.type(), draft.language(), draft.slug())
        .filter(
            found -> found.sourcePath() == null || found.sourcePath().equals(draft.sourcePath()));
  }

  /** The SHA-256 of every file the content folder has loaded, by its path in the folder. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> sourceHashes() {
    Map<String, String> hashes = new HashMap<>();
    em.createQuery(
            "select c.sourcePath, c.sourceHash from ContentItem c where c.sourcePath is not null",
            Object[].class)
        .getResultList()
        .forEach(row -> hashes.put((String) row[0], (String) row[1]));
    return hashes;
  }

  /** The item loaded from that file of the content folder. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ContentItem> bySourcePath(String sourcePath) {
    return em.createQuery("select c from ContentItem c where c.sourcePath = :p", ContentItem.class)
        .setParameter("p", sourcePath)
        .getResultStream()
        .findFirst();
  }

  /** The item of that type, language and slug, whatever its status. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ContentItem> find(String type, String language, String slug) {
    return em.createQuery(
            "select c from ContentItem c where c.type = :t and c.language = :l and c.slug = :s",
            ContentItem.class)
        .setParameter("t", type)
        .setParameter("l", language)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /** Published items of that type with that slug, in any language, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentItem> findPublished(String type, String slug) {
    return em.createQuery(
            "select c from ContentItem c where c.type = :t and c.slug = :s and c.status = :st"
                + " order by c.createdAt, c.id",
            ContentItem.class)
        .setParameter("t", type)
        .setParameter("s", slug)
        .setParameter("st", ContentStatus.PUBLISHED)
        .getResultList();
  }

  /** A page of published items, newest first; all types when {@code type} is null. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentItem> listPublished(String type, int offset, int limit) {
    return listPublished(type, List.of(), offset, limit);
  }

  /**
   * A page of published items that have every one of the given links (for example a country and a
   * theme), newest first; all types when {@code type} is null.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentItem> listPublished(
      String type, List<LinkFilter> filters, int offset, int limit) {
    TypedQuery<ContentItem> query =
        bind(
            em.createQuery(
                "select c from ContentItem c where "
                    + where(type, filters)
                    + " order by c.publishedAt desc, c.id desc",
                ContentItem.class),
            type,
            filters);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** How many published items there are of that type (all types when null). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countPublished(String type) {
    return countPublished(type, List.of());
  }

  /** How many published items have every one of the given links. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countPublished(String type, List<LinkFilter> filters) {
    return bind(
            em.createQuery(
                "select count(c) from ContentItem c where " + where(type, filters), Long.class),
            type,
            filters)
        .getSingleResult();
  }

  /** A link an item must have: {@code kind} ref or term, its scope, and the target's key. */
  public record LinkFilter(String kind, String scope, String key) {}

  // Separate statements per shape rather than "(:t is null or ...)": PostgreSQL cannot type a
  // null parameter.
  private static String where(String type, List<LinkFilter> filters) {
    StringBuilder where = new StringBuilder("c.status = :st");
    if (type != null) {
      where.append(" and c.type = :t");
    }
    for (int i = 0; i < filters.size(); i++) {
      where.append(
          " and exists (select l.id from ContentLink l where l.itemId = c.id and l.kind = :k%1$d"
                  .formatted(i)
              + " and l.scope = :s%1$d and l.linkKey = :key%1$d)".formatted(i));
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, String type, List<LinkFilter> filters) {
    query.setParameter("st", ContentStatus.PUBLISHED);
    if (type != null) {
      query.setParameter("t", type);
    }
    for (int i = 0; i < filters.size(); i++) {
      query.setParameter("k" + i, filters.get(i).kind());
      query.setParameter("s" + i, filters.get(i).scope());
      query.setParameter("key" + i, filters.get(i).key());
    }
    return query;
  }

  /** The id and revision of every published item: what the search index must hold. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, Integer> publishedRevisions() {
    Map<Long, Integer> revisions = new HashMap<>();
    em.createQuery(
            "select c.id, c.revision from ContentItem c where c.status = :st", Object[].class)
        .setParameter("st", ContentStatus.PUBLISHED)
        .getResultList()
        .forEach(r -> revisions.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return revisions;
  }

  /** Published items with an id above {@code afterId}, in id order: for walking all of them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ContentItem> publishedAfter(long afterId, int limit) {
    return em.createQuery(
            "select c from ContentItem c where c.status = :st and c.id > :after order by c.id",
            ContentItem.class)
        .setParameter("st", ContentStatus.PUBLISHED)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The item with that id, whatever its status. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ContentItem> byId(long id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  /** The links of many items at once, by item id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<ContentLink>> links(List<Long> itemIds) {
    Map<Long, List<ContentLink>> byItem = new HashMap<>();
    if (itemIds.isEmpty()) {
      return byItem;
    }
    em.createQuery(
            "select l from ContentLink l where l.itemId in :ids order by l.id", ContentLink.class)
        .setParameter("ids", itemIds)
        .getResultList()
        .forEach(l -> byItem.computeIfAbsent(l.itemId(), k -> new ArrayList<>()).add(l));
    return byItem;
  }

  /**
   * Records a revision of a working copy: a version of a published item that is not live yet (the
   * item itself does not change). Its number follows the item's latest revision.
   */
  public Revision saveWorkingRevision(
      ContentItem item,
      String title,
      String summary,
      String body,
      String fieldsJson,
      ContentStatus status,
      String author,
      String note) {
    Revision revision =
        new Revision(
            item.id(),
            latestRevision(item.id()) + 1,
            title,
            summary,
            body,
            fieldsJson,
            status,
            OffsetDateTime.now(ZoneOffset.UTC),
            author,
            note);
    em.persist(revision);
    em.flush();
    return revision;
  }

  /** The highest revision number of an item, 0 when it has none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int latestRevision(long itemId) {
    Integer max =
        em.createQuery("select max(r.number) from Revision r where r.itemId = :id", Integer.class)
            .setParameter("id", itemId)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  /** One revision of an item by its number. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Revision> revision(long itemId, int number) {
    return em.createQuery(
            "select r from Revision r where r.itemId = :id and r.number = :n", Revision.class)
        .setParameter("id", itemId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  /** Every revision of an item, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Revision> revisions(long itemId) {
    return em.createQuery(
            "select r from Revision r where r.itemId = :id order by r.number desc", Revision.class)
        .setParameter("id", itemId)
        .getResultList();
  }
}
