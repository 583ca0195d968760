package eu.hub.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Comments in the database: new ones held, approved ones listed per item, the editors' queue. */
@ApplicationScoped
@Transactional
public class CommentStore {

  /** The queue shows this many at most; more wait for the next page load. */
  static final int QUEUE_SIZE = 200;

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  /** Keeps a new comment, held until an editor approves it. */
  public Comment hold(long itemId, CommentForm form) {
    Comment comment =
        new Comment(
            itemId,
            form.name(),
            form.email().isEmpty() ? null : form.email(),
            form.comment(),
            now());
    em.persist(comment);
    em.flush();
    return comment;
  }

  /** An item's approved comments, oldest first, as readers see them. */
  public List<Comment> approved(long itemId) {
    return em.createQuery(
            "select c from Comment c where c.itemId = :item and c.status = :s"
                + " order by c.createdAt, c.id",
            Comment.class)
        .setParameter("item", itemId)
        .setParameter("s", Comment.Status.APPROVED)
        .getResultList();
  }

  /** Comments waiting for an editor, oldest first. */
  public List<Comment> held() {
    return em.createQuery(
            "select c from Comment c where c.status = :s order by c.createdAt, c.id", Comment.class)
        .setParameter("s", Comment.Status.HELD)
        .setMaxResults(QUEUE_SIZE)
        .getResultList();
  }

  public long countHeld() {
    return em.createQuery("select count(c) from Comment c where c.status = :s", Long.class)
        .setParameter("s", Comment.Status.HELD)
        .getSingleResult();
  }

  public Optional<Comment> byId(long id) {
    return Optional.ofNullable(em.find(Comment.class, id));
  }

  /** Approves or marks as spam; answers the comment as it now is. */
  public Optional<Comment> moderate(long id, Comment.Status to, String who) {
    Optional<Comment> found = byId(id);
    found.ifPresent(c -> c.moderate(to, who, now()));
    return found;
  }

  /** Deletes a rejected comment; answers whether there was one. */
  public boolean delete(long id) {
    Comment found = em.find(Comment.class, id);
    if (found == null) {
      return false;
    }
    em.remove(found);
    return true;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
