package eu.hub.api.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plugin says about itself in {@code META-INF/hub-plugin.properties}, read before any of its
 * code runs.
 *
 * <p>The file is UTF-8, one {@code key=value} a line, {@code #} starts a comment line. It is strict
 * on purpose, like Elasticsearch's plugin descriptor: an unknown key, a key given twice, a missing
 * required key or an API range that excludes {@link ApiVersion#CURRENT} refuses the plugin with a
 * message that names it. For example:
 *
 * <pre>
 * id=event-calendar
 * name=Event calendar
 * version=1.0.0
 * description=Events with time zones and recurrence.
 * hub-api=[0.2,1.0)
 * entry=eu.hub.plugins.events.EventCalendarPlugin
 * contributes=content-types,pages,templates
 * capabilities=content-read
 * </pre>
 *
 * @param id lower-case letters, digits and '-'; unique among the plugins of a Hub
 * @param name the name shown to administrators
 * @param version the plugin's own version
 * @param description one sentence for administrators; may be empty
 * @param hubApi the API versions the plugin works with
 * @param entryClass the class implementing {@link eu.hub.api.HubPlugin}
 * @param contributions what the plugin contributes
 * @param capabilities what the plugin asks to be allowed
 * @since 0.2
 */
public record PluginDescriptor(
    String id,
    String name,
    String version,
    String description,
    VersionRange hubApi,
    String entryClass,
    Set<Contribution> contributions,
    Set<Capability> capabilities) {

  /** Where a plugin JAR carries its descriptor. */
  public static final String LOCATION = "META-INF/hub-plugin.properties";

  /** Every key a descriptor may have. */
  public static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "version",
          "description",
          "hub-api",
          "entry",
          "contributes",
          "capabilities");

  private static final List<String> REQUIRED = List.of("id", "name", "version", "hub-api", "entry");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  /** Copies the sets so that a descriptor cannot change. */
  public PluginDescriptor {
    contributions = Set.copyOf(contributions);
    capabilities = Set.copyOf(capabilities);
  }

  /**
   * Reads a descriptor and checks it against the running API.
   *
   * @param source names the file in messages, for example the JAR's name
   * @throws InvalidDescriptorException listing every problem, naming the plugin
   */
  public static PluginDescriptor read(InputStream in, String source) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    int number = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int eq = trimmed.indexOf('=');
        if (eq <= 0) {
          problems.add("line " + number + " is not key=value");
          continue;
        }
        String key = trimmed.substring(0, eq).strip();
        String value = trimmed.substring(eq + 1).strip();
        if (!KEYS.contains(key)) {
          problems.add("unknown key '" + key + "' on line " + number + " (known: " + KEYS + ")");
        } else if (values.putIfAbsent(key, value) != null) {
          problems.add("key '" + key + "' given twice");
        }
      }
    } catch (CharacterCodingException e) {
      problems.add("line " + (number + 1) + " is not UTF-8");
    }
    return check(values, problems, source);
  }

  /** Checks parsed values; separate from reading so that the rules read in one place. */
  private static PluginDescriptor check(
      Map<String, String> values, List<String> problems, String source) {
    String id = values.getOrDefault("id", "");
    String who = id.isEmpty() ? source : "plugin '" + id + "' (" + source + ")";
    for (String key : REQUIRED) {
      if (values.getOrDefault(key, "").isEmpty()) {
        problems.add("missing key '" + key + "'");
      }
    }
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      problems.add("id '" + id + "' is not lower-case letters, digits and '-'");
    }
    String entry = values.getOrDefault("entry", "");
    if (!entry.isEmpty() && !CLASS_NAME.matcher(entry).matches()) {
      problems.add("entry '" + entry + "' is not a class name");
    }
    VersionRange range = null;
    if (!values.getOrDefault("hub-api", "").isEmpty()) {
      try {
        range = VersionRange.parse(values.get("hub-api"));
        if (!range.includes(ApiVersion.CURRENT)) {
          problems.add(
              "needs hub-api " + range + " but this Hub provides hub-api " + ApiVersion.CURRENT);
        }
      } catch (IllegalArgumentException e) {
        problems.add("hub-api: " + e.getMessage());
      }
    }
    Set<Contribution> contributions = EnumSet.noneOf(Contribution.class);
    for (String key : list(values.get("contributes"))) {
      Contribution.byKey(key)
          .ifPresentOrElse(
              contributions::add,
              () ->
                  problems.add(
                      "unknown contribution '"
                          + key
                          + "' (known: "
                          + Arrays.stream(Contribution.values()).map(Contribution::key).toList()
                          + ")"));
    }
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (String key : list(values.get("capabilities"))) {
      Capability.byKey(key)
          .ifPresentOrElse(
              capabilities::add,
              () ->
                  problems.add(
                      "unknown capability '"
                          + key
                          + "' (known: "
                          + Arrays.stream(Capability.values()).map(Capability::key).toList()
                          + ")"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDescriptorException(who, problems);
    }
    return new PluginDescriptor(
        id,
        values.get("name"),
        values.get("version"),
        values.getOrDefault("description", ""),
        range,
        entry,
        contributions,
        capabilities);
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Whether the plugin declares that contribution. */
  public boolean contributes(Contribution contribution) {
    return contributions.contains(contribution);
  }

  /** Whether the plugin asked for that capability. */
  public boolean requests(Capability capability) {
    return capabilities.contains(capability);
  }
}
