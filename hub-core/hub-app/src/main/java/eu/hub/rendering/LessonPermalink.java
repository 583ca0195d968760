package eu.hub.rendering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The "#" link after a lesson's heading text, so that a reader can copy a link to one lesson. Its
 * accessible name says what it links to, because "#" alone means nothing to a screen reader.
 */
final class LessonPermalink extends CustomNode {

  private final String id;
  private final String headingText;

  LessonPermalink(String id, String headingText) {
    this.id = id;
    this.headingText = headingText;
  }

  /** Writes the permalink as {@code <a class="permalink" href="#id" aria-label="...">#</a>}. */
  static final class Renderer implements NodeRenderer {

    private final HtmlWriter html;

    Renderer(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(LessonPermalink.class);
    }

    @Override
    public void render(Node node) {
      LessonPermalink permalink = (LessonPermalink) node;
      html.raw(" ");
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("class", "permalink");
      attributes.put("href", "#" + permalink.id);
      attributes.put("aria-label", "Link to this lesson: " + permalink.headingText);
      html.tag("a", attributes);
      html.text("#");
      html.tag("/a");
    }
  }
}
