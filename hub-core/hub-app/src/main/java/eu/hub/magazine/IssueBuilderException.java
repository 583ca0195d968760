package eu.hub.magazine;

/** An editor's change to an issue that cannot be made: the HTTP status and why, in plain words. */
public class IssueBuilderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public IssueBuilderException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
