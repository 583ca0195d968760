package eu.hub.admin;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentDraft;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.content.SlugTakenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code PUT /api/admin/items/{type}/{slug}}: creates or replaces an item written outside the
 * content folder (an editor's tool, an import, a test), with a revision like every other save.
 *
 * <p>Takes {@code {"title", "summary", "body", "language", "status", "fields"}}; only the title is
 * required. Answers 201 when it created the item, 200 when it replaced it, 400 for JSON that does
 * not parse, 422 listing every problem with the values, and 409 when the slug belongs to an item
 * from the content folder: that one is changed by editing its file.
 *
 * <p>Guarded by the admin token ({@link AdminOnly}) until editors sign in with their own accounts.
 */
@Path("api/admin/items")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminItemsApi {

  static final Set<String> KEYS =
      Set.of("title", "summary", "body", "language", "status", "fields");

  /** Well-formed JSON whose values are not acceptable (WebDAV's 422, used so by most APIs). */
  static final int UNPROCESSABLE = 422;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Z]{2})?");

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;

  @PUT
  @Path("{type:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(
      @PathParam("type") String typeName, @PathParam("slug") String slug, String json) {
    ContentType type =
        types
            .byName(typeName)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No content type '"
                            + typeName
                            + "' (known: "
                            + String.join(", ", types.names())
                            + ")"));
    JsonObject request;
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return answer(400, "The body is not a JSON object: " + e.getMessage(), List.of());
    }

    List<String> problems = new ArrayList<>();
    if (!slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*") || slug.length() > 200) {
      problems.add(
          "the slug must be lower-case letters and digits in words joined by single hyphens");
    }
    for (String key : request.keySet()) {
      if (!KEYS.contains(key)) {
        problems.add(
            "'"
                + key
                + "' is not a key of an item (keys: "
                + String.join(", ", KEYS.stream().sorted().toList())
                + ")");
      }
    }
    String title = string(request, "title", problems);
    if (title == null || title.isBlank()) {
      problems.add("'title' is required");
    } else if (title.length() > 500) {
      problems.add("'title' is longer than 500 characters");
    }
    String summary = string(request, "summary", problems);
    String body = string(request, "body", problems);
    String language = orDefault(string(request, "language", problems), "en");
    if (!LANGUAGE.matcher(language).matches()) {
      problems.add("'language' is a code like en, sv or pt-BR, not '" + language + "'");
    }
    ContentStatus status =
        status(orDefault(string(request, "status", problems), "draft"), problems);
    Map<String, Object> fields = new LinkedHashMap<>();
    JsonValue fieldsJson = request.get("fields");
    if (fieldsJson != null && fieldsJson.getValueType() != JsonValue.ValueType.NULL) {
      if (fieldsJson.getValueType() == JsonValue.ValueType.OBJECT) {
        fieldsJson.asJsonObject().forEach((k, v) -> fields.put(k, plain(v)));
      } else {
        problems.add("'fields' is an object of the type's field values");
      }
    }
    FieldValues.Checked checked = FieldValues.check(type, fields);
    problems.addAll(checked.problems());
    if (status == ContentStatus.PUBLISHED) {
      checked
          .missingRequired()
          .forEach(f -> problems.add("'" + f + "' is required to publish a " + type.name()));
    }
    if (!problems.isEmpty()) {
      return answer(
          UNPROCESSABLE, "The item was not saved: " + String.join("; ", problems), problems);
    }

    boolean exists = store.find(type.name(), language, slug).isPresent();
    ContentItem saved;
    try {
      saved =
          store.save(
              new ContentDraft(
                  type.name(),
                  slug,
                  language,
                  title.strip(),
                  blankToNull(summary),
                  body == null ? "" : body,
                  checked.json(),
                  status,
                  null,
                  null,
                  null),
              "admin-api",
              exists ? "replaced through the admin API" : "created through the admin API");
    } catch (SlugTakenException e) {
      return answer(
          409,
          e.getMessage() + ": an item from the content folder is changed by editing its file.",
          List.of());
    }
    JsonObject item =
        Json.createObjectBuilder()
            .add("id", saved.id())
            .add("type", saved.type())
            .add("slug", saved.slug())
            .add("language", saved.language())
            .add("status", saved.status().name().toLowerCase(Locale.ROOT))
            .add("revision", saved.revision())
            .build();
    URI location = URI.create("/api/content/" + saved.type() + "/" + saved.slug());
    return (exists ? Response.ok() : Response.created(location))
        .type(MediaType.APPLICATION_JSON)
        .entity(item.toString())
        .build();
  }

  private static Response answer(int status, String message, List<String> problems) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    problems.forEach(list::add);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("status", status)
                .add("message", message)
                .add("problems", list)
                .build()
                .toString())
        .build();
  }

  private static String string(JsonObject request, String key, List<String> problems) {
    JsonValue value = request.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    problems.add("'" + key + "' is text");
    return null;
  }

  private static ContentStatus status(String value, List<String> problems) {
    try {
      return ContentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(
          "'status' is one of "
              + String.join(
                  ", ",
                  Arrays.stream(ContentStatus.values())
                      .map(s -> s.name().toLowerCase(Locale.ROOT))
                      .toList())
              + ", not '"
              + value
              + "'");
      return ContentStatus.DRAFT;
    }
  }

  /** JSON to the plain values {@link FieldValues#check} takes, as front matter would give them. */
  static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> value.toString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> value.asJsonArray().stream().map(AdminItemsApi::plain).toList();
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
        yield map;
      }
    };
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
