package eu.hub.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditorTimesTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  @Test
  void aSummerAfternoonInStockholmIsTwoHoursAheadOfUtc() {
    EditorTimes.Reading r = EditorTimes.read(LocalDateTime.parse("2027-07-01T14:00"), STOCKHOLM);
    assertThat(r.gap()).isFalse();
    assertThat(r.ambiguous()).isFalse();
    assertThat(r.at().toInstant()).hasToString("2027-07-01T12:00:00Z");
  }

  @Test
  void aWinterTimeInStockholmIsOneHourAheadOfUtc() {
    EditorTimes.Reading r = EditorTimes.read(LocalDateTime.parse("2027-01-15T09:30"), STOCKHOLM);
    assertThat(r.at().toInstant()).hasToString("2027-01-15T08:30:00Z");
  }

  @Test
  void aTimeTheClocksSkipInSpringDoesNotExist() {
    EditorTimes.Reading r = EditorTimes.read(LocalDateTime.parse("2027-03-28T02:30"), STOCKHOLM);
    assertThat(r.gap()).isTrue();
    assertThat(r.at()).isNull();
  }

  @Test
  void aTimeThatHappensTwiceInAutumnTakesTheEarlierOffsetAndSaysSo() {
    EditorTimes.Reading r = EditorTimes.read(LocalDateTime.parse("2027-10-31T02:30"), STOCKHOLM);
    assertThat(r.gap()).isFalse();
    assertThat(r.ambiguous()).isTrue();
    // The first 02:30 is still summer time (+02:00): 00:30 UTC, not 01:30.
    assertThat(r.at().toInstant()).hasToString("2027-10-31T00:30:00Z");
  }

  @Test
  void aMomentIsShownInTheZoneWithTheZoneNamedAndTheInstantForTheTimeElement() {
    EditorTimes.When when =
        EditorTimes.when(OffsetDateTime.parse("2026-05-31T12:00:00Z"), STOCKHOLM);
    assertThat(when.text()).isEqualTo("2026-05-31 14:00 Europe/Stockholm");
    assertThat(when).hasToString("2026-05-31 14:00 Europe/Stockholm");
    assertThat(when.iso()).isEqualTo("2026-05-31T12:00Z");
    assertThat(EditorTimes.inputValue(OffsetDateTime.parse("2026-05-31T12:00:00Z"), STOCKHOLM))
        .isEqualTo("2026-05-31T14:00");
  }

  @Test
  void theTwoEqualClockTimesOfAnAutumnNightAreToldApartByTheirOffset() {
    assertThat(EditorTimes.show(OffsetDateTime.parse("2027-10-31T00:30:00Z"), STOCKHOLM))
        .isEqualTo("2027-10-31 02:30 Europe/Stockholm (UTC+02:00)");
    assertThat(EditorTimes.show(OffsetDateTime.parse("2027-10-31T01:30:00Z"), STOCKHOLM))
        .isEqualTo("2027-10-31 02:30 Europe/Stockholm (UTC+01:00)");
  }

  @Test
  void onlyRegionZonesAndUtcAreOfferedGroupedAndSorted() {
    assertThat(EditorTimes.zone("Europe/Stockholm")).contains(STOCKHOLM);
    assertThat(EditorTimes.zone("UTC")).isPresent();
    assertThat(EditorTimes.zone("US/Pacific")).isEmpty();
    assertThat(EditorTimes.zone("Europe/Atlantis")).isEmpty();
    assertThat(EditorTimes.zone("+02:00")).isEmpty();
    assertThat(EditorTimes.zone("")).isEmpty();
    var groups = EditorTimes.groups();
    assertThat(groups.keySet()).startsWith("UTC", "Africa", "America");
    assertThat(groups.get("Europe")).contains("Europe/Stockholm").isSorted();
    assertThat(groups.values().stream().flatMap(l -> l.stream()))
        .noneMatch(id -> id.startsWith("Etc/") || id.startsWith("SystemV/"));
  }
}
