package eu.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.admin.AdminToken.Verdict;
import org.junit.jupiter.api.Test;

class AdminTokenTest {

  @Test
  void withoutTheSettingTheAdminApiIsSwitchedOffWhateverTheRequestSends() {
    assertThat(AdminToken.judge(null, "Bearer anything")).isEqualTo(Verdict.SWITCHED_OFF);
    assertThat(AdminToken.judge("  ", "Bearer   ")).isEqualTo(Verdict.SWITCHED_OFF);
  }

  @Test
  void onlyTheConfiguredBearerTokenIsAccepted() {
    assertThat(AdminToken.judge("s3cret", "Bearer s3cret")).isEqualTo(Verdict.ACCEPTED);
    assertThat(AdminToken.judge("s3cret", "bearer s3cret ")).isEqualTo(Verdict.ACCEPTED);
    assertThat(AdminToken.judge("s3cret", "Bearer s3cre")).isEqualTo(Verdict.WRONG);
    assertThat(AdminToken.judge("s3cret", "Bearer s3cretx")).isEqualTo(Verdict.WRONG);
    assertThat(AdminToken.judge("s3cret", "Bearer S3CRET")).isEqualTo(Verdict.WRONG);
  }

  @Test
  void aRequestWithoutABearerTokenIsToldItIsMissing() {
    assertThat(AdminToken.judge("s3cret", null)).isEqualTo(Verdict.MISSING);
    assertThat(AdminToken.judge("s3cret", "")).isEqualTo(Verdict.MISSING);
    assertThat(AdminToken.judge("s3cret", "Bearer ")).isEqualTo(Verdict.MISSING);
    assertThat(AdminToken.judge("s3cret", "Basic czNjcmV0")).isEqualTo(Verdict.MISSING);
  }
}
