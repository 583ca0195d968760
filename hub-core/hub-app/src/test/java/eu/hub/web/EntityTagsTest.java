package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private static final String TAG =
      EntityTags.strongTagOf("hello".getBytes(StandardCharsets.UTF_8));

  @Test
  void aStrongTagIsTheQuotedBase64urlSha256OfTheBody() {
    // SHA-256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
    assertThat(TAG).isEqualTo("\"LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ\"");
    assertThat(EntityTags.strongTagOf("hello!".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
  }

  @Test
  void theSameTagMatches() {
    assertThat(EntityTags.noneMatchHits(TAG, TAG)).isTrue();
  }

  @Test
  void aWeakTagWithTheSameValueMatchesBecauseIfNoneMatchComparesWeakly() {
    assertThat(EntityTags.noneMatchHits("W/" + TAG, TAG)).isTrue();
  }

  @Test
  void aListMatchesWhenAnyOfItsTagsDoes() {
    assertThat(EntityTags.noneMatchHits("\"a\", W/\"b\",  " + TAG, TAG)).isTrue();
    assertThat(EntityTags.noneMatchHits("\"a\",\"b\"", TAG)).isFalse();
  }

  @Test
  void aStarMatchesAnyCurrentRepresentation() {
    assertThat(EntityTags.noneMatchHits("*", TAG)).isTrue();
    assertThat(EntityTags.noneMatchHits(" * ", TAG)).isTrue();
  }

  @Test
  void anotherTagOrNoHeaderOrGarbageDoesNotMatch() {
    assertThat(EntityTags.noneMatchHits("\"other\"", TAG)).isFalse();
    assertThat(EntityTags.noneMatchHits(null, TAG)).isFalse();
    assertThat(EntityTags.noneMatchHits("", TAG)).isFalse();
    assertThat(EntityTags.noneMatchHits("LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ", TAG))
        .isFalse();
    assertThat(EntityTags.noneMatchHits("\"unterminated", TAG)).isFalse();
  }

  @Test
  void aCommaInsideQuotesBelongsToTheTag() {
    assertThat(EntityTags.parseList("\"a,b\", W/\"c\"")).containsExactly("\"a,b\"", "W/\"c\"");
    assertThat(EntityTags.noneMatchHits("\"a,b\"", "\"a\"")).isFalse();
  }

  @Test
  void textIsHashedInTheCharsetItIsSentIn() {
    assertThat(EntityTags.bytesOf("Jönköping", "ISO-8859-1")).hasSize(9);
    assertThat(EntityTags.bytesOf("Jönköping", null)).hasSize(11);
    assertThat(EntityTags.bytesOf("Jönköping", "no-such-charset")).hasSize(11);
  }
}
