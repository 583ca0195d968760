package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void aLongUncommonPassphraseIsAccepted() {
    assertThat(PasswordRules.problem("violet tram under the bridge", "ana@example.eu")).isEmpty();
  }

  @Test
  void aShortPasswordIsRefusedWithTheMinimumInTheMessage() {
    assertThat(PasswordRules.problem("Xk3#pq9", null))
        .get()
        .asString()
        .contains("too short")
        .contains("12");
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheCaseAndTrailingDigits() {
    assertThat(PasswordRules.problem("password1234", null)).get().asString().contains("common");
    assertThat(PasswordRules.problem("Qwertyuiop123", null)).isPresent();
    assertThat(PasswordRules.problem("Password2024!!", null)).isPresent();
    assertThat(PasswordRules.problem("CorrectHorseBatteryStaple", null)).isPresent();
    assertThat(PasswordRules.listSize()).isGreaterThan(150);
  }

  @Test
  void repeatedCharactersAndTheEmailAreRefused() {
    assertThat(PasswordRules.problem("zzzzzzzzzzzzzz", null)).isPresent();
    assertThat(PasswordRules.problem("ana.lindqvist@example.eu", "Ana.Lindqvist@example.eu"))
        .isPresent();
  }

  @Test
  void emptyAndHugePasswordsAreRefused() {
    assertThat(PasswordRules.problem("", null)).isPresent();
    assertThat(PasswordRules.problem("ab".repeat(150), null)).get().asString().contains("long");
  }
}
