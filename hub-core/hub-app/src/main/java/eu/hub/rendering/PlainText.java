package eu.hub.rendering;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown document without its markup, for search snippets, meta descriptions and
 * the text of lessons. Link texts, code and image alt texts are kept; URLs, raw HTML and footnote
 * markers are not, because they are not what a reader reads.
 */
final class PlainText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\n");
  private static final Pattern LEADING_LINES = Pattern.compile("^\n+");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");
  private static final String ELLIPSIS = "…";

  private PlainText() {}

  /** The text of a node and its children; blocks are separated by a line break. */
  static String of(Node node) {
    Collector collector = new Collector();
    node.accept(collector);
    return collector.text();
  }

  /**
   * The text of the nodes from {@code first} up to, not including, {@code end} (null: to the end).
   */
  static String ofRange(Node first, Node end) {
    Collector collector = new Collector();
    for (Node node = first; node != null && node != end; node = node.getNext()) {
      node.accept(collector);
    }
    return collector.text();
  }

  /**
   * The text on one line, shortened to at most {@code maxChars} characters at a word boundary, with
   * "…" (counted) where it was cut.
   */
  static String excerpt(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("An excerpt needs room for at least one character");
    }
    String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (line.length() <= maxChars) {
      return line;
    }
    int limit = maxChars - ELLIPSIS.length();
    int cut = line.lastIndexOf(' ', limit);
    if (cut <= 0) {
      BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
      words.setText(line);
      cut = words.preceding(limit + 1);
    }
    if (cut <= 0) {
      cut = limit;
    }
    if (cut > 0 && Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--;
    }
    String kept = line.substring(0, cut).stripTrailing();
    while (!kept.isEmpty() && isTrailingPunctuation(kept.charAt(kept.length() - 1))) {
      kept = kept.substring(0, kept.length() - 1).stripTrailing();
    }
    return kept + ELLIPSIS;
  }

  private static boolean isTrailingPunctuation(char c) {
    return ",;:.-–—(".indexOf(c) >= 0;
  }

  /** Walks a document, writing the words a reader sees. */
  private static final class Collector extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    /** What was collected, one block a line, code keeping its indentation. */
    String text() {
      String lines = TRAILING_SPACE.matcher(text).replaceAll("\n");
      return LEADING_LINES
          .matcher(BLANK_LINES.matcher(lines).replaceAll("\n"))
          .replaceFirst("")
          .stripTrailing();
    }

    @Override
    public void visit(Text node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
      text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
      text.append('\n');
    }

    @Override
    public void visit(HtmlInline node) {
      // Raw HTML is shown as text on the page, but it is markup, not words.
    }

    @Override
    public void visit(HtmlBlock node) {
      // As for inline HTML.
    }

    @Override
    public void visit(FencedCodeBlock node) {
      block(() -> text.append(node.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock node) {
      block(() -> text.append(node.getLiteral()));
    }

    @Override
    public void visit(Paragraph node) {
      blockOf(node);
    }

    @Override
    public void visit(Heading node) {
      blockOf(node);
    }

    @Override
    public void visit(BlockQuote node) {
      blockOf(node);
    }

    @Override
    public void visit(ListItem node) {
      blockOf(node);
    }

    @Override
    public void visit(CustomBlock node) {
      blockOf(node);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof FootnoteReference || node instanceof LessonPermalink) {
        return;
      }
      if (node instanceof TableCell && node.getPrevious() != null) {
        text.append(' ');
      }
      if (node instanceof TableRow) {
        blockOf(node);
      } else {
        visitChildren(node);
      }
    }

    private void blockOf(Node node) {
      block(() -> visitChildren(node));
    }

    private void block(Runnable content) {
      text.append('\n');
      content.run();
      text.append('\n');
    }
  }
}
