package eu.hub.editorial;

import java.util.List;

/**
 * 422: the item cannot be published (or scheduled) as it is: required fields missing, an image
 * without alt text, a broken internal link, headings that skip a level. {@link #problems()} lists
 * every reason.
 */
public class PublishRefusedException extends EditorialException {

  public PublishRefusedException(List<String> reasons) {
    super(
        422,
        "This item cannot be published yet: fix "
            + (reasons.size() == 1 ? "this problem" : "these " + reasons.size() + " problems")
            + " first.",
        reasons);
  }
}
