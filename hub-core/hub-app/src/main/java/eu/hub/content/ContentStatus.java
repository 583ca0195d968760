package eu.hub.content;

/** Where a content item stands in the editorial workflow. Only published items are public. */
public enum ContentStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED
}
