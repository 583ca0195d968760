package eu.hub.contentfolder;

import java.util.List;

/** What one load of the content folder did. */
public record ImportReport(
    int added, int updated, int unchanged, List<Problem> problems, long millis) {

  /** What became of a file with a problem. */
  public enum Outcome {
    /** Not loaded: what was stored before stays as it was. */
    REFUSED,
    /** Loaded, but kept as a draft until the problem is fixed. */
    KEPT_AS_DRAFT,
    /** Loaded and published; worth a look. */
    WARNING
  }

  /** A file (path relative to the content folder) that was refused or only partly accepted. */
  public record Problem(String path, int line, String message, Outcome outcome) {
    @Override
    public String toString() {
      return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  /** Problems that refused a file or kept it from being published. */
  public long errors() {
    return problems.stream().filter(p -> p.outcome() != Outcome.WARNING).count();
  }

  /** Problems that did not stop a file from being published. */
  public long warnings() {
    return problems.stream().filter(p -> p.outcome() == Outcome.WARNING).count();
  }

  @Override
  public String toString() {
    return added
        + " added, "
        + updated
        + " updated, "
        + unchanged
        + " unchanged, "
        + errors()
        + " problems, "
        + warnings()
        + " warnings, in "
        + millis
        + " ms";
  }
}
