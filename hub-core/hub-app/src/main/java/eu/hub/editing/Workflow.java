package eu.hub.editing;

import eu.hub.content.ContentItem;
import eu.hub.content.ContentStore;
import eu.hub.editorial.Editor;
import eu.hub.editorial.EditorialException;
import eu.hub.editorial.EditorialItem;
import eu.hub.editorial.EditorialService;
import eu.hub.editorial.ItemFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The screens' thin adapter to the editorial service: who is acting, an item's id from its address,
 * and refusals turned into the themed error pages (403, 404, 409). The workflow rules are all the
 * service's.
 */
@RequestScoped
public class Workflow {

  /** How many items the list reads when it narrows by partner or language itself. */
  static final int NARROWED_MAX = 200;

  @Inject EditorialService service;
  @Inject AdminScreen screen;
  @Inject ContentStore store;

  private Editor editor;

  /** The acting editor; 403 for an account without an editorial role. */
  public Editor editor() {
    if (editor == null) {
      Editor e = Editor.of(screen.user());
      if (!e.isEditorial()) {
        throw screen.forbidden();
      }
      editor = e;
    }
    return editor;
  }

  /** Runs a service call; a refusal becomes the themed error page with the service's message. */
  public <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (EditorialException e) {
      throw page(e);
    }
  }

  WebApplicationException page(EditorialException e) {
    int status = e.status() == 401 ? 403 : e.status();
    String message =
        e.problems().isEmpty()
            ? e.getMessage()
            : e.getMessage() + " " + String.join(" ", e.problems());
    return new WebApplicationException(message, status);
  }

  /** The id of the item at that address (any state), or 404. */
  public long idOf(String type, String slug, String language) {
    return store
        .find(type, language == null || language.isBlank() ? "en" : language, slug)
        .map(ContentItem::id)
        .orElseThrow(() -> new NotFoundException(screen.t("admin.edit.noSuchItem")));
  }

  public EditorialItem get(long id) {
    return call(() -> service.get(editor(), id));
  }

  /**
   * A page of the list. The service filters by type, state and words; partner and language (which
   * its filter does not have) are narrowed here, over the newest {@value #NARROWED_MAX} matches.
   */
  public Page list(ItemFilter filter, String partner, String language) {
    if (partner == null && language == null) {
      return new Page(
          call(() -> service.list(editor(), filter)), call(() -> service.count(editor(), filter)));
    }
    ItemFilter wide =
        new ItemFilter(
            filter.type(), filter.state(), filter.updatedBy(), filter.text(), 0, NARROWED_MAX);
    List<EditorialItem> all = new ArrayList<>();
    for (EditorialItem i : call(() -> service.list(editor(), wide))) {
      if ((partner == null || i.partners().contains(partner))
          && (language == null || i.language().equals(language))) {
        all.add(i);
      }
    }
    int from = Math.min(filter.offset(), all.size());
    int to = Math.min(from + filter.limit(), all.size());
    return new Page(all.subList(from, to), all.size());
  }

  /** Items of one page, and how many match in all. */
  public record Page(List<EditorialItem> items, long total) {}
}
