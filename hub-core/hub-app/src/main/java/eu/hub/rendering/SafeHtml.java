package eu.hub.rendering;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that rendered Markdown passes before it reaches a page: exactly the elements and
 * attributes the Hub's Markdown produces, nothing else. Raw HTML is already escaped by the
 * renderer, so this is the second line of defence, and it must not undo the first by dropping ids
 * or classes that headings, footnotes and permalinks need.
 */
final class SafeHtml {

  /** Heading ids as {@link HeadingIds} makes them: letters, digits, "-" and "_". */
  private static final Pattern HEADING_ID =
      Pattern.compile("[\\w-]{1,200}", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Footnote ids carry the author's label ("fn-note", "fnref-note"); with the hyphenated prefix
   * they cannot be a name that a script uses as a global variable.
   */
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-[^\\s]{1,200}");

  /**
   * Value patterns are given as {@link Pattern}s: {@code matching(boolean, String...)} takes a list
   * of literal values, not a regular expression, which is how heading ids were once all dropped.
   */
  private static final Pattern ID =
      Pattern.compile(HEADING_ID.pattern() + "|" + FOOTNOTE_ID.pattern(), HEADING_ID.flags());

  private static final Pattern CLASS =
      Pattern.compile(
          "footnotes|footnote-ref|footnote-backref|permalink|language-[A-Za-z0-9+#_.-]+");

  /**
   * Responsive images, as the media library's {@link ResponsiveImages} makes them: only the
   * library's own addresses, so that {@code srcset} cannot point anywhere an author chooses. The
   * sanitizer rewrites the list with " , " between candidates before the pattern sees it.
   */
  private static final Pattern SRCSET =
      Pattern.compile(
          "/media/[0-9]{1,18}/(original|[0-9]{1,5})/[a-z0-9_.-]{1,100} [0-9]{1,5}w"
              + "( ?, ?/media/[0-9]{1,18}/(original|[0-9]{1,5})/[a-z0-9_.-]{1,100} [0-9]{1,5}w){0,8}");

  private static final Pattern SIZES =
      Pattern.compile("\\(max-width: [0-9]{1,4}(px|em)\\) 100vw, [0-9]{1,4}(px|em)");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "ul",
              "ol",
              "li",
              "pre",
              "code",
              "em",
              "strong",
              "a",
              "img",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "sup",
              "section")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("src")
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(Pattern.compile("[0-9]{1,5}"))
          .onElements("img")
          .allowAttributes("srcset")
          .matching(SRCSET)
          .onElements("img")
          .allowAttributes("sizes")
          .matching(SIZES)
          .onElements("img")
          .allowAttributes("loading")
          .matching(false, "lazy")
          .onElements("img")
          .allowAttributes("decoding")
          .matching(false, "async")
          .onElements("img")
          .allowAttributes("title")
          .onElements("a", "img")
          .allowAttributes("rel")
          .matching(false, "nofollow")
          .onElements("a")
          .allowAttributes("aria-label")
          .onElements("a")
          .allowAttributes("id")
          .matching(ID)
          .onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "a")
          .allowAttributes("class")
          .matching(CLASS)
          .onElements("code", "section", "a", "sup")
          .allowAttributes("data-footnote-ref", "data-footnote-backref", "data-footnotes")
          .onElements("a", "section")
          .allowAttributes("data-footnote-backref-idx")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("a")
          .allowAttributes("align")
          .matching(false, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,9}"))
          .onElements("ol")
          .toFactory();

  private SafeHtml() {}

  /** Keeps what the allow-list allows and drops or escapes everything else. */
  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
