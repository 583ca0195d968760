package eu.hub.contentfolder;

/** A content file that cannot be loaded, with the line the problem is on (1-based, 0 if none). */
public class ContentFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public ContentFileException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line of the file the problem is on, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
