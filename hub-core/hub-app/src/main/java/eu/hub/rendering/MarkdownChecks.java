package eu.hub.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What an editor should fix in a Markdown body before it is published: images without alt text,
 * broken internal links, headings that skip a level, link texts that do not say where they go, and
 * raw HTML (which the Hub shows as text). Findings carry the line of the body they are about.
 */
public final class MarkdownChecks {

  /** {@code /segment/slug}, optionally with a query and an anchor. */
  private static final Pattern ITEM_PATH =
      Pattern.compile("(/[^/?#\\s]+/[^/?#\\s]+)/?(\\?[^#]*)?(#.*)?");

  private static final Pattern LANG = Pattern.compile("(?:^\\?|&)lang=([^&]*)");

  /** Internal paths that are files or services, not published items. */
  private static final Set<String> UNCHECKED_SEGMENTS = Set.of("assets", "media", "search");

  /** Link texts that make sense only next to the link, in English and Swedish. */
  private static final Set<String> VAGUE_LINK_TEXTS =
      Set.of(
          "click here",
          "click",
          "here",
          "read more",
          "more",
          "this link",
          "link",
          "this",
          "klicka här",
          "klicka",
          "här",
          "läs mer",
          "mer",
          "denna länk",
          "den här länken",
          "länk");

  private static final int HTML_SHOWN = 40;

  private final LinkTargets targets;
  private final TypeSegments segments;

  /**
   * Checks against the pages that exist and the content types' URL segments.
   *
   * @param targets which {@code /segment/slug} pages exist
   * @param segments the URL segment of each content type, for {@code ref:type/slug} links
   */
  public MarkdownChecks(LinkTargets targets, TypeSegments segments) {
    this.targets = Objects.requireNonNull(targets, "targets");
    this.segments = Objects.requireNonNull(segments, "segments");
  }

  /** The findings for a body, in the order of its lines. */
  public List<Finding> check(String markdown) {
    Node document = MarkdownSyntax.parse(markdown);
    HeadingIds headingIds = HeadingIds.of(document);
    Visitor visitor = new Visitor(headingIds);
    document.accept(visitor);
    List<Finding> findings = new ArrayList<>(visitor.findings);
    findings.sort(Comparator.comparingInt(Finding::line));
    return List.copyOf(findings);
  }

  /** Walks the document once, collecting findings. */
  private final class Visitor extends AbstractVisitor {

    private final HeadingIds headingIds;
    private final List<Finding> findings = new ArrayList<>();

    /** The page title is the H1, so the body starts below it. */
    private int previousLevel = 1;

    private int h1Count;

    Visitor(HeadingIds headingIds) {
      this.headingIds = headingIds;
    }

    @Override
    public void visit(Image image) {
      if (PlainText.of(image).isBlank()) {
        findings.add(
            Finding.error(
                lineOf(image),
                "Image "
                    + image.getDestination()
                    + " has no alt text: describe it for people who cannot see it"));
      }
      visitChildren(image);
    }

    @Override
    public void visit(Link link) {
      String text = PlainText.of(link);
      checkTarget(link, text);
      String normalized = normalize(text);
      if (VAGUE_LINK_TEXTS.contains(normalized)) {
        findings.add(
            Finding.warning(
                lineOf(link), "Link text '" + text.strip() + "' does not say where the link goes"));
      }
      visitChildren(link);
    }

    @Override
    public void visit(Heading heading) {
      int level = heading.getLevel();
      String text = PlainText.of(heading);
      if (level > previousLevel + 1) {
        findings.add(
            Finding.error(
                lineOf(heading),
                "Heading '"
                    + text
                    + "' is an H"
                    + level
                    + " after an H"
                    + previousLevel
                    + (previousLevel == 1 ? " (the page title)" : "")
                    + ": make it an H"
                    + (previousLevel + 1)
                    + ", headings must not skip a level"));
      }
      if (level == 1 && ++h1Count > 1) {
        findings.add(
            Finding.warning(
                lineOf(heading),
                "Heading '"
                    + text
                    + "' is another H1: the page title is already the H1, so start body"
                    + " headings at H2 (##)"));
      }
      previousLevel = level;
      visitChildren(heading);
    }

    @Override
    public void visit(HtmlBlock html) {
      rawHtml(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      if (!html.getLiteral().startsWith("</")) {
        rawHtml(html, html.getLiteral());
      }
    }

    private void rawHtml(Node node, String literal) {
      String shown = literal.strip().replaceAll("\\s+", " ");
      if (shown.length() > HTML_SHOWN) {
        shown = shown.substring(0, HTML_SHOWN) + "…";
      }
      findings.add(
          Finding.warning(
              lineOf(node),
              "Raw HTML '"
                  + shown
                  + "' will be shown as text, not as HTML: write it in Markdown instead"));
    }

    private void checkTarget(Link link, String text) {
      String destination = link.getDestination();
      int line = lineOf(link);
      if (ItemReference.isReference(destination)) {
        checkReference(line, text, destination);
      } else if (destination.startsWith("#") && destination.length() > 1) {
        String anchor = destination.substring(1);
        if (!headingIds.contains(anchor) && !anchor.startsWith("fn")) {
          findings.add(
              Finding.warning(
                  line,
                  "Link '"
                      + text
                      + "' goes to "
                      + destination
                      + ", but no heading in this text has that anchor"));
        }
      } else {
        Matcher path = ITEM_PATH.matcher(destination);
        if (path.matches() && !UNCHECKED_SEGMENTS.contains(firstSegment(path.group(1)))) {
          String language = language(path.group(2));
          if (!exists(path.group(1), language)) {
            findings.add(
                Finding.error(
                    line,
                    "Link '"
                        + text
                        + "' goes to "
                        + destination
                        + ", which does not exist"
                        + (language == null ? "" : " in language '" + language + "'")
                        + ": correct the address or remove the link"));
          }
        }
      }
    }

    private void checkReference(int line, String text, String destination) {
      Optional<ItemReference> parsed = ItemReference.parse(destination);
      if (parsed.isEmpty()) {
        findings.add(
            Finding.error(
                line,
                "Link '"
                    + text
                    + "' refers to "
                    + destination
                    + ", which is not a reference: write ref:type/slug, e.g."
                    + " ref:case-study/some-slug"));
        return;
      }
      ItemReference reference = parsed.get();
      Optional<String> segment = segments.urlSegment(reference.type());
      if (segment.isEmpty()) {
        findings.add(
            Finding.error(
                line,
                "Link '"
                    + text
                    + "' refers to "
                    + destination
                    + ", but there is no content type '"
                    + reference.type()
                    + "'"));
        return;
      }
      Matcher suffix = ITEM_PATH.matcher(reference.url(segment.get()));
      String language = suffix.matches() ? language(suffix.group(2)) : null;
      if (!exists(reference.path(segment.get()), language)) {
        findings.add(
            Finding.error(
                line,
                "Link '"
                    + text
                    + "' refers to "
                    + destination
                    + ", but there is no "
                    + reference.type()
                    + " '"
                    + reference.slug()
                    + "'"
                    + (language == null ? "" : " in language '" + language + "'")));
      }
    }

    private boolean exists(String path, String language) {
      return language == null ? targets.exists(path) : targets.exists(path, language);
    }
  }

  private static String firstSegment(String path) {
    return path.substring(1, path.indexOf('/', 1));
  }

  private static String language(String query) {
    if (query == null) {
      return null;
    }
    Matcher lang = LANG.matcher(query);
    return lang.find() && !lang.group(1).isEmpty() ? lang.group(1) : null;
  }

  private static String normalize(String linkText) {
    return linkText
        .strip()
        .replaceAll("[\\s\\u00a0]+", " ")
        .replaceAll("^[\\p{Punct}…»«“”]+|[\\p{Punct}…»«“”]+$", "")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The 1-based line a node starts on, or that of the nearest enclosing node that has one. */
  private static int lineOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        return spans.get(0).getLineIndex() + 1;
      }
    }
    return 0;
  }
}
