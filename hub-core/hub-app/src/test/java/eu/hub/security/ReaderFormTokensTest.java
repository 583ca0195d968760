package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderFormTokensTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-11-26T00:20:00Z");
  static final Duration DAY = Duration.ofHours(24);

  @Test
  void aFreshTokenIsValidForItsPurposeUntilItsExpiry() {
    String token = ReaderFormTokens.issue(SECRET, "comment", NOW, DAY);
    assertThat(token).matches("\\d+\\.[A-Za-z0-9_-]{43}");
    assertThat(ReaderFormTokens.check(SECRET, "comment", token, NOW))
        .isEqualTo(ReaderFormTokens.Check.VALID);
    assertThat(ReaderFormTokens.check(SECRET, "comment", token, NOW.plus(DAY).minusSeconds(1)))
        .isEqualTo(ReaderFormTokens.Check.VALID);
  }

  @Test
  void theExpiryIsRoundedUpToTheHourSoThatAPageKeepsOneTokenForAnHour() {
    assertThat(ReaderFormTokens.issue(SECRET, "comment", NOW, DAY))
        .isEqualTo(ReaderFormTokens.issue(SECRET, "comment", NOW.plusSeconds(30 * 60), DAY))
        .startsWith(Instant.parse("2026-11-27T01:00:00Z").getEpochSecond() + ".");
  }

  @Test
  void anOldTokenIsExpiredNotInvalid() {
    String token = ReaderFormTokens.issue(SECRET, "comment", NOW, DAY);
    assertThat(ReaderFormTokens.check(SECRET, "comment", token, NOW.plus(DAY).plusSeconds(3600)))
        .isEqualTo(ReaderFormTokens.Check.EXPIRED);
  }

  @Test
  void aTokenWithALaterExpiryWrittenIntoItIsInvalid() {
    String token = ReaderFormTokens.issue(SECRET, "comment", NOW, DAY);
    long expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
    String stretched = (expiry + 365L * 24 * 3600) + token.substring(token.indexOf('.'));
    assertThat(ReaderFormTokens.check(SECRET, "comment", stretched, NOW.plus(DAY).plus(DAY)))
        .isEqualTo(ReaderFormTokens.Check.INVALID);
  }

  @Test
  void aTamperedSignatureIsInvalid() {
    String token = ReaderFormTokens.issue(SECRET, "comment", NOW, DAY);
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(ReaderFormTokens.check(SECRET, "comment", tampered, NOW))
        .isEqualTo(ReaderFormTokens.Check.INVALID);
  }

  @Test
  void aTokenForAnotherPurposeOrFromAnotherSecretIsInvalid() {
    String token = ReaderFormTokens.issue(SECRET, "comment", NOW, DAY);
    assertThat(ReaderFormTokens.check(SECRET, "newsletter", token, NOW))
        .isEqualTo(ReaderFormTokens.Check.INVALID);
    byte[] other = SECRET.clone();
    other[0] ^= 1;
    assertThat(ReaderFormTokens.check(other, "comment", token, NOW))
        .isEqualTo(ReaderFormTokens.Check.INVALID);
  }

  @Test
  void missingOrMalformedTokensAreInvalidWithoutAnException() {
    for (String bad :
        new String[] {
          null,
          "",
          ".",
          "abc",
          "123",
          "123.",
          ".abc",
          "12a.abc",
          "123.!!!",
          "99999999999999999999.x",
          "9999999999999999999.x"
        }) {
      assertThat(ReaderFormTokens.check(SECRET, "comment", bad, NOW))
          .as(String.valueOf(bad))
          .isEqualTo(ReaderFormTokens.Check.INVALID);
    }
  }

  @Test
  void theSecretIsMadeOnceReadableByTheHubOnlyAndReadBackTheSame(@TempDir Path data)
      throws Exception {
    Path file = data.resolve(ReaderForms.KEY_FILE);
    byte[] first = ReaderForms.loadOrCreate(file);
    assertThat(first).hasSize(32);
    assertThat(ReaderForms.loadOrCreate(file)).isEqualTo(first);
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.list(file.getParent())).as("no temporary file left").hasSize(1);
  }

  @Test
  void theHubsReaderFormsExpireAfterADayOnTheirClockAndKeepTheirSecret(@TempDir Path data) {
    ReaderForms forms = new ReaderForms();
    forms.settings =
        new eu.hub.operations.HubSettings() {
          @Override
          public Path dataDirectory() {
            return data;
          }
        };
    forms.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    String token = forms.token(ReaderForms.COMMENT);
    assertThat(forms.check(ReaderForms.COMMENT, token)).isEqualTo(ReaderFormTokens.Check.VALID);
    forms.clock = Clock.fixed(NOW.plus(Duration.ofHours(26)), ZoneOffset.UTC);
    assertThat(forms.check(ReaderForms.COMMENT, token)).isEqualTo(ReaderFormTokens.Check.EXPIRED);

    ReaderForms restarted = new ReaderForms();
    restarted.settings = forms.settings;
    restarted.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    assertThat(restarted.check(ReaderForms.COMMENT, token))
        .as("the secret outlives a restart")
        .isEqualTo(ReaderFormTokens.Check.VALID);
  }

  @Test
  void onlyTheCommentFormTakesAReaderToken() {
    assertThat(ReaderForms.purposeOf("comments")).isEqualTo(ReaderForms.COMMENT);
    assertThat(ReaderForms.purposeOf("/comments")).isEqualTo(ReaderForms.COMMENT);
    assertThat(ReaderForms.purposeOf("admin/comments/1/approve")).isNull();
    assertThat(ReaderForms.purposeOf("sign-in")).isNull();
  }
}
