package eu.hub.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown to HTML that is safe to put on a page. Raw HTML in the Markdown is escaped, link
 * URLs are restricted to safe schemes, and the result passes an allow-list sanitizer ({@link
 * SafeHtml}) as a second line of defence. Headings get anchor ids so that they can be linked to.
 */
@ApplicationScoped
public class MarkdownRenderer {

  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .extensions(MarkdownSyntax.EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> new HeadingIdsAndLinks(this.images))
          .nodeRendererFactory(LessonPermalink.Renderer::new)
          .build();

  /** Sizes and variants of images, when the media library is there to say them. */
  private volatile ResponsiveImages images = ResponsiveImages.NONE;

  public MarkdownRenderer() {}

  /** A renderer that knows the given images (for tests; the server injects the library). */
  MarkdownRenderer(ResponsiveImages images) {
    this.images = images;
  }

  @Inject
  void useResponsiveImages(Instance<ResponsiveImages> found) {
    if (found.isResolvable()) {
      images = found.get();
    }
  }

  /** Parses Markdown; callers that inspect the document (checks, links) share one parse. */
  public Node parse(String markdown) {
    return MarkdownSyntax.parse(markdown);
  }

  /** Markdown to sanitized HTML, with the default options. */
  public String toHtml(String markdown) {
    return toHtml(markdown, RenderOptions.DEFAULT);
  }

  /** Markdown to sanitized HTML, with permalinks for lessons or resolved item references. */
  public String toHtml(String markdown, RenderOptions options) {
    return toHtml(parse(markdown), options);
  }

  /** A parsed document to sanitized HTML; item references in it are resolved in place. */
  public String toHtml(Node document) {
    return toHtml(document, RenderOptions.DEFAULT);
  }

  private String toHtml(Node document, RenderOptions options) {
    resolveReferences(document, options.references());
    if (options.lessonPermalinks()) {
      addLessonPermalinks(document);
    }
    return SafeHtml.sanitize(renderer.render(document));
  }

  /**
   * The lessons of a lessons-learned article: each {@code ###} heading is one lesson, grouped under
   * the {@code ##} heading before it. Ids are those the rendered headings get.
   */
  public List<Lesson> lessons(String markdown) {
    return Lesson.in(markdown == null ? "" : markdown, parse(markdown));
  }

  /** The words of the Markdown without markup: link texts, code and image alt texts are kept. */
  public String plainText(String markdown) {
    return PlainText.of(parse(markdown));
  }

  /**
   * The plain text on one line, cut at a word boundary so that it is at most {@code maxChars}
   * characters long including the "…" that marks the cut. For search snippets and descriptions.
   */
  public String excerpt(String markdown, int maxChars) {
    return PlainText.excerpt(plainText(markdown), maxChars);
  }

  /** Points {@code ref:type/slug} links at the item's page, or leaves only their text. */
  private static void resolveReferences(Node document, TypeSegments segments) {
    List<Link> references = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (ItemReference.isReference(link.getDestination())) {
              references.add(link);
            }
            visitChildren(link);
          }
        });
    for (Link link : references) {
      Optional<String> url =
          ItemReference.parse(link.getDestination())
              .flatMap(ref -> segments.urlSegment(ref.type()).map(ref::url));
      if (url.isPresent()) {
        link.setDestination(url.get());
      } else {
        unwrap(link);
      }
    }
  }

  private static void unwrap(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }

  private static void addLessonPermalinks(Node document) {
    HeadingIds ids = HeadingIds.of(document);
    List<Heading> lessons = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (heading.getLevel() == Lesson.LEVEL) {
              lessons.add(heading);
            }
          }
        });
    for (Heading heading : lessons) {
      heading.appendChild(new LessonPermalink(ids.idOf(heading), PlainText.of(heading)));
    }
  }

  /**
   * Gives headings their ids, and lets internal links be followed by search engines: commonmark
   * marks every link "nofollow" when it sanitizes URLs, which is right only for other sites.
   */
  private static final class HeadingIdsAndLinks implements AttributeProvider {

    private final ResponsiveImages images;
    private HeadingIds ids;

    HeadingIdsAndLinks(ResponsiveImages images) {
      this.images = images;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Heading heading) {
        if (ids == null) {
          ids = HeadingIds.of(root(heading));
        }
        attributes.put("id", ids.idOf(heading));
      } else if (node instanceof Link link && isInternal(link.getDestination())) {
        attributes.remove("rel");
      } else if (node instanceof Image image) {
        images
            .of(image.getDestination())
            .ifPresent(
                a -> {
                  attributes.put("width", Integer.toString(a.width()));
                  attributes.put("height", Integer.toString(a.height()));
                  attributes.put("srcset", a.srcset());
                  attributes.put("sizes", a.sizes());
                  attributes.put("loading", "lazy");
                  attributes.put("decoding", "async");
                });
      }
    }

    private static boolean isInternal(String destination) {
      return destination.startsWith("#")
          || (destination.startsWith("/")
              && !destination.startsWith("//")
              && !destination.startsWith("/\\"));
    }

    private static Node root(Node node) {
      Node root = node;
      while (root.getParent() != null) {
        root = root.getParent();
      }
      return root;
    }
  }
}
