package eu.hub.contentfolder;

import java.util.List;

/** What one load of the content folder did. */
public record ImportReport(
    int added, int updated, int unchanged, List<Problem> problems, long millis) {

  /** A file (path relative to the content folder) that was refused or only partly accepted. */
  public record Problem(String path, int line, String message) {
    @Override
    public String toString() {
      return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  /** Files that were read, whatever happened to them. */
  public int files() {
    return added
        + updated
        + unchanged
        + (int) problems.stream().map(Problem::path).distinct().count();
  }

  @Override
  public String toString() {
    return added
        + " added, "
        + updated
        + " updated, "
        + unchanged
        + " unchanged, "
        + problems.size()
        + " problems, in "
        + millis
        + " ms";
  }
}
