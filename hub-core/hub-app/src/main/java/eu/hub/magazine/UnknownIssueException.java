package eu.hub.magazine;

/** No issue, published or not, has that slug: a typing error rather than an editorial problem. */
public class UnknownIssueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownIssueException(String issueSlug) {
    super("There is no magazine issue with the slug '" + issueSlug + "'");
  }
}
