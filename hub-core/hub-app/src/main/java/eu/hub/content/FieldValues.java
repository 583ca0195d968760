package eu.hub.content;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an item's typed field values against its content type and turns them into the JSON the
 * store keeps. Values arrive as plain Java objects (from front matter or a form).
 */
public final class FieldValues {

  /**
   * The outcome: the normalised JSON, problems that refuse the item, and missing required fields.
   */
  public record Checked(String json, List<String> problems, List<String> missingRequired) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  // One provider for every call: Json.create* looks the provider up with ServiceLoader each time,
  // which was a third of the time of a large content folder load.
  private static final JsonProvider JSON = JsonProvider.provider();

  private FieldValues() {}

  /** Checks every value against its field definition; unknown fields are problems. */
  public static Checked check(ContentType type, Map<String, ?> values) {
    List<String> problems = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    JsonObjectBuilder json = JSON.createObjectBuilder();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      if (type.field(entry.getKey()).isEmpty()) {
        problems.add(
            "'"
                + entry.getKey()
                + "' is not a field of "
                + type.name()
                + (type.fields().isEmpty()
                    ? " (it has no fields of its own)"
                    : " (its fields: "
                        + String.join(
                            ", ", type.fields().stream().map(FieldDefinition::name).toList())
                        + ")"));
      }
    }
    for (FieldDefinition field : type.fields()) {
      Object raw = values.get(field.name());
      if (isEmpty(raw)) {
        if (field.isRequired()) {
          missing.add(field.name());
        }
        continue;
      }
      if (field.isRepeatable()) {
        List<?> list = raw instanceof List<?> l ? l : List.of(raw);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Object element : list) {
          JsonValue v = convert(field, element, problems);
          if (v != null) {
            array.add(v);
          }
        }
        json.add(field.name(), array);
      } else if (raw instanceof List<?>) {
        problems.add("'" + field.name() + "' takes one value, not a list");
      } else {
        JsonValue v = convert(field, raw, problems);
        if (v != null) {
          json.add(field.name(), v);
        }
      }
    }
    return new Checked(json.build().toString(), List.copyOf(problems), List.copyOf(missing));
  }

  /** Reads stored JSON back into plain values (strings, numbers, booleans, lists). */
  public static Map<String, Object> read(String json) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> out.put(k, plain(v)));
    }
    return out;
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case ARRAY -> value.asJsonArray().stream().map(FieldValues::plain).toList();
      case OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> m.put(k, plain(v)));
        yield m;
      }
      case NULL -> null;
    };
  }

  private static boolean isEmpty(Object raw) {
    return raw == null
        || (raw instanceof String s && s.isBlank())
        || (raw instanceof List<?> l && l.isEmpty());
  }

  private static JsonValue convert(FieldDefinition field, Object raw, List<String> problems) {
    String name = field.name();
    FieldKind kind = field.kind();
    if (raw instanceof Map<?, ?>) {
      problems.add("'" + name + "' takes a " + describe(kind) + ", not a group of values");
      return null;
    }
    String text = String.valueOf(raw).strip();
    try {
      return switch (kind) {
        case TEXT, MARKDOWN, TERM, REFERENCE, MEDIA -> JSON.createValue(text);
        case NUMBER -> JSON.createValue(new BigDecimal(text));
        case BOOLEAN -> {
          if (raw instanceof Boolean b) {
            yield b ? JsonValue.TRUE : JsonValue.FALSE;
          }
          problems.add("'" + name + "' takes true or false, not '" + text + "'");
          yield null;
        }
        case DATE -> JSON.createValue(LocalDate.parse(text).toString());
        case DATE_TIME -> JSON.createValue(normaliseDateTime(text));
        case RECURRENCE -> {
          if (!text.toUpperCase(Locale.ROOT).contains("FREQ=")) {
            problems.add("'" + name + "' takes an iCalendar RRULE such as FREQ=WEEKLY;COUNT=4");
            yield null;
          }
          yield JSON.createValue(text);
        }
        case URL -> {
          if (!isUrl(text)) {
            problems.add(
                "'"
                    + name
                    + "' takes an http(s) URL or a path starting with '/', not '"
                    + text
                    + "'");
            yield null;
          }
          yield JSON.createValue(text);
        }
        case CHOICE -> {
          if (!field.options().contains(text)) {
            problems.add(
                "'"
                    + name
                    + "' is one of "
                    + String.join(", ", field.options())
                    + ", not '"
                    + text
                    + "'");
            yield null;
          }
          yield JSON.createValue(text);
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      problems.add("'" + name + "' takes a " + describe(kind) + ", not '" + text + "'");
      return null;
    }
  }

  private static String normaliseDateTime(String text) {
    try {
      return ZonedDateTime.parse(text).toString();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toString();
    }
  }

  private static boolean isUrl(String text) {
    if (text.startsWith("/") && !text.startsWith("//")) {
      return true;
    }
    try {
      URI uri = new URI(text);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String describe(FieldKind kind) {
    return switch (kind) {
      case NUMBER -> "number";
      case DATE -> "date like 2024-05-31";
      case DATE_TIME -> "date and time like 2024-05-31T14:00+02:00[Europe/Stockholm]";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
