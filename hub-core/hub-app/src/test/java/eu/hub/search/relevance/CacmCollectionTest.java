package eu.hub.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.contentfolder.MarkdownFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacmCollectionTest {

  private static final String HTML =
      """
      <html>
      <pre>


      Extraction of Roots by Repeated Subtractions for "Digital" Computers
         &amp; Other Machines

      CACM December, 1958

      Sugai, I.

      CA581202 JB March 22, 1978  8:29 PM

      2	5	2
      </pre>
      </html>
      """;

  @Test
  void aCacmDocumentBecomesAContentFileTheImportReads() throws Exception {
    CacmCollection.ContentFile file = CacmCollection.convert("CACM-0002", HTML);
    assertThat(file.slug()).isEqualTo("cacm-0002");
    assertThat(file.fileName()).isEqualTo("cacm-0002.md");
    assertThat(file.title())
        .isEqualTo(
            "Extraction of Roots by Repeated Subtractions for \"Digital\" Computers & Other"
                + " Machines");

    MarkdownFile parsed = MarkdownFile.parse(file.markdown());
    assertThat(parsed.frontMatter())
        .containsEntry("type", "article")
        .containsEntry("title", file.title())
        .containsEntry("slug", "cacm-0002");
    assertThat(parsed.body())
        .startsWith("CACM December, 1958")
        .contains("Sugai, I.")
        .contains("2\t5\t2")
        .doesNotContain("<pre>");
  }

  @Test
  void judgedDocumentNumbersBecomeSlugs() {
    assertThat(CacmCollection.slugOf("CACM-1410")).isEqualTo("cacm-1410");
    assertThat(CacmCollection.slugOf("CACM-7")).isEqualTo("cacm-0007");
  }

  @Test
  void theWholeCollectionBecomesAContentFolder(@TempDir Path target) throws Exception {
    Path folder = CacmRelevanceTest.collectionFolder();
    if (!Files.isRegularFile(folder.resolve("cacm.tar.gz"))) {
      return;
    }
    CacmCollection cacm = CacmCollection.load(folder);
    assertThat(cacm.topics()).hasSize(64);
    assertThat(cacm.judgments().values().stream().mapToInt(Set::size).sum()).isEqualTo(796);
    cacm.writeContentFolder(target);
    try (var files = Files.list(target)) {
      assertThat(files.count()).isEqualTo(3204);
    }
    MarkdownFile first = MarkdownFile.parse(Files.readString(target.resolve("cacm-0001.md")));
    assertThat(first.frontMatter())
        .containsEntry("title", "Preliminary Report-International Algebraic Language");
  }

  @Test
  void averagePrecisionAndPrecisionAt30FollowTrecEval() {
    List<String> ranked = List.of("a", "x", "b", "y", "a");
    Set<String> relevant = Set.of("a", "b", "c");
    // Relevant at ranks 1 and 3; c never retrieved; the repeated a counts once.
    assertThat(TrecEval.averagePrecision(ranked, relevant))
        .isCloseTo((1.0 + 2.0 / 3) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(TrecEval.precisionAt(30, ranked, relevant)).isEqualTo(2.0 / 30);
    TrecEval.Result result =
        TrecEval.evaluate(
            java.util.Map.of("1", ranked), java.util.Map.of("1", relevant, "2", Set.of("z")));
    assertThat(result.queries()).isEqualTo(2);
    assertThat(result.map())
        .isCloseTo((1.0 + 2.0 / 3) / 3 / 2, org.assertj.core.data.Offset.offset(1e-9));
  }
}
