package eu.hub.rendering;

import java.util.Objects;
import java.util.Optional;

/**
 * How a body is rendered beyond plain Markdown.
 *
 * @param lessonPermalinks whether each {@code ###} heading is a lesson that gets a permalink, as in
 *     lessons-learned articles
 * @param references where item references ({@code ref:type/slug}) point; a reference whose type is
 *     unknown is shown as its text, without a link
 */
public record RenderOptions(boolean lessonPermalinks, TypeSegments references) {

  /** Plain Markdown: no permalinks, and item references are shown as text. */
  public static final RenderOptions DEFAULT = new RenderOptions(false, type -> Optional.empty());

  public RenderOptions {
    Objects.requireNonNull(references, "references");
  }

  /** The same options, with a permalink after every lesson heading. */
  public RenderOptions withLessonPermalinks() {
    return new RenderOptions(true, references);
  }

  /** The same options, resolving item references through the given type segments. */
  public RenderOptions withReferences(TypeSegments segments) {
    return new RenderOptions(lessonPermalinks, segments);
  }
}
