package eu.hub.comments;

import eu.hub.content.ContentItem;
import eu.hub.security.ReaderForms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comments part of an item's page: the approved comments and the form, with what the reader
 * typed and what was wrong when the form comes back. Request-scoped, so that the comment resource
 * can hand the item page the state of a refused form.
 */
@RequestScoped
public class CommentSection {

  /** The content types readers may comment on. */
  public static final Set<String> COMMENTABLE = Set.of("article", "case-study", "lesson");

  /** The query parameter of the page a reader is sent to after commenting. */
  static final String RECEIVED = "comment";

  @Inject CommentStore store;
  @Inject HttpServletRequest request;
  @Inject ReaderForms readerForms;

  private CommentForm submitted;
  private List<Problem> problems = List.of();
  private String refusal;

  /** A comment as readers see it: plain text, escaped by the template. */
  public record Shown(long id, String name, String date, List<String> paragraphs) {}

  /** A problem with a field, in the reader's words. */
  public record Problem(String field, String message) {}

  /** The template data under {@code comments}. */
  public record View(
      long itemId,
      int count,
      List<Shown> approved,
      String csrfToken,
      boolean received,
      String refusal,
      List<Problem> problems,
      Map<String, String> values,
      Map<String, Integer> limits) {

    /** The message of the first problem with the field, or null. */
    public String errorFor(String field) {
      return problems.stream()
          .filter(p -> p.field().equals(field))
          .map(Problem::message)
          .findFirst()
          .orElse(null);
    }
  }

  /** Whether readers may comment on items of this type. */
  public static boolean commentable(String type) {
    return COMMENTABLE.contains(type);
  }

  /** Keeps a refused form for the page rendered next in this request. */
  void refused(CommentForm form, List<Problem> problems, String refusal) {
    this.submitted = form;
    this.problems = List.copyOf(problems);
    this.refusal = refusal;
  }

  /** The comments and the form for the item's page. */
  public View view(ContentItem item) {
    List<Shown> approved =
        store.approved(item.id()).stream()
            .map(
                c ->
                    new Shown(
                        c.id(),
                        c.authorName(),
                        c.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE),
                        CommentForm.paragraphs(c.body())))
            .toList();
    CommentForm shown = submitted == null ? CommentForm.of("", "", "", "") : submitted;
    return new View(
        item.id(),
        approved.size(),
        approved,
        // Stateless: a session token here would give every reader a cookie just for reading.
        readerForms.token(ReaderForms.COMMENT),
        submitted == null && request.getParameter(RECEIVED) != null,
        refusal,
        problems,
        Map.of(
            "name", shown.name(),
            "email", shown.email(),
            "comment", shown.comment()),
        Map.of(
            "name", CommentForm.MAX_NAME,
            "email", CommentForm.MAX_EMAIL,
            "comment", CommentForm.MAX_COMMENT));
  }
}
