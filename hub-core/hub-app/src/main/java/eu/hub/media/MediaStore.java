package eu.hub.media;

import eu.hub.content.ContentItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The library's rows in the database. */
@ApplicationScoped
@Transactional
public class MediaStore {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  /** A content item that refers to a media file, for the "still in use" answer. */
  public record Usage(long id, String type, String slug, String language, String title) {}

  void persist(MediaItem item) {
    em.persist(item);
    em.flush();
  }

  public Optional<MediaItem> find(long id) {
    return Optional.ofNullable(em.find(MediaItem.class, id));
  }

  /** The media the person sees, newest first. The partner condition is added only when needed. */
  public List<MediaItem> visibleTo(MediaAccess access, int max) {
    TypedQuery<MediaItem> query;
    if (access.all()) {
      query =
          em.createQuery(
              "select m from MediaItem m order by m.uploadedAt desc, m.id desc", MediaItem.class);
    } else {
      query =
          em.createQuery(
                  "select m from MediaItem m where m.partnerSlug = :partner"
                      + " order by m.uploadedAt desc, m.id desc",
                  MediaItem.class)
              .setParameter("partner", access.partner());
    }
    return query.setMaxResults(max).getResultList();
  }

  /** A page of images and how many match in all. */
  public record Found(List<MediaItem> items, long total) {}

  /**
   * The images the person sees, newest first, whose file name, alt text or title contain every word
   * (case-insensitive); a page of them from {@code offset}. Conditions are added only when needed
   * (PostgreSQL cannot type a null parameter).
   */
  public Found images(MediaAccess access, String words, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where m.contentType like 'image/%'");
    if (!access.all()) {
      where.append(" and m.partnerSlug = :partner");
    }
    List<String> terms =
        words == null
            ? List.of()
            : java.util.Arrays.stream(
                    words.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(8)
                .toList();
    for (int i = 0; i < terms.size(); i++) {
      where
          .append(" and (lower(m.fileName) like :w")
          .append(i)
          .append(" or lower(coalesce(m.altText, '')) like :w")
          .append(i)
          .append(" or lower(coalesce(m.title, '')) like :w")
          .append(i)
          .append(")");
    }
    TypedQuery<MediaItem> page =
        em.createQuery(
            "select m from MediaItem m" + where + " order by m.uploadedAt desc, m.id desc",
            MediaItem.class);
    TypedQuery<Long> count = em.createQuery("select count(m) from MediaItem m" + where, Long.class);
    if (!access.all()) {
      page.setParameter("partner", access.partner());
      count.setParameter("partner", access.partner());
    }
    for (int i = 0; i < terms.size(); i++) {
      // % and _ stay wildcards (a wider match does no harm); a backslash would escape in LIKE.
      String like = "%" + terms.get(i).replace("\\", "") + "%";
      page.setParameter("w" + i, like);
      count.setParameter("w" + i, like);
    }
    return new Found(
        page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }

  /** The same bytes already in the library, among the media the person sees. */
  Optional<MediaItem> sameFile(String sha256, MediaAccess access) {
    return em.createQuery(
            "select m from MediaItem m where m.sha256 = :sha order by m.id", MediaItem.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .filter(access::sees)
        .findFirst();
  }

  long countWithFile(String sha256) {
    return em.createQuery("select count(m) from MediaItem m where m.sha256 = :sha", Long.class)
        .setParameter("sha", sha256)
        .getSingleResult();
  }

  void variants(long id, String type, List<Integer> widths) {
    find(id).ifPresent(m -> m.variants(type, widths));
  }

  void describe(long id, String altText, String title) {
    find(id).ifPresent(m -> m.describe(altText, title));
  }

  void delete(long id) {
    find(id).ifPresent(em::remove);
    em.flush();
  }

  /**
   * The content items whose body, summary or fields refer to the media file ({@code /media/ID/}).
   * The slash after the id keeps {@code /media/12/} from matching {@code /media/123/}.
   */
  public List<Usage> usages(long id) {
    String pattern = "%/media/" + id + "/%";
    return em.createQuery(
            "select c from ContentItem c where c.body like :p or c.summary like :p"
                + " or c.fieldsJson like :p order by c.type, c.slug",
            ContentItem.class)
        .setParameter("p", pattern)
        .getResultStream()
        .map(c -> new Usage(c.id(), c.type(), c.slug(), c.language(), c.title()))
        .toList();
  }
}
