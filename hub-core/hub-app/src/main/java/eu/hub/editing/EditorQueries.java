package eu.hub.editing;

import eu.hub.content.ContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only questions the editor form asks: the choices of reference and term fields. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EditorQueries {

  /** More items than this of a type and a reference field becomes a text box. */
  static final int MAX_CHOICES = 300;

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject ContentStore store;

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
