package eu.hub.rendering;

/**
 * Something an editor should fix (an error) or look at (a warning) in a Markdown body.
 *
 * @param severity whether the body should not be published as it is
 * @param line the 1-based line of the body it is about, or 0 if the parser gave none
 * @param message what is wrong and how to fix it, for the editor
 */
public record Finding(Severity severity, int line, String message) {

  /** How serious a finding is. */
  public enum Severity {
    /** The page would be broken or inaccessible: fix before publishing. */
    ERROR,
    /** Probably a mistake, or harder to use than it needs to be. */
    WARNING
  }

  static Finding error(int line, String message) {
    return new Finding(Severity.ERROR, line, message);
  }

  static Finding warning(int line, String message) {
    return new Finding(Severity.WARNING, line, message);
  }
}
