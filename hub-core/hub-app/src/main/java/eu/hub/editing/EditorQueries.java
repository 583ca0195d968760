package eu.hub.editing;

import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read-only questions the screens ask: items in any state, filtered and paged for the content
 * list and the dashboard, and the choices of reference and term fields.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EditorQueries {

  /** More items than this of a type and a reference field becomes a text box. */
  static final int MAX_CHOICES = 300;

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject ContentStore store;

  /**
   * What the content list is narrowed by; null parts do not narrow. {@code partner} keeps the
   * items that belong to that partner (the partner itself, or items referring to it).
   */
  public record Filter(
      String type,
      ContentStatus status,
      String partner,
      String language,
      String text,
      String author) {

    /** Nothing narrowed: every item. */
    public static Filter all() {
      return new Filter(null, null, null, null, null, null);
    }

    public Filter withStatus(ContentStatus s) {
      return new Filter(type, s, partner, language, text, author);
    }

    public Filter withAuthor(String a) {
      return new Filter(type, status, partner, language, text, a);
    }

    public Filter withPartner(String p) {
      return new Filter(type, status, p, language, text, author);
    }
  }

  public List<ContentItem> page(Filter filter, int offset, int limit) {
    return bind(
            em.createQuery(
                "select c from ContentItem c where "
                    + where(filter)
                    + " order by c.updatedAt desc, c.id desc",
                ContentItem.class),
            filter)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(Filter filter) {
    return bind(
            em.createQuery("select count(c) from ContentItem c where " + where(filter), Long.class),
            filter)
        .getSingleResult();
  }

  // Built per shape rather than "(:x is null or ...)": PostgreSQL cannot type a null parameter.
  private static String where(Filter f) {
    List<String> parts = new ArrayList<>();
    parts.add("1 = 1");
    if (f.type() != null) {
      parts.add("c.type = :type");
    }
    if (f.status() != null) {
      parts.add("c.status = :status");
    }
    if (f.language() != null) {
      parts.add("c.language = :lang");
    }
    if (f.partner() != null) {
      parts.add(
          "((c.type = 'partner' and c.slug = :partner) or exists (select l.id from ContentLink l"
              + " where l.itemId = c.id and l.kind = :ref and l.scope = 'partner'"
              + " and l.linkKey = :partner))");
    }
    if (f.text() != null) {
      parts.add("(lower(c.title) like :text or lower(c.slug) like :text)");
    }
    if (f.author() != null) {
      parts.add("exists (select r.id from Revision r where r.itemId = c.id and r.author = :author)");
    }
    return String.join(" and ", parts);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Filter f) {
    if (f.type() != null) {
      q.setParameter("type", f.type());
    }
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (f.language() != null) {
      q.setParameter("lang", f.language());
    }
    if (f.partner() != null) {
      q.setParameter("partner", f.partner());
      q.setParameter("ref", ContentLink.REFERENCE);
    }
    if (f.text() != null) {
      String escaped = f.text().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
      q.setParameter("text", "%" + escaped + "%");
    }
    if (f.author() != null) {
      q.setParameter("author", f.author());
    }
    return q;
  }

  /** Whether the item belongs to the partner: it is the partner, or it refers to it. */
  public boolean belongsTo(ContentItem item, String partner) {
    if (partner == null) {
      return false;
    }
    if (item.type().equals("partner") && item.slug().equals(partner)) {
      return true;
    }
    return store.links(item.id()).stream()
        .anyMatch(
            l ->
                l.kind().equals(ContentLink.REFERENCE)
                    && l.scope().equals("partner")
                    && l.key().equals(partner));
  }

  /** The items of a type as choices (slug and title, English first); empty when too many. */
  public List<FieldForm.Option> items(String type) {
    List<Object[]> rows =
        em.createQuery(
                "select c.slug, c.title, c.language from ContentItem c where c.type = :t"
                    + " order by c.title, c.slug",
                Object[].class)
            .setParameter("t", type)
            .setMaxResults(MAX_CHOICES * 3)
            .getResultList();
    Map<String, String> bySlug = new LinkedHashMap<>();
    for (Object[] r : rows) {
      String slug = (String) r[0];
      if ("en".equals(r[2]) || !bySlug.containsKey(slug)) {
        bySlug.put(slug, (String) r[1]);
      }
    }
    if (bySlug.size() > MAX_CHOICES) {
      return List.of();
    }
    return bySlug.entrySet().stream()
        .map(e -> new FieldForm.Option(e.getKey(), e.getValue(), false))
        .toList();
  }

  /** The terms of a vocabulary in use, as choices. */
  public List<FieldForm.Option> terms(String vocabulary) {
    return store.terms(vocabulary).stream()
        .map(t -> new FieldForm.Option(t.label(), t.label(), false))
        .toList();
  }

  /** The languages items are written in, for the list's filter. */
  public List<String> languages() {
    return em.createQuery(
            "select distinct c.language from ContentItem c order by c.language", String.class)
        .getResultList();
  }
}
