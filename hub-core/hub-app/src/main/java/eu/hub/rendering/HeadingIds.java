package eu.hub.rendering;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The anchor id of every heading in a document, computed once so that the rendered HTML, the lesson
 * list and the link checks agree on it. Ids are unique within the document ("results", "results-1")
 * and made of letters, digits, "-" and "_" only.
 */
final class HeadingIds {

  /**
   * Ids the page around the body already uses (the skip link's target): a heading called "Main"
   * becomes "main-1" rather than a second "main".
   */
  static final List<String> RESERVED = List.of("main");

  /** Long headings get ids from their first words only, so that URLs with them stay usable. */
  private static final int MAX_ID_SOURCE = 80;

  private final Map<Heading, String> ids = new IdentityHashMap<>();
  private final Set<String> values = new HashSet<>();

  private HeadingIds() {}

  /** Ids for all headings of the document, in document order. */
  static HeadingIds of(Node document) {
    HeadingIds result = new HeadingIds();
    IdGenerator generator = IdGenerator.builder().defaultId("section").build();
    RESERVED.forEach(generator::generateId);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            String id = generator.generateId(textOf(heading));
            result.ids.put(heading, id);
            result.values.add(id);
          }
        });
    return result;
  }

  /** The id of a heading of this document. */
  String idOf(Heading heading) {
    String id = ids.get(heading);
    if (id == null) {
      throw new IllegalArgumentException("The heading is not part of this document");
    }
    return id;
  }

  /** Whether some heading of the document has this id. */
  boolean contains(String id) {
    return values.contains(id);
  }

  /** The words an id is made from: text and code, as the heading-anchor extension takes them. */
  private static String textOf(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Code node) {
            text.append(node.getLiteral());
          }
        });
    String words = text.toString().strip();
    if (words.length() > MAX_ID_SOURCE) {
      int end = MAX_ID_SOURCE;
      if (Character.isHighSurrogate(words.charAt(end - 1))) {
        end--;
      }
      words = words.substring(0, end);
    }
    return words.toLowerCase(Locale.ROOT);
  }
}
