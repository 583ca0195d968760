package eu.hub.search;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The words a reader sees in a Markdown body, so that link targets and emphasis marks are neither
 * found nor shown in snippets. Raw HTML is kept as text: it is what the author wrote, and snippets
 * escape it.
 */
final class PlainText {

  private static final Parser PARSER = Parser.builder().build();

  private PlainText() {}

  static String fromMarkdown(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(markdown.length());
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Text text) {
                out.append(text.getLiteral());
              }

              @Override
              public void visit(Code code) {
                out.append(code.getLiteral());
              }

              @Override
              public void visit(HtmlInline html) {
                out.append(html.getLiteral());
              }

              @Override
              public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
              }

              @Override
              public void visit(HardLineBreak lineBreak) {
                out.append('\n');
              }

              @Override
              public void visit(FencedCodeBlock code) {
                block(code.getLiteral());
              }

              @Override
              public void visit(IndentedCodeBlock code) {
                block(code.getLiteral());
              }

              @Override
              public void visit(HtmlBlock html) {
                block(html.getLiteral());
              }

              @Override
              protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && !out.isEmpty() && !endsWithNewline()) {
                  out.append('\n');
                }
              }

              private void block(String literal) {
                out.append(literal);
                if (!endsWithNewline()) {
                  out.append('\n');
                }
              }

              private boolean endsWithNewline() {
                return !out.isEmpty() && out.charAt(out.length() - 1) == '\n';
              }
            });
    return out.toString().strip();
  }
}
