package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves that no hostile input, however it is placed in Markdown, reaches a page as something that
 * can run script, load content or restyle the page. The input is DOMPurify's test payloads and the
 * Big List of Naughty Strings, from {@code hub-core/hub-app/src/test/data/xss}; the output is
 * parsed with jsoup as a browser would parse it.
 */
class MarkdownXssTest {

  /** Elements that can run script, load content, submit data or change the document. */
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "style",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "base",
          "meta",
          "link",
          "svg",
          "math",
          "template",
          "noscript",
          "video",
          "audio",
          "source");

  /** Everything the Hub's Markdown may produce; anything else got through the sanitizer. */
  private static final Set<String> ALLOWED_ELEMENTS =
      Set.of(
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
          "section");

  private static final Set<String> ALLOWED_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "alt",
          "title",
          "rel",
          "aria-label",
          "id",
          "class",
          "data-footnote-ref",
          "data-footnote-backref",
          "data-footnote-backref-idx",
          "data-footnotes",
          "align",
          "start");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "srcset",
          "poster",
          "background",
          "cite",
          "data",
          "longdesc",
          "ping");

  private static final Pattern DANGEROUS_SCHEME = Pattern.compile("^(javascript|vbscript|data):");

  /** Characters a browser ignores in a URL's scheme. */
  private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]+");

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private static final RenderOptions PLAIN = RenderOptions.DEFAULT;

  private static final RenderOptions ALL_FEATURES =
      RenderOptions.DEFAULT
          .withLessonPermalinks()
          .withReferences(type -> Optional.of("case-studies"));

  /** One way of putting a payload into a Markdown body. */
  private record Embedding(String name, UnaryOperator<String> markdown, RenderOptions options) {}

  private static final List<Embedding> EMBEDDINGS =
      List.of(
          new Embedding("inline HTML", p -> "Before " + p + " after.", PLAIN),
          new Embedding("block HTML", p -> "Intro\n\n" + p + "\n\nOutro", PLAIN),
          new Embedding("link URL", p -> "[x](" + p + ")", PLAIN),
          new Embedding("link URL in angle brackets", p -> "[x](<" + p + ">)", PLAIN),
          new Embedding("link title", p -> "[x](/a \"" + p + "\")", PLAIN),
          new Embedding("link text", p -> "[" + p + "](https://example.org)", PLAIN),
          new Embedding("link reference definition", p -> "[x][r]\n\n[r]: " + p, PLAIN),
          new Embedding("image URL", p -> "![x](" + p + ")", PLAIN),
          new Embedding("image alt", p -> "![" + p + "](/media/x.png)", PLAIN),
          new Embedding("autolink", p -> "<" + p + ">", PLAIN),
          new Embedding(
              "bare URL", p -> "See https://example.org/" + p + " and www." + p + " ok", PLAIN),
          new Embedding("table cell", p -> "| a | b |\n|---|---|\n| " + p + " | x |", PLAIN),
          new Embedding("heading", p -> "## " + p, PLAIN),
          new Embedding("lesson heading", p -> "## Group\n\n### " + p + "\n\nText", ALL_FEATURES),
          new Embedding("footnote", p -> "Text[^1]\n\n[^1]: " + p, PLAIN),
          new Embedding("footnote label", p -> "Text[^" + p + "]\n\n[^" + p + "]: note", PLAIN),
          new Embedding("item reference", p -> "[x](ref:case-study/" + p + ")", ALL_FEATURES),
          new Embedding("code span", p -> "`" + p + "`", PLAIN),
          new Embedding("code block language", p -> "```" + p + "\ncode\n```", PLAIN));

  /** A payload and where it comes from, for the test's name. */
  private record Payload(String source, int index, String text) {}

  @TestFactory
  Stream<DynamicTest> noPayloadEmbeddedInMarkdownReachesThePageAsActiveContent()
      throws IOException {
    Path corpus = corpusDirectory();
    if (!Files.isDirectory(corpus)) {
      // The corpus is part of the repository: its absence is a broken checkout, not a skip.
      throw new IllegalStateException("no hostile input at " + corpus);
    }
    List<Payload> payloads = new ArrayList<>();
    JsonArray dompurify = readArray(corpus.resolve("dompurify-payloads.json"));
    for (int i = 0; i < dompurify.size(); i++) {
      payloads.add(new Payload("dompurify", i, dompurify.getJsonObject(i).getString("payload")));
    }
    JsonArray blns = readArray(corpus.resolve("blns.json"));
    for (int i = 0; i < blns.size(); i++) {
      JsonValue value = blns.get(i);
      if (value instanceof JsonString string) {
        payloads.add(new Payload("blns", i, string.getString()));
      }
    }
    assertThat(dompurify).as("DOMPurify payloads").hasSize(223);
    System.out.printf(
        Locale.ROOT,
        "XSS corpus: %d payloads (%d DOMPurify, %d naughty strings) x %d embeddings = %d cases%n",
        payloads.size(),
        dompurify.size(),
        payloads.size() - dompurify.size(),
        EMBEDDINGS.size(),
        payloads.size() * EMBEDDINGS.size());
    return payloads.stream()
        .flatMap(
            payload ->
                EMBEDDINGS.stream()
                    .map(
                        embedding ->
                            DynamicTest.dynamicTest(
                                payload.source()
                                    + " #"
                                    + payload.index()
                                    + " as "
                                    + embedding.name(),
                                () -> assertSafe(payload, embedding))));
  }

  private void assertSafe(Payload payload, Embedding embedding) {
    String markdown = embedding.markdown().apply(payload.text());
    String html = renderer.toHtml(markdown, embedding.options());
    assertThat(unsafeParts(html))
        .as(
            "%s #%d as %s%nMarkdown: %s%nHTML: %s",
            payload.source(), payload.index(), embedding.name(), markdown, html)
        .isEmpty();
  }

  @Test
  void theCheckFindsWhatABrowserWouldRunOrLoad() {
    assertThat(unsafeParts("<p onclick=\"x()\">a</p>")).hasSize(2);
    assertThat(unsafeParts("<a href=\" java&#x09;script:alert(1)\">a</a>")).hasSize(1);
    assertThat(unsafeParts("<img src=\"DATA:image/svg+xml,x\" alt=\"\">")).hasSize(1);
    assertThat(unsafeParts("<svg><a xlink:href=\"javascript:x\"></a></svg>")).isNotEmpty();
    assertThat(unsafeParts("<p style=\"color:red\">a</p>")).hasSize(2);
    assertThat(unsafeParts("<form><button formaction=\"javascript:x\">a</button></form>"))
        .isNotEmpty();
    assertThat(unsafeParts("<div>a</div>")).hasSize(1);
    assertThat(unsafeParts("<h2 id=\"a\">a <a href=\"#a\" class=\"permalink\">#</a></h2>"))
        .isEmpty();
  }

  /** What in the HTML, parsed as a browser would, is not allowed on a page. */
  private static List<String> unsafeParts(String html) {
    List<String> problems = new ArrayList<>();
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      String tag = element.normalName();
      if (FORBIDDEN_ELEMENTS.contains(tag)) {
        problems.add("forbidden element <" + tag + ">");
      } else if (!ALLOWED_ELEMENTS.contains(tag)) {
        problems.add("unexpected element <" + tag + ">");
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String where = name + "=\"" + attribute.getValue() + "\" on <" + tag + ">";
        if (name.startsWith("on")) {
          problems.add("event handler " + where);
        } else if (name.equals("style")) {
          problems.add("style " + where);
        }
        if (!ALLOWED_ATTRIBUTES.contains(name)) {
          problems.add("unexpected attribute " + where);
        }
        if (URL_ATTRIBUTES.contains(name)) {
          String url =
              IGNORED_IN_SCHEME
                  .matcher(attribute.getValue())
                  .replaceAll("")
                  .toLowerCase(Locale.ROOT);
          if (DANGEROUS_SCHEME.matcher(url).find()) {
            problems.add("dangerous URL " + where);
          }
        }
      }
    }
    return problems;
  }

  /**
   * {@code <repository root>/hub-core/hub-app/src/test/data/xss}, the root being Maven's
   * multi-module directory; run outside Maven, the nearest folder above the working directory that
   * has it.
   */
  private static Path corpusDirectory() {
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    if (root != null && !root.isBlank()) {
      return besideRepository(Path.of(root));
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path folder = here; folder != null; folder = folder.getParent()) {
      if (Files.isDirectory(besideRepository(folder))) {
        return besideRepository(folder);
      }
    }
    return besideRepository(here);
  }

  private static Path besideRepository(Path repository) {
    return repository.toAbsolutePath().normalize().resolve("hub-core/hub-app/src/test/data/xss");
  }

  private static JsonArray readArray(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader json = Json.createReader(reader)) {
      return json.readArray();
    }
  }
}
