package eu.hub.editorial;

import eu.hub.content.ContentStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The editorial JSON API, {@code /api/editorial}: the same operations, permissions and workflow as
 * the admin screens, so that a partner's own system can write and submit case studies. Callers
 * authenticate with a personal API token ({@code Authorization: Bearer hubp_…}) or a signed-in
 * session (then every POST and PUT carries the {@code X-CSRF-Token} header). Errors are JSON {@code
 * {"status", "message", "problems"}}; a conflicting save answers 409 with both versions.
 */
@Path("api/editorial")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Editorial",
    description =
        "Write, review and publish content through the workflow (draft, in review, approved,"
            + " scheduled, published, archived), with revisions and an audit log")
@SecurityScheme(
    securitySchemeName = "personalToken",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token: ./hub user token EMAIL, or POST /api/editorial/tokens")
@SecurityRequirement(name = "personalToken")
public class EditorialApi {

  @Inject EditorialService service;
  @Inject Editors editors;
  @Inject ApiTokens tokens;
  @Context HttpServletRequest request;

  /** A page of items. */
  public record ItemPage(long total, int offset, int limit, List<EditorialItem> items) {}

  /** An error: the HTTP status, a message for a person, and each problem when there are several. */
  public record ApiError(int status, String message, List<String> problems) {}

  /** 409 for a save: what you sent and the item as it is now, with its current version. */
  public record ConflictError(int status, String message, ItemEdit yours, EditorialItem theirs) {}

  /** The problems that stop an item from being published; empty when it can be. */
  public record Problems(boolean publishable, List<String> problems) {}

  /** A new personal token: shown once. */
  public record IssuedToken(String email, String token) {}

  @GET
  @Path("items")
  @Operation(
      summary = "Items the caller may work on, most recently changed first",
      description = "Partner authors see only their own partner's items.")
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content = @Content(schema = @Schema(implementation = ItemPage.class)))
  public Response list(
      @Parameter(description = "A content type", example = "case-study") @QueryParam("type")
          String type,
      @Parameter(description = "A workflow state", example = "in_review") @QueryParam("state")
          String state,
      @Parameter(description = "Only items last changed by the caller") @QueryParam("mine")
          boolean mine,
      @Parameter(description = "Words in the title") @QueryParam("q") String text,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          ContentStatus st = state == null || state.isBlank() ? null : status(state);
          ItemFilter filter =
              new ItemFilter(
                  blank(type),
                  st,
                  mine ? editor.email() : null,
                  blank(text),
                  offset == null ? 0 : Math.max(0, offset),
                  limit == null ? 50 : Math.clamp(limit, 1, 200));
          return ok(
              new ItemPage(
                  service.count(editor, filter),
                  filter.offset(),
                  filter.limit(),
                  service.list(editor, filter)));
        });
  }

  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a draft",
      description =
          "Body: {type, title, slug?, language?, summary?, body?, fields?, note?}. A partner"
              + " author's item belongs to their partner (filled in when the partner field is"
              + " empty).")
  @RequestBody(content = @Content(schema = @Schema(implementation = NewItem.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created, as a draft",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(responseCode = "403", description = "The caller may not write this item")
  @APIResponse(responseCode = "409", description = "The slug is taken")
  @APIResponse(responseCode = "422", description = "Invalid values, each listed")
  public Response create(String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          JsonObject body = object(json);
          EditorialItem item =
              service.create(
                  editor,
                  new NewItem(
                      text(body, "type"),
                      text(body, "slug"),
                      text(body, "language"),
                      text(body, "title"),
                      text(body, "summary"),
                      text(body, "body"),
                      fields(body),
                      text(body, "note")));
          return Response.created(URI.create("/api/editorial/items/" + item.id()))
              .entity(item)
              .type(MediaType.APPLICATION_JSON)
              .cacheControl(noStore())
              .build();
        });
  }

  @GET
  @Path("items/{id:[0-9]+}")
  @Operation(summary = "One item as it is worked on (a published item's pending working copy)")
  @APIResponse(
      responseCode = "200",
      description = "The item, with its version and the transitions the caller may take",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(responseCode = "403", description = "Another partner's item")
  @APIResponse(responseCode = "404", description = "No such item")
  public Response get(@PathParam("id") long id) {
    return call(() -> ok(service.get(editors.require(request), id)));
  }

  @PUT
  @Path("items/{id:[0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save an edit as a new revision",
      description =
          "Body: {version, title, summary?, body?, fields?, note?}; version is the one the edit"
              + " started from. Editing a published item makes a working copy that is not live"
              + " until published.")
  @RequestBody(content = @Content(schema = @Schema(implementation = ItemEdit.class)))
  @APIResponse(
      responseCode = "200",
      description = "Saved",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Someone else saved meanwhile: both versions, nothing overwritten",
      content = @Content(schema = @Schema(implementation = ConflictError.class)))
  @APIResponse(responseCode = "422", description = "Invalid values, each listed")
  public Response save(@PathParam("id") long id, String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          JsonObject body = object(json);
          Long version = number(body, "version");
          if (version == null) {
            throw EditorialException.invalid(
                "Send the version your edit started from.",
                List.of("'version' is required (the item's version when you loaded it)"));
          }
          return ok(
              service.save(
                  editor,
                  id,
                  new ItemEdit(
                      version,
                      text(body, "title"),
                      text(body, "summary"),
                      text(body, "body"),
                      fields(body),
                      text(body, "note"))));
        });
  }

  @POST
  @Path("items/{id:[0-9]+}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Take a workflow step",
      description =
          "Body: {transition, comment?, version?, publishAt?, unpublishAt?}. Transitions: submit,"
              + " return, approve, schedule (publishAt required, ISO-8601), publish, unpublish,"
              + " reopen; each is allowed to some roles only.")
  @APIResponse(
      responseCode = "200",
      description = "Done",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(responseCode = "403", description = "The caller's role may not take it")
  @APIResponse(responseCode = "409", description = "It does not start from the item's state")
  @APIResponse(
      responseCode = "422",
      description = "Publishing refused: every reason listed",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response transition(@PathParam("id") long id, String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          JsonObject body = object(json);
          String key = text(body, "transition");
          Transition t =
              Transition.parse(key)
                  .orElseThrow(
                      () ->
                          EditorialException.invalid(
                              "Unknown transition.",
                              List.of(
                                  "'transition' is one of "
                                      + String.join(
                                          ", ",
                                          java.util.Arrays.stream(Transition.values())
                                              .map(Transition::key)
                                              .toList())
                                      + (key == null ? "" : ", not '" + key + "'"))));
          return ok(
              service.transition(
                  editor,
                  id,
                  new TransitionRequest(
                      t,
                      number(body, "version"),
                      text(body, "comment"),
                      time(body, "publishAt"),
                      time(body, "unpublishAt"))));
        });
  }

  @POST
  @Path("items/{id:[0-9]+}/discard")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Drop a published item's unpublished changes",
      description = "Body: {version}. The working copy stays in the revisions.")
  @APIResponse(
      responseCode = "200",
      description = "The item as published",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(responseCode = "409", description = "No working copy, or changed meanwhile")
  public Response discard(@PathParam("id") long id, String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          long version = requiredVersion(json);
          return ok(service.discard(editor, id, version));
        });
  }

  @GET
  @Path("items/{id:[0-9]+}/problems")
  @Operation(summary = "What stops the item from being published")
  @APIResponse(
      responseCode = "200",
      description = "The problems, empty when it can be published",
      content = @Content(schema = @Schema(implementation = Problems.class)))
  public Response problems(@PathParam("id") long id) {
    return call(
        () -> {
          List<String> problems = service.publishingProblems(editors.require(request), id);
          return ok(new Problems(problems.isEmpty(), problems));
        });
  }

  @GET
  @Path("items/{id:[0-9]+}/revisions")
  @Operation(summary = "The item's revisions, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content = @Content(schema = @Schema(implementation = RevisionInfo[].class)))
  public Response revisions(@PathParam("id") long id) {
    return call(() -> ok(service.revisions(editors.require(request), id)));
  }

  @GET
  @Path("items/{id:[0-9]+}/compare")
  @Operation(summary = "Two revisions side by side: the fields that differ and a line diff")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content = @Content(schema = @Schema(implementation = Comparison.class)))
  @APIResponse(responseCode = "404", description = "No such revision")
  public Response compare(
      @PathParam("id") long id,
      @Parameter(description = "A revision number", required = true) @QueryParam("from")
          Integer from,
      @Parameter(description = "Another revision number", required = true) @QueryParam("to")
          Integer to) {
    return call(
        () -> {
          if (from == null || to == null) {
            throw new EditorialException(400, "Give two revision numbers: ?from=1&to=2.");
          }
          return ok(service.compare(editors.require(request), id, from, to));
        });
  }

  @POST
  @Path("items/{id:[0-9]+}/revisions/{number:[0-9]+}/restore")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Restore a revision as a new revision",
      description = "Body: {version}. A published item gets a working copy; history is kept.")
  @APIResponse(
      responseCode = "200",
      description = "Restored",
      content = @Content(schema = @Schema(implementation = EditorialItem.class)))
  @APIResponse(responseCode = "409", description = "Someone else saved meanwhile")
  public Response restore(@PathParam("id") long id, @PathParam("number") int number, String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          long version = requiredVersion(json);
          return ok(service.restore(editor, id, number, version));
        });
  }

  @GET
  @Path("audit")
  @Operation(summary = "The audit log, newest first, filtered; administrators only")
  @APIResponse(
      responseCode = "200",
      description = "A page of the log",
      content = @Content(schema = @Schema(implementation = AuditPage.class)))
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public Response audit(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @Parameter(description = "Start of the target, e.g. item:42") @QueryParam("target")
          String target,
      @Parameter(description = "ISO-8601, inclusive") @QueryParam("since") String since,
      @Parameter(description = "ISO-8601, exclusive") @QueryParam("until") String until,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    return call(
        () ->
            ok(
                service.audit(
                    editors.require(request),
                    new AuditQuery(
                        blank(actor),
                        blank(action),
                        blank(target),
                        parseTime("since", since),
                        parseTime("until", until),
                        offset == null ? 0 : offset,
                        limit == null ? 50 : limit))));
  }

  @POST
  @Path("tokens")
  @Operation(
      summary = "Issue a personal API token for the signed-in caller",
      description = "Body: {label?}. The token is shown once; only its hash is kept.")
  @APIResponse(
      responseCode = "201",
      description = "The new token",
      content = @Content(schema = @Schema(implementation = IssuedToken.class)))
  public Response issueToken(String json) {
    return call(
        () -> {
          Editor editor = editors.require(request);
          String label = json == null || json.isBlank() ? null : text(object(json), "label");
          String token = tokens.issue(editor.email(), editor.email(), label);
          return Response.status(201)
              .entity(new IssuedToken(editor.email(), token))
              .type(MediaType.APPLICATION_JSON)
              .cacheControl(noStore())
              .build();
        });
  }

  // ---------------------------------------------------------------- plumbing

  /** Runs a call, turning refusals into JSON errors; a 403 also goes into the audit log. */
  private Response call(Supplier<Response> action) {
    try {
      return action.get();
    } catch (EditConflictException e) {
      return Response.status(409)
          .type(MediaType.APPLICATION_JSON)
          .entity(new ConflictError(409, e.getMessage(), e.yours(), e.theirs()))
          .build();
    } catch (EditorialException e) {
      if (e.status() == 403) {
        editors
            .current(request)
            .ifPresent(
                who ->
                    service.recordRefusal(
                        who, request.getMethod() + " " + request.getRequestURI(), e));
      }
      Response.ResponseBuilder answer =
          Response.status(e.status())
              .type(MediaType.APPLICATION_JSON)
              .entity(new ApiError(e.status(), e.getMessage(), e.problems()));
      if (e.status() == 401) {
        answer.header("WWW-Authenticate", "Bearer realm=\"hub-editorial\"");
      }
      return answer.build();
    }
  }

  private static Response ok(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    return cc;
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new EditorialException(400, "The body is not a JSON object: " + e.getMessage());
    }
  }

  private static String text(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw EditorialException.invalid("'" + key + "' is text.", List.of("'" + key + "' is text"));
  }

  private static Long number(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    if (value instanceof JsonString s && s.getString().matches("-?[0-9]{1,18}")) {
      return Long.parseLong(s.getString());
    }
    throw EditorialException.invalid(
        "'" + key + "' is a whole number.", List.of("'" + key + "' is a whole number"));
  }

  private static OffsetDateTime time(JsonObject body, String key) {
    return parseTime(key, text(body, key));
  }

  private static OffsetDateTime parseTime(String key, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw EditorialException.invalid(
          "'" + key + "' is not a date and time.",
          List.of("'" + key + "' is an ISO-8601 date and time like 2026-05-01T09:00:00Z"));
    }
  }

  private static Map<String, Object> fields(JsonObject body) {
    JsonValue value = body.get("fields");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw EditorialException.invalid(
          "'fields' is an object.", List.of("'fields' is an object of the type's field values"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    value.asJsonObject().forEach((k, v) -> out.put(k, plain(v)));
    return out;
  }

  /** JSON to the plain values FieldValues takes, as front matter would give them. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> value.toString();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        value.asJsonArray().forEach(v -> list.add(plain(v)));
        yield list;
      }
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
        yield map;
      }
    };
  }

  private static ContentStatus status(String value) {
    try {
      return ContentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new EditorialException(
          400,
          "'state' is one of draft, in_review, approved, scheduled, published, archived, not '"
              + value
              + "'.");
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The {@code version} a body must carry: the one its sender saw, so no save goes unseen. */
  private static long requiredVersion(String json) {
    Long version = number(object(json), "version");
    if (version == null) {
      throw EditorialException.invalid(
          "Send the version you saw.", List.of("'version' is required"));
    }
    return version;
  }
}
