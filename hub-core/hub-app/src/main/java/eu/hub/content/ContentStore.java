package eu.hub.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    ContentItem target =
        item != null ? item : new ContentItem(draft.type(), draft.slug(), draft.language());
    target.apply(draft, OffsetDateTime.now(ZoneOffset.UTC));
    if (item == null) {
      em.persist(target);
    }
    em.flush();
    em.persist(new Revision(target, author, note));
    saved.fire(
        new ContentSaved(
            target.id(), target.type(), target.slug(), target.language(), target.status()));
    return target;
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
    // Two statements rather than "(:t is null or ...)": PostgreSQL cannot type a null parameter.
    String jpql =
        "select c from ContentItem c where c.status = :st"
            + (type == null ? "" : " and c.type = :t")
            + " order by c.publishedAt desc, c.id desc";
    TypedQuery<ContentItem> query =
        em.createQuery(jpql, ContentItem.class).setParameter("st", ContentStatus.PUBLISHED);
    if (type != null) {
      query.setParameter("t", type);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** How many published items there are of that type (all types when null). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countPublished(String type) {
    String jpql =
        "select count(c) from ContentItem c where c.status = :st"
            + (type == null ? "" : " and c.type = :t");
    TypedQuery<Long> query =
        em.createQuery(jpql, Long.class).setParameter("st", ContentStatus.PUBLISHED);
    if (type != null) {
      query.setParameter("t", type);
    }
    return query.getSingleResult();
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
