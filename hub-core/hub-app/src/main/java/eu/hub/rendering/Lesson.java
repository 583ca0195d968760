package eu.hub.rendering;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One lesson of a lessons-learned article, so that lessons can be listed, searched and linked to
 * one by one rather than only as a whole article.
 *
 * @param group the title of the {@code ##} heading the lesson is under, or "" if there is none
 * @param title the lesson's {@code ###} heading, as text
 * @param id the heading's anchor: the lesson is at {@code <article URL>#id}
 * @param markdown the lesson's body as written, without its heading
 * @param text the lesson's body as plain text
 */
public record Lesson(String group, String title, String id, String markdown, String text) {

  /** The heading level of a lesson; the level above groups lessons. */
  static final int LEVEL = 3;

  /** The address of this lesson on the page of its article. */
  public String url(String articleUrl) {
    return articleUrl + "#" + id;
  }

  /** The lessons of a parsed document, whose source is {@code markdown}. */
  static List<Lesson> in(String markdown, Node document) {
    HeadingIds ids = HeadingIds.of(document);
    List<Lesson> lessons = new ArrayList<>();
    String group = "";
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (!(node instanceof Heading heading)) {
        continue;
      }
      if (heading.getLevel() < LEVEL) {
        group = PlainText.of(heading);
      } else if (heading.getLevel() == LEVEL) {
        Node first = heading.getNext();
        Node end = first;
        while (end != null && !endsLesson(end)) {
          end = end.getNext();
        }
        lessons.add(
            new Lesson(
                group,
                PlainText.of(heading),
                ids.idOf(heading),
                source(markdown, first, end),
                first == end ? "" : PlainText.ofRange(first, end)));
      }
    }
    return lessons;
  }

  /** A lesson goes on until the next lesson or group, or the footnotes. */
  private static boolean endsLesson(Node node) {
    return (node instanceof Heading heading && heading.getLevel() <= LEVEL)
        || node instanceof FootnoteDefinition;
  }

  /** The Markdown of the blocks from {@code first} up to, not including, {@code end}. */
  private static String source(String markdown, Node first, Node end) {
    int from = -1;
    int to = -1;
    for (Node node = first; node != null && node != end; node = node.getNext()) {
      for (SourceSpan span : node.getSourceSpans()) {
        if (from < 0) {
          from = span.getInputIndex();
        }
        to = Math.max(to, span.getInputIndex() + span.getLength());
      }
    }
    return from < 0 ? "" : markdown.substring(from, to).strip();
  }
}
