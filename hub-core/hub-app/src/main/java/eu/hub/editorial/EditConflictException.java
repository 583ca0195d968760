package eu.hub.editorial;

/**
 * 409: someone else saved the item after this editor loaded it. Carries both versions, so the
 * editor can compare and merge; nothing was overwritten.
 */
public class EditConflictException extends EditorialException {

  private final transient ItemEdit yours;
  private final transient EditorialItem theirs;

  public EditConflictException(ItemEdit yours, EditorialItem theirs) {
    super(
        409,
        "Someone else ("
            + (theirs.updatedBy() == null ? "another editor" : theirs.updatedBy())
            + ") saved this item after you opened it. Your changes were not saved: compare both"
            + " versions and save again.");
    this.yours = yours;
    this.theirs = theirs;
  }

  /** What this editor tried to save (its version is the stale one). */
  public ItemEdit yours() {
    return yours;
  }

  /** The item as it is now, with its current version. */
  public EditorialItem theirs() {
    return theirs;
  }
}
