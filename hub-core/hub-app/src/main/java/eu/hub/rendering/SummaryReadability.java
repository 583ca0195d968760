package eu.hub.rendering;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A readability hint for an item's summary, the text readers see in lists and search results. Two
 * simple measures, both only hints (warnings), never reasons to hold back publishing:
 *
 * <ul>
 *   <li>A sentence of more than {@value #MAX_SENTENCE_WORDS} words. Plain-language guidance
 *       (GOV.UK, the Swedish Language Council's "klarspråk") asks for sentences of about 15 to 20
 *       words; over 25 most readers have to read twice.
 *   <li>A summary of at least {@value #MIN_WORDS_FOR_SHARE} words in which long words (seven
 *       letters or more, the definition of the LIX readability index) make up more than half of the
 *       words, or more than {@value #MAX_LONG_SHARE_COMPOUNDING} % in languages that write
 *       compounds as one word (Swedish, German, Danish, Norwegian, Dutch, Finnish, Icelandic),
 *       where long words are common even in plain text.
 * </ul>
 *
 * Sentences and words are found with the JDK's {@link BreakIterator} for the item's language; a
 * "sentence" that starts with a small letter continues the one before ("the Like! project").
 */
public final class SummaryReadability {

  /** Longest sentence that does not get a hint. */
  static final int MAX_SENTENCE_WORDS = 25;

  /** Long words have at least this many letters (LIX counts words of more than six letters). */
  static final int LONG_WORD_LETTERS = 7;

  /** The long-word share is not judged on fewer words than this: too few to say anything. */
  static final int MIN_WORDS_FOR_SHARE = 10;

  /** Highest share of long words, in percent, without a hint. */
  static final int MAX_LONG_SHARE = 50;

  /** The same for languages that write compound words as one word. */
  static final int MAX_LONG_SHARE_COMPOUNDING = 60;

  private static final Set<String> COMPOUNDING =
      Set.of("sv", "de", "da", "no", "nb", "nn", "nl", "fi", "is");

  private static final int QUOTED_WORDS = 6;

  private SummaryReadability() {}

  /**
   * The hints for a summary.
   *
   * @param summary the summary as written, may be null or blank
   * @param language the item's language code ({@code en}, {@code sv}), may be null
   */
  public static List<Finding> check(String summary, String language) {
    List<Finding> findings = new ArrayList<>();
    if (summary == null || summary.isBlank()) {
      return findings;
    }
    Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    List<String> words = new ArrayList<>();
    for (String sentence : sentences(summary.strip(), locale)) {
      List<String> sentenceWords = words(sentence, locale);
      words.addAll(sentenceWords);
      if (sentenceWords.size() > MAX_SENTENCE_WORDS) {
        findings.add(
            Finding.warning(
                0,
                "The summary has a sentence of "
                    + sentenceWords.size()
                    + " words ('"
                    + beginning(sentence)
                    + " …'): split it, so that no sentence is longer than "
                    + MAX_SENTENCE_WORDS
                    + " words"));
      }
    }
    if (words.size() >= MIN_WORDS_FOR_SHARE) {
      long longWords = words.stream().filter(SummaryReadability::isLong).count();
      int share = (int) Math.round(100.0 * longWords / words.size());
      int limit =
          COMPOUNDING.contains(locale.getLanguage()) ? MAX_LONG_SHARE_COMPOUNDING : MAX_LONG_SHARE;
      if (share > limit) {
        findings.add(
            Finding.warning(
                0,
                "The summary is hard to read: "
                    + share
                    + " % of its words have "
                    + LONG_WORD_LETTERS
                    + " letters or more (aim for at most "
                    + limit
                    + " %): use shorter, everyday words where you can"));
      }
    }
    return findings;
  }

  /** The sentences of a text; a break before a small letter is not a sentence end. */
  static List<String> sentences(String text, Locale locale) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String sentence = text.substring(start, end);
      if (!sentences.isEmpty() && startsLowerCase(sentence)) {
        int last = sentences.size() - 1;
        sentences.set(last, sentences.get(last) + sentence);
      } else {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** The words of a text: runs that contain a letter or a digit, without the punctuation. */
  static List<String> words(String text, Locale locale) {
    BreakIterator breaks = BreakIterator.getWordInstance(locale);
    breaks.setText(text);
    List<String> words = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String word = text.substring(start, end);
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The first few words of a sentence as written, so the editor can find it. */
  private static String beginning(String sentence) {
    String[] parts = sentence.strip().split("\\s+");
    return String.join(" ", Arrays.copyOf(parts, Math.min(parts.length, QUOTED_WORDS)));
  }

  private static boolean isLong(String word) {
    return word.codePoints().filter(Character::isLetter).count() >= LONG_WORD_LETTERS;
  }

  private static boolean startsLowerCase(String sentence) {
    String s = sentence.strip();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }
}
