package eu.hub.magazine;

import java.util.List;

/**
 * An issue cannot be published as it stands. Lists every reason at once, so that an editor can fix
 * them all before trying again rather than one per attempt.
 */
public class IssueNotPublishableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String issueSlug;
  private final List<String> reasons;

  public IssueNotPublishableException(String issueSlug, List<String> reasons) {
    super(
        "The issue '"
            + issueSlug
            + "' cannot be published, so nothing was published: "
            + String.join("; ", reasons));
    this.issueSlug = issueSlug;
    this.reasons = List.copyOf(reasons);
  }

  public String issueSlug() {
    return issueSlug;
  }

  /** Each reason names the item it is about. */
  public List<String> reasons() {
    return reasons;
  }
}
