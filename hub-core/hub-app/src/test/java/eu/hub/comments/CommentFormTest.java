package eu.hub.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentFormTest {

  @Test
  void aNameAndACommentAreEnoughAndTheEmailIsOptional() {
    assertThat(CommentForm.of(" Anna ", "", " Good read. ", null).problems()).isEmpty();
    assertThat(CommentForm.of("Anna", null, "Good read.", "").looksLikeARobot()).isFalse();
  }

  @Test
  void missingAndTooLongFieldsAreNamedWithTheFieldTheyBelongTo() {
    assertThat(CommentForm.of("", "not an address", "  ", "").problems())
        .extracting(CommentForm.Problem::field, CommentForm.Problem::messageKey)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("comment-name", "comments.error.nameMissing"),
            org.assertj.core.api.Assertions.tuple("comment-email", "comments.error.email"),
            org.assertj.core.api.Assertions.tuple("comment-text", "comments.error.commentMissing"));
    assertThat(CommentForm.of("a".repeat(101), "", "b".repeat(4001), "").problems())
        .extracting(CommentForm.Problem::messageKey)
        .containsExactly("comments.error.nameLong", "comments.error.commentLong");
  }

  @Test
  void aFilledHoneypotMarksARobot() {
    assertThat(CommentForm.of("Anna", "", "Hi", "http://spam.example").looksLikeARobot()).isTrue();
  }

  @Test
  void controlCharactersAreDroppedButParagraphsKept() {
    CommentForm form = CommentForm.of("An\u0000na", "", "One\r\n\r\nTwo\u0007", "");
    assertThat(form.name()).isEqualTo("Anna");
    assertThat(CommentForm.paragraphs(form.comment())).containsExactly("One", "Two");
  }

  @Test
  void theFourthCommentInTenMinutesIsRefusedAndAllowedAgainLater() {
    SlidingWindow window = new SlidingWindow(3, Duration.ofMinutes(10));
    Instant t = Instant.parse("2026-11-25T10:00:00Z");
    assertThat(window.tryAcquire("a", t)).isTrue();
    assertThat(window.tryAcquire("a", t.plusSeconds(60))).isTrue();
    assertThat(window.tryAcquire("a", t.plusSeconds(120))).isTrue();
    assertThat(window.tryAcquire("a", t.plusSeconds(180))).isFalse();
    assertThat(window.tryAcquire("b", t.plusSeconds(180))).as("another address").isTrue();
    assertThat(window.retryAfter("a", t.plusSeconds(180))).isEqualTo(Duration.ofMinutes(7));
    assertThat(window.tryAcquire("a", t.plusSeconds(601))).isTrue();
  }
}
