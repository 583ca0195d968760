package eu.hub.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PluginGuardTest {

  final List<String> tripped = new ArrayList<>();
  final PluginGuard guard =
      new PluginGuard(
          Duration.ofMillis(300),
          3,
          2,
          Thread.ofPlatform().daemon().factory(),
          (id, reason) -> tripped.add(id + ": " + reason));
  final FakePlugin plugin = new FakePlugin();

  @AfterEach
  void close() {
    guard.close();
  }

  @Test
  void aHookThatThrowsIsContainedAndItsErrorRemembered() {
    Optional<String> answer =
        guard.call(
            plugin,
            "pages",
            () -> {
              throw new IllegalStateException("broken on purpose");
            });

    assertThat(answer).isEmpty();
    assertThat(plugin.lastError).contains("Plugin fake: pages threw").contains("broken on purpose");
    assertThat(plugin.failures.get()).isEqualTo(1);
    assertThat(tripped).isEmpty();
  }

  @Test
  void errorsAreContainedToo() {
    assertThat(
            guard.run(
                plugin,
                "start",
                () -> {
                  throw new StackOverflowError();
                }))
        .isFalse();
    assertThat(plugin.lastError).contains("StackOverflowError");
  }

  @Test
  void aHookThatHangsIsTimedOut() {
    long started = System.nanoTime();

    Optional<String> answer =
        guard.call(
            plugin,
            "page /slow",
            () -> {
              Thread.sleep(10_000);
              return "too late";
            });

    assertThat(answer).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(plugin.lastError).contains("took longer than 300 ms");
  }

  @Test
  void threeFailuresInARowDisableThePluginWithTheReason() {
    for (int i = 0; i < 3; i++) {
      guard.call(
          plugin,
          "pages",
          () -> {
            throw new IllegalStateException("failure " + plugin.failures.get());
          });
    }

    assertThat(tripped)
        .singleElement()
        .asString()
        .startsWith("fake: disabled after 3 failures in a row")
        .contains("failure 2");
  }

  void fail(String what) {
    guard.call(
        plugin,
        what,
        () -> {
          throw new IllegalStateException(what);
        });
  }

  @Test
  void aSuccessOfTheFailingHookResetsTheCount() {
    fail("a");
    fail("b");
    assertThat(guard.call(plugin, "b", () -> "fine")).contains("fine");
    fail("d");

    assertThat(tripped).isEmpty();
    assertThat(plugin.failures.get()).isEqualTo(1);
  }

  @Test
  void aPageThatAlwaysFailsIsDisabledEvenWhileAScheduledJobKeepsSucceeding() {
    for (int i = 0; i < 3; i++) {
      fail("page /broken/{id} (/broken/" + i + ")");
      assertThat(guard.call(plugin, "job tick", () -> "tick")).contains("tick");
    }

    assertThat(tripped).singleElement().asString().contains("page /broken/{id} (/broken/2)");
  }

  @Test
  void aHookThatKeepsHangingEndsUpDisabledWhileOtherCallsGoOn() {
    for (int i = 0; i < 3; i++) {
      assertThat(
              guard.call(
                  plugin,
                  "page /slow",
                  () -> {
                    Thread.sleep(10_000);
                    return "too late";
                  }))
          .isEmpty();
    }

    assertThat(tripped)
        .singleElement()
        .asString()
        .startsWith("fake: disabled after 3 failures in a row")
        .contains("page /slow took longer than 300 ms");
    FakePlugin other = new FakePlugin();
    assertThat(guard.call(other, "page /fine", () -> "fine"))
        .as("the pool is not left blocked by the hung calls")
        .contains("fine");
  }

  @Test
  void aDisabledPluginIsNotCalled() {
    plugin.callable = false;
    AtomicInteger calls = new AtomicInteger();

    assertThat(guard.call(plugin, "pages", calls::incrementAndGet)).isEmpty();
    assertThat(calls.get()).isZero();
  }

  static final class FakePlugin implements PluginGuard.Guarded {
    final AtomicInteger failures = new AtomicInteger();
    volatile String lastError;
    volatile boolean callable = true;

    @Override
    public String id() {
      return "fake";
    }

    @Override
    public AtomicInteger failuresInARow() {
      return failures;
    }

    @Override
    public void lastError(String error) {
      lastError = error;
    }

    @Override
    public boolean callable() {
      return callable;
    }

    @Override
    public ClassLoader loader() {
      return getClass().getClassLoader();
    }
  }
}
