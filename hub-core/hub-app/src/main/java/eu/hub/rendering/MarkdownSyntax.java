package eu.hub.rendering;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown dialect of the Hub, shared by rendering, checks and text extraction so that all of
 * them see the same document. Source spans are kept so that checks can name the line.
 */
final class MarkdownSyntax {

  /** Heading ids are added by {@link HeadingIds}, not by the heading-anchor extension. */
  static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create(), FootnotesExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownSyntax() {}

  /** Parses Markdown; {@code null} is an empty document. */
  static Node parse(String markdown) {
    return PARSER.parse(markdown == null ? "" : markdown);
  }
}
