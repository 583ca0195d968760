package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.contentfolder.MarkdownFile;
import eu.hub.rendering.Finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummaryReadabilityTest {

  @Test
  void aShortPlainEnglishSummaryGetsNoHint() {
    assertThat(
            SummaryReadability.check(
                "Angus Council let people in Angus choose how to spend some of its money. The Like!"
                    + " project tells how.",
                "en"))
        .isEmpty();
  }

  @Test
  void anEnglishSentenceOfMoreThan25WordsGetsAWarningThatSaysItsLength() {
    String summary =
        "The council worked with residents, local charities, two universities and a number of"
            + " small businesses over three years to find out which of its services older people"
            + " found hard to use online.";

    List<Finding> findings = SummaryReadability.check(summary, "en");

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).message())
        .contains("a sentence of 32 words")
        .contains("'The council worked with residents, local …'")
        .contains("25 words");
  }

  @Test
  void exactly25WordsIsStillFine() {
    String words25 = "one two three four five six seven eight nine ten ".repeat(2) + "a b c d e.";
    assertThat(SummaryReadability.words(words25, Locale.ENGLISH)).hasSize(25);
    assertThat(SummaryReadability.check(words25, "en")).isEmpty();
  }

  @Test
  void anExclamationMarkInsideANameDoesNotEndTheSentence() {
    assertThat(
            SummaryReadability.sentences(
                "Both the Like! and the CoSIE projects say so. They agree.", Locale.ENGLISH))
        .hasSize(2)
        .first()
        .isEqualTo("Both the Like! and the CoSIE projects say so. ");
  }

  @Test
  void aSwedishSentenceOfMoreThan25WordsGetsAWarning() {
    String summary =
        "Elva korta lärdomar från projektet om hur en kommun kan utforma digitala tjänster"
            + " tillsammans med medborgarna och med de företag och föreningar som finns i staden"
            + " där de bor och arbetar.";

    List<Finding> findings = SummaryReadability.check(summary, "sv");

    assertThat(findings)
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("31 words");
  }

  @Test
  void shortSwedishSentencesGetNoHint() {
    assertThat(
            SummaryReadability.check(
                "Elva korta lärdomar från projektet CoSIE. De handlar om hur en kommun kan göra"
                    + " digitala tjänster tillsammans med medborgarna.",
                "sv"))
        .isEmpty();
  }

  @Test
  void anEnglishSummaryMadeMostlyOfLongWordsGetsAHardToReadWarning() {
    String summary =
        "European research and innovation programme, investigating interdisciplinary"
            + " collaborative improvement through participatory co-creation between municipal"
            + " service providers.";

    List<Finding> findings = SummaryReadability.check(summary, "en");

    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(findings.get(0).message()).contains("hard to read").contains("at most 50 %");
  }

  @Test
  void swedishCompoundsAreAllowedMoreLongWordsThanEnglishForTheSameShare() {
    // 11 words, 6 of them long (55 %): over the English limit, within the Swedish one.
    String swedish =
        "Kommunen erbjuder gratis datorkurser för pensionärer och invånare i alla stadsdelar.";
    assertThat(SummaryReadability.words(swedish, Locale.forLanguageTag("sv"))).hasSize(11);

    assertThat(SummaryReadability.check(swedish, "sv")).isEmpty();
    assertThat(SummaryReadability.check(swedish, "en"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("55 %");
  }

  @Test
  void aVeryShortSummaryIsNotJudgedByItsLongWords() {
    assertThat(SummaryReadability.check("Participatory budgeting, Scotland.", "en")).isEmpty();
  }

  @Test
  void noSummaryGetsNoHint() {
    assertThat(SummaryReadability.check(null, "en")).isEmpty();
    assertThat(SummaryReadability.check("  ", null)).isEmpty();
  }

  @Test
  void everySeedSummaryInTheContentFolderReadsWithoutAHint() throws Exception {
    Path content = Path.of("../../content");
    Map<String, List<String>> hints = new TreeMap<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).toList()) {
        Map<String, Object> front = MarkdownFile.parse(Files.readString(file)).frontMatter();
        Object language = front.getOrDefault("language", "en");
        List<String> messages =
            SummaryReadability.check((String) front.get("summary"), language.toString()).stream()
                .map(Finding::message)
                .toList();
        if (!messages.isEmpty()) {
          hints.put(content.relativize(file).toString(), messages);
        }
      }
    }
    assertThat(hints).isEmpty();
  }
}
