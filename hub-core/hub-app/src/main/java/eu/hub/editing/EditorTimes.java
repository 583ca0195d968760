package eu.hub.editing;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Dates and times as an editor sees them: read from what they typed in their own time zone, shown
 * in it with the zone named. The database and the JSON API keep instants; only the admin screens
 * convert.
 */
public final class EditorTimes {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** The continents and oceans of the IANA names offered: no legacy aliases (US/, Etc/...). */
  private static final Pattern OFFERED =
      Pattern.compile(
          "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

  private EditorTimes() {}

  /**
   * A moment for a template: {@code iso} for {@code <time datetime>}, and the text shown (also what
   * {@link #toString()} gives, so that a template may print it as it is).
   */
  public record When(String iso, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * What a typed local time means in a zone: the instant, or none when the time does not exist
   * there (the clocks skip it); {@code ambiguous} when it happens twice (the clocks go back) and
   * the earlier of the two was taken.
   */
  public record Reading(OffsetDateTime at, boolean gap, boolean ambiguous) {}

  /** Reads a local date and time in the zone. */
  public static Reading read(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      return new Reading(null, true, false);
    }
    // For an overlap, atZone takes the offset in force before the change: the earlier instant.
    OffsetDateTime at = local.atZone(zone).toOffsetDateTime();
    return new Reading(at, false, offsets.size() > 1);
  }

  /** A moment shown in the zone: {@code 2026-05-31 14:00 Europe/Stockholm}. */
  public static When when(OffsetDateTime t, ZoneId zone) {
    if (t == null) {
      return null;
    }
    OffsetDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    return new When(utc.toString(), show(t, zone));
  }

  /**
   * The text of a moment in the zone, with the offset added when the local time happens twice
   * there, so that the two are told apart.
   */
  public static String show(OffsetDateTime t, ZoneId zone) {
    LocalDateTime local = t.atZoneSameInstant(zone).toLocalDateTime();
    String text = SHOWN.format(local) + " " + zone.getId();
    if (zone.getRules().getValidOffsets(local).size() > 1) {
      text += " (UTC" + zone.getRules().getOffset(t.toInstant()).getId() + ")";
    }
    return text;
  }

  /** The value of a {@code datetime-local} input showing the moment in the zone. */
  public static String inputValue(OffsetDateTime t, ZoneId zone) {
    return t == null ? "" : INPUT.format(t.atZoneSameInstant(zone));
  }

  /** A zone the Hub offers, from its IANA name; empty for anything else. */
  public static Optional<ZoneId> zone(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.strip();
    if (!n.equals("UTC") && !OFFERED.matcher(n).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(n));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The zones offered in a select: UTC, then by continent or ocean, each sorted by name. */
  public static Map<String, List<String>> groups() {
    return GROUPS;
  }

  // Java's zone ids do not change while it runs: sorted once, not on every render.
  private static final Map<String, List<String>> GROUPS = sortedGroups();

  private static Map<String, List<String>> sortedGroups() {
    Map<String, Set<String>> byRegion = new TreeMap<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (OFFERED.matcher(id).matches()) {
        byRegion.computeIfAbsent(id.substring(0, id.indexOf('/')), r -> new TreeSet<>()).add(id);
      }
    }
    Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
    groups.put("UTC", List.of("UTC"));
    byRegion.forEach((region, ids) -> groups.put(region, List.copyOf(ids)));
    return java.util.Collections.unmodifiableMap(groups);
  }

  /**
   * The option groups of a zone select for a template: label and options (value, label, selected).
   */
  public static List<Map<String, Object>> choices(String selected) {
    List<Map<String, Object>> out = new ArrayList<>();
    groups()
        .forEach(
            (region, ids) ->
                out.add(
                    Map.of(
                        "label",
                        region,
                        "zones",
                        ids.stream()
                            .map(
                                id ->
                                    Map.<String, Object>of(
                                        "value",
                                        id,
                                        "label",
                                        id.replace('_', ' '),
                                        "selected",
                                        id.equals(selected)))
                            .toList())));
    return out;
  }
}
