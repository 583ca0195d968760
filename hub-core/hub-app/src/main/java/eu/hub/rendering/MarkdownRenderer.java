package eu.hub.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown to HTML that is safe to put on a page. Raw HTML in the Markdown is escaped, link
 * URLs are restricted to safe schemes, and the result passes an allow-list sanitizer as a second
 * line of defence.
 */
@ApplicationScoped
public class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          AutolinkExtension.create(),
          HeadingAnchorExtension.create(),
          FootnotesExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.BLOCKS
          .and(Sanitizers.FORMATTING)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "sup", "section", "figure", "figcaption")
                  .allowAttributes("id")
                  .matching(false, "^[A-Za-z][A-Za-z0-9_:.-]*$")
                  .onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "sup", "section", "p")
                  .allowAttributes("class")
                  .matching(
                      false, "^(footnotes|footnote-ref|footnote-backref|language-[a-z0-9+#-]+)$")
                  .onElements("code", "section", "a", "sup")
                  .allowAttributes("data-footnote-ref", "data-footnote-backref", "data-footnotes")
                  .onElements("a", "section")
                  .allowAttributes("align")
                  .onElements("th", "td")
                  .toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /** Parses Markdown; callers that inspect the document (checks, links) share one parse. */
  public Node parse(String markdown) {
    return parser.parse(markdown == null ? "" : markdown);
  }

  /** Markdown to sanitized HTML. */
  public String toHtml(String markdown) {
    return toHtml(parse(markdown));
  }

  /** A parsed document to sanitized HTML. */
  public String toHtml(Node document) {
    return POLICY.sanitize(renderer.render(document));
  }
}
