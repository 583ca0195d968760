package eu.hub.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.editorial.Comparison.DiffLine;
import eu.hub.editorial.Comparison.DiffLine.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-by-side line diff used to compare revisions. */
class LineDiffTest {

  @Test
  void identicalTextsAreAllSameLines() {
    List<DiffLine> lines = LineDiff.of("a\nb", "a\nb");
    assertThat(lines).extracting(DiffLine::kind).containsExactly(Kind.SAME, Kind.SAME);
  }

  @Test
  void aChangedLineIsPairedWithItsNewVersion() {
    List<DiffLine> lines = LineDiff.of("intro\nold text\nend", "intro\nnew text\nend");
    assertThat(lines)
        .containsExactly(
            new DiffLine(Kind.SAME, "intro", "intro", 1, 1),
            new DiffLine(Kind.CHANGED, "old text", "new text", 2, 2),
            new DiffLine(Kind.SAME, "end", "end", 3, 3));
  }

  @Test
  void insertedAndDeletedLinesKeepTheLineNumbersOfBothSides() {
    List<DiffLine> lines = LineDiff.of("a\nb\nc", "a\nc\nd");
    assertThat(lines)
        .containsExactly(
            new DiffLine(Kind.SAME, "a", "a", 1, 1),
            new DiffLine(Kind.DELETED, "b", null, 2, 0),
            new DiffLine(Kind.SAME, "c", "c", 3, 2),
            new DiffLine(Kind.INSERTED, null, "d", 0, 3));
  }

  @Test
  void nothingBeforeMeansEveryLineIsInserted() {
    assertThat(LineDiff.of(null, "x\ny"))
        .extracting(DiffLine::kind)
        .containsExactly(Kind.INSERTED, Kind.INSERTED);
    assertThat(LineDiff.of("x", "")).extracting(DiffLine::kind).containsExactly(Kind.DELETED);
  }
}
