package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theFifthFailureLocksTheAccountForFifteenMinutes() {
    Throttle.State s = new Throttle.State(0, null);
    for (int i = 1; i <= 4; i++) {
      s = Throttle.afterFailure(s, NOW);
      assertThat(s.failures()).isEqualTo(i);
      assertThat(s.lockedUntil()).isNull();
    }
    s = Throttle.afterFailure(s, NOW);
    assertThat(s.lockedUntil()).isEqualTo(NOW.plusMinutes(15));
    assertThat(Throttle.locked(s.lockedUntil(), NOW.plusMinutes(14))).isTrue();
    assertThat(Throttle.locked(s.lockedUntil(), NOW.plusMinutes(15))).isFalse();
  }

  @Test
  void afterTheLockEndsTheCountStartsAgainAndSuccessClearsIt() {
    Throttle.State locked = new Throttle.State(0, NOW);
    Throttle.State next = Throttle.afterFailure(locked, NOW.plusMinutes(1));
    assertThat(next).isEqualTo(new Throttle.State(1, null));
    assertThat(Throttle.afterSuccess()).isEqualTo(new Throttle.State(0, null));
  }

  @Test
  void theMessageSaysHowLongToWait() {
    assertThat(Throttle.message(NOW.plusMinutes(15), NOW))
        .contains("Too many failed sign-ins")
        .contains("15 minutes");
    assertThat(Throttle.message(NOW.plusSeconds(20), NOW)).contains("1 minute.");
  }
}
