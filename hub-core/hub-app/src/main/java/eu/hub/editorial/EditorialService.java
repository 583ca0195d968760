package eu.hub.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything editors do to content, for the admin screens and the JSON API alike: the same
 * permissions, workflow and audit for both. Every method checks on the server that the editor may
 * do it (role, transition, own partner's item) and writes the audit log.
 *
 * <p>The live {@code content_item} row is what readers and search see. Editing a published item
 * keeps the changes in a working copy, which goes live only when it is published. Every save is a
 * revision; restoring one makes a new revision, never rewriting history.
 *
 * <p>Failures are {@link EditorialException}s carrying their HTTP status: 403 not allowed, 404 no
 * such item, 409 wrong state or {@link EditConflictException}, 422 invalid values or {@link
 * PublishRefusedException}.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

  /** Items the editor may see, most recently changed first. */
  public List<EditorialItem> list(Editor editor, ItemFilter filter) {
    throw new UnsupportedOperationException("not yet");
  }

  /** How many items match the filter, for paging. */
  public long count(Editor editor, ItemFilter filter) {
    throw new UnsupportedOperationException("not yet");
  }

  /** One item as the editor works on it (the working copy of a published item, if any). */
  public EditorialItem get(Editor editor, long id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Creates a draft (not public). A partner author's item belongs to their partner. */
  public EditorialItem create(Editor editor, NewItem item) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Saves an edit as a new revision. A published item keeps showing its live version; the edit is a
   * working copy until it is published.
   *
   * @throws EditConflictException when the item changed since {@link ItemEdit#version()}
   */
  public EditorialItem save(Editor editor, long id, ItemEdit edit) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Takes a workflow step, with its comment.
   *
   * @throws PublishRefusedException when publishing or scheduling and the checks find errors
   */
  public EditorialItem transition(Editor editor, long id, TransitionRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  /** What would stop the working version from being published (empty when it can be). */
  public List<String> publishingProblems(Editor editor, long id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The item's revisions, newest first. */
  public List<RevisionInfo> revisions(Editor editor, long id) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Two revisions side by side (either order; the older one is shown first). */
  public Comparison compare(Editor editor, long id, int revisionA, int revisionB) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Makes an old revision's content the working version again, as a new revision (a working copy
   * for a published item). History is never rewritten.
   *
   * @param version the version the editor saw, as for a save
   */
  public EditorialItem restore(Editor editor, long id, int revision, long version) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Items waiting for review, for a reviewer's dashboard. */
  public List<EditorialItem> waitingForReview(Editor editor, int limit) {
    return list(editor, ItemFilter.inState(eu.hub.content.ContentStatus.IN_REVIEW, limit));
  }

  /** A page of the audit log; administrators only. */
  public AuditPage audit(Editor editor, AuditQuery query) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Publishes the scheduled items whose time has come and takes off the site the ones whose
   * unpublish time has passed. Called by {@link EditorialScheduler}.
   *
   * @return how many items changed
   */
  public int runSchedule(OffsetDateTime now) {
    throw new UnsupportedOperationException("not yet");
  }
}
