package eu.hub.editing;

import static java.nio.charset.StandardCharsets.UTF_8;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.editorial.EditConflictException;
import eu.hub.editorial.Editor;
import eu.hub.editorial.EditorialException;
import eu.hub.editorial.EditorialItem;
import eu.hub.editorial.EditorialService;
import eu.hub.editorial.ItemEdit;
import eu.hub.editorial.NewItem;
import eu.hub.editorial.PublishRefusedException;
import eu.hub.editorial.Transition;
import eu.hub.editorial.TransitionRequest;
import eu.hub.web.Link;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The editor of every content type, generated from its field definitions: {@code
 * /admin/content/{type}/new} and {@code /admin/content/{type}/{slug}/edit}. One form saves or
 * previews (a server round trip rendering the draft with the real theme); the version it started
 * from travels in a hidden field, and a save that meets someone else's newer save shows both side
 * by side. Below the form, the workflow steps this editor may take, each with a comment.
 */
@Path("admin/content/{type:[a-z0-9-]+}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class EditorScreen {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  @Inject AdminScreen screen;
  @Inject Workflow workflow;
  @Inject EditorialService service;
  @Inject ContentTypeRegistry types;
  @Inject EditorQueries queries;
  @Inject ItemRows rows;
  @Inject DraftPreview preview;
  @Inject MediaPicker picker;

  /** A problem with one part of the form; {@code field} is the id of the control, or null. */
  public record Problem(String field, String message) {}

  /** What the form holds: the common parts and the type's field values. */
  record Draft(
      String title,
      String slug,
      String language,
      String summary,
      String body,
      String note,
      Map<String, Object> fields,
      long version) {}

  @GET
  @Path("new")
  public Response newForm(@PathParam("type") String typeName) {
    ContentType type = type(typeName);
    workflow.editor();
    Draft empty = new Draft("", "", "en", "", "", "", Map.of(), 0);
    return form(200, type, null, empty, List.of(), Map.of(), null);
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@PathParam("type") String typeName, MultivaluedMap<String, String> form) {
    ContentType type = type(typeName);
    Editor editor = workflow.editor();
    Draft draft = draftFrom(type, form);
    if ("preview".equals(form.getFirst("action"))) {
      return preview.render(type, draft, null, form, "/admin/content/" + type.name() + "/new");
    }
    Response picking = picking(type, draft, null, form, "/admin/content/" + type.name() + "/new");
    if (picking != null) {
      return picking;
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, String> fieldErrors = check(type, draft, true, problems);
    if ("back".equals(form.getFirst("action"))) {
      return form(problems.isEmpty() ? 200 : 422, type, null, draft, problems, fieldErrors, null);
    }
    if (problems.isEmpty()) {
      try {
        EditorialItem created =
            service.create(
                editor,
                new NewItem(
                    type.name(),
                    draft.slug().isBlank() ? null : draft.slug(),
                    draft.language(),
                    draft.title(),
                    blankToNull(draft.summary()),
                    draft.body(),
                    draft.fields(),
                    blankToNull(draft.note())));
        return Response.seeOther(
                URI.create(
                    withNotice(
                        ItemRows.editUrl(created.type(), created.slug(), created.language()),
                        "created")))
            .build();
      } catch (EditorialException e) {
        if (e.status() != 422 && e.status() != 409) {
          throw workflow.page(e);
        }
        refused(type, e, problems, fieldErrors);
      }
    }
    return form(422, type, null, draft, problems, fieldErrors, null);
  }

  @GET
  @Path("{slug:[a-z0-9-]+}/edit")
  public Response editForm(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      @QueryParam("lang") String lang,
      @QueryParam("done") String done,
      @QueryParam("earlier") String earlier) {
    ContentType type = type(typeName);
    EditorialItem item = workflow.get(workflow.idOf(type.name(), slug, lang));
    String notice = notice(done);
    if (notice != null && earlier != null && earlier.length() < 100) {
      notice += " " + screen.t("admin.workflow.earlier", earlier, screen.zone().getId());
    }
    return form(200, type, item, draftOf(item), List.of(), Map.of(), notice);
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      MultivaluedMap<String, String> form) {
    ContentType type = type(typeName);
    Editor editor = workflow.editor();
    long id = workflow.idOf(type.name(), slug, form.getFirst("lang"));
    EditorialItem item = workflow.get(id);
    Draft draft = draftFrom(type, form);
    String action = form.getFirst("action");
    if ("preview".equals(action)) {
      return preview.render(
          type, draft, item, form, ItemRows.editUrl(item.type(), item.slug(), item.language()));
    }
    Response picking = picking(type, draft, item, form, editAction(item));
    if (picking != null) {
      return picking;
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, String> fieldErrors = check(type, draft, false, problems);
    if (!"back".equals(action) && problems.isEmpty()) {
      try {
        EditorialItem saved =
            service.save(
                editor,
                id,
                new ItemEdit(
                    draft.version(),
                    draft.title(),
                    blankToNull(draft.summary()),
                    draft.body(),
                    draft.fields(),
                    blankToNull(draft.note())));
        return Response.seeOther(
                URI.create(
                    withNotice(
                        ItemRows.editUrl(saved.type(), saved.slug(), saved.language()), "saved")))
            .build();
      } catch (EditConflictException e) {
        return conflict(type, draft, e);
      } catch (EditorialException e) {
        if (e.status() != 422) {
          throw workflow.page(e);
        }
        refused(type, e, problems, fieldErrors);
      }
    }
    return form(problems.isEmpty() ? 200 : 422, type, item, draft, problems, fieldErrors, null);
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/transition")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response transition(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      MultivaluedMap<String, String> form) {
    ContentType type = type(typeName);
    Editor editor = workflow.editor();
    long id = workflow.idOf(type.name(), slug, form.getFirst("lang"));
    Transition step =
        Transition.parse(form.getFirst("transition"))
            .orElseThrow(
                () -> new jakarta.ws.rs.BadRequestException(screen.t("admin.workflow.unknown")));
    List<Problem> problems = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    OffsetDateTime publishAt =
        dateTime(form.getFirst("publishAt"), "workflow-publish-at", problems, ambiguous);
    OffsetDateTime unpublishAt =
        dateTime(form.getFirst("unpublishAt"), "workflow-unpublish-at", problems, ambiguous);
    if (step == Transition.SCHEDULE && publishAt == null && problems.isEmpty()) {
      problems.add(new Problem("workflow-publish-at", screen.t("admin.workflow.needsDate")));
    }
    if (problems.isEmpty()) {
      try {
        EditorialItem after =
            service.transition(
                editor,
                id,
                new TransitionRequest(
                    step,
                    parseVersion(form.getFirst("version")),
                    blankToNull(form.getFirst("comment")),
                    publishAt,
                    unpublishAt));
        String next =
            withNotice(ItemRows.editUrl(after.type(), after.slug(), after.language()), step.key());
        if (!ambiguous.isEmpty()) {
          // The redirect says which of two equal clock times was taken (see editForm).
          next += "&earlier=" + java.net.URLEncoder.encode(ambiguous.get(0), UTF_8);
        }
        return Response.seeOther(URI.create(next)).build();
      } catch (PublishRefusedException e) {
        problems.add(new Problem(null, e.getMessage()));
        e.problems().forEach(p -> problems.add(new Problem(null, p)));
      } catch (EditorialException e) {
        if (e.status() != 409 && e.status() != 422) {
          throw workflow.page(e);
        }
        problems.add(new Problem(null, e.getMessage()));
        e.problems().forEach(p -> problems.add(new Problem(null, p)));
      }
    }
    EditorialItem item = workflow.get(id);
    Map<String, Object> kept = new HashMap<>();
    kept.put("comment", form.getFirst("comment"));
    kept.put("publishAt", form.getFirst("publishAt"));
    kept.put("unpublishAt", form.getFirst("unpublishAt"));
    Map<String, String> errors = new HashMap<>();
    problems.forEach(
        p -> {
          if (p.field() != null) errors.putIfAbsent(p.field(), p.message());
        });
    return form(422, type, item, draftOf(item), problems, errors, null, kept);
  }

  @POST
  @Path("{slug:[a-z0-9-]+}/discard")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response discard(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      MultivaluedMap<String, String> form) {
    ContentType type = type(typeName);
    Editor editor = workflow.editor();
    long id = workflow.idOf(type.name(), slug, form.getFirst("lang"));
    Long version = parseVersion(form.getFirst("version"));
    if (version == null) {
      throw new jakarta.ws.rs.BadRequestException(screen.t("admin.revisions.badVersion"));
    }
    EditorialItem after = workflow.call(() -> service.discard(editor, id, version));
    return Response.seeOther(
            URI.create(
                withNotice(
                    ItemRows.editUrl(after.type(), after.slug(), after.language()), "discarded")))
        .build();
  }

  /**
   * The media picker for a field of a saved item, without unsaved changes: the address a bookmark
   * or a link can open. The editor's own button posts the draft instead (see picking).
   */
  @GET
  @Path("{slug:[a-z0-9-]+}/pick/{field:[a-zA-Z0-9]+}")
  public Response pickForm(
      @PathParam("type") String typeName,
      @PathParam("slug") String slug,
      @PathParam("field") String fieldName,
      @QueryParam("lang") String lang,
      @QueryParam("q") String words,
      @QueryParam("page") String page) {
    ContentType type = type(typeName);
    FieldDefinition field =
        MediaPicker.mediaField(type, fieldName)
            .orElseThrow(() -> new NotFoundException(screen.t("picker.noField")));
    EditorialItem item = workflow.get(workflow.idOf(type.name(), slug, lang));
    return picker.render(
        200,
        type,
        field,
        draftOf(item),
        item,
        editAction(item),
        words,
        AdminScreen.pageNumber(page),
        List.of());
  }

  /**
   * The editor's media buttons and the picker's answers, all posts of the whole draft: {@code
   * pick:NAME} opens the picker, {@code picker} searches, {@code page:N} turns its page, {@code
   * picked} comes back with the field set to the chosen image, {@code remove:NAME} empties the
   * field. Null for any other action. Nothing is saved until the editor saves.
   */
  private Response picking(
      ContentType type,
      Draft draft,
      EditorialItem item,
      MultivaluedMap<String, String> form,
      String back) {
    String action = text(form.getFirst("action"));
    String words = form.getFirst("q");
    if (action.startsWith("pick:")) {
      FieldDefinition field = mediaField(type, action.substring(5));
      return picker.render(200, type, field, draft, item, back, null, 1, List.of());
    }
    if (action.equals("picker") || action.startsWith("page:")) {
      FieldDefinition field = mediaField(type, form.getFirst("pickField"));
      int page = action.equals("picker") ? 1 : AdminScreen.pageNumber(action.substring(5));
      return picker.render(200, type, field, draft, item, back, words, page, List.of());
    }
    if (action.equals("picked")) {
      FieldDefinition field = mediaField(type, form.getFirst("pickField"));
      String pick = form.getFirst("pick");
      if (pick == null || pick.isBlank()) {
        return picker.render(
            422,
            type,
            field,
            draft,
            item,
            back,
            words,
            AdminScreen.pageNumber(form.getFirst("pickerPage")),
            List.of(new Problem("pick-1", screen.t("picker.error.none"))));
      }
      var chosen = picker.find(pick);
      if (chosen.isEmpty()) {
        String message = screen.t("admin.error.mediaMissing", field.label());
        return form(
            422,
            type,
            item,
            draft,
            List.of(new Problem(FieldForm.ID_PREFIX + field.name(), message)),
            Map.of(field.name(), message),
            null);
      }
      return form(
          200,
          type,
          item,
          withField(draft, field.name(), MediaPicker.reference(chosen.get())),
          List.of(),
          Map.of(),
          null);
    }
    if (action.startsWith("remove:")) {
      FieldDefinition field = mediaField(type, action.substring(7));
      return form(200, type, item, withField(draft, field.name(), null), List.of(), Map.of(), null);
    }
    return null;
  }

  private FieldDefinition mediaField(ContentType type, String name) {
    return MediaPicker.mediaField(type, name)
        .orElseThrow(() -> new jakarta.ws.rs.BadRequestException(screen.t("picker.noField")));
  }

  private static Draft withField(Draft draft, String name, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>(draft.fields());
    if (value == null) {
      fields.remove(name);
    } else {
      fields.put(name, value);
    }
    return new Draft(
        draft.title(),
        draft.slug(),
        draft.language(),
        draft.summary(),
        draft.body(),
        draft.note(),
        fields,
        draft.version());
  }

  private static String editAction(EditorialItem item) {
    return ItemRows.editUrl(item.type(), item.slug(), item.language()).replaceFirst("\\?.*", "");
  }

  // ---- the form

  private Response form(
      int status,
      ContentType type,
      EditorialItem item,
      Draft draft,
      List<Problem> problems,
      Map<String, String> fieldErrors,
      String notice) {
    return form(status, type, item, draft, problems, fieldErrors, notice, Map.of());
  }

  private Response form(
      int status,
      ContentType type,
      EditorialItem item,
      Draft draft,
      List<Problem> problems,
      Map<String, String> fieldErrors,
      String notice,
      Map<String, Object> workflowForm) {
    Map<String, Object> data = new HashMap<>();
    String typeLabel = rows.typeLabel(type.name());
    data.put("type", Map.of("name", type.name(), "label", typeLabel));
    data.put("draft", draft);
    data.put("errors", problems);
    data.put("fieldErrors", fieldErrors);
    data.put(
        "fields",
        FieldForm.views(
            type, draft.fields(), fieldErrors, choices(), (key, args) -> screen.t(key, args)));
    data.put("notice", notice);
    data.put("workflowForm", withSavedSchedule(item, workflowForm));
    data.put("zone", screen.zone().getId());
    data.put(
        "hasMedia",
        type.fields().stream().anyMatch(f -> MediaPicker.mediaField(type, f.name()).isPresent()));
    // The service refuses saves from reviewers; the screen does not offer them (it asks the same
    // roles as the service: a duplicate of its rule, stated here only to hide a button).
    Editor me = workflow.editor();
    data.put(
        "canWrite",
        me.isAdministrator()
            || me.has(eu.hub.security.Role.EDITOR)
            || me.has(eu.hub.security.Role.PARTNER_AUTHOR));
    String title;
    if (item == null) {
      title = screen.t("admin.edit.newTitle", typeLabel);
      data.put("action", "/admin/content/" + type.name() + "/new");
      data.put("languages", screen.uiLanguages());
    } else {
      title = screen.t("admin.edit.editTitle", item.title());
      data.put(
          "action",
          ItemRows.editUrl(item.type(), item.slug(), item.language()).replaceFirst("\\?.*", ""));
      data.put("item", itemModel(item));
      List<Map<String, Object>> steps = new ArrayList<>();
      for (Transition t : Transition.values()) {
        if (item.allowed().contains(t)) {
          steps.add(Map.of("key", t.key(), "label", screen.t("transition." + t.key())));
        }
      }
      data.put("transitions", steps);
      data.put(
          "needsDates",
          item.allowed().contains(Transition.SCHEDULE)
              || item.allowed().contains(Transition.PUBLISH));
    }
    return screen.page(
        status,
        "admin/edit",
        problems.isEmpty() ? title : screen.t("errors.titlePrefix", title),
        List.of(
            new Link(screen.t("admin.content.title"), "/admin/content"),
            new Link(item == null ? title : item.title(), null)),
        data);
  }

  /**
   * The schedule inputs show the saved times (in the editor's zone) unless the form came back with
   * what was typed, so that sending the form again keeps the schedule and clearing it is a choice.
   */
  private Map<String, Object> withSavedSchedule(
      EditorialItem item, Map<String, Object> workflowForm) {
    if (item == null
        || workflowForm.containsKey("publishAt")
        || workflowForm.containsKey("unpublishAt")) {
      return workflowForm;
    }
    Map<String, Object> shown = new HashMap<>(workflowForm);
    shown.put("publishAt", EditorTimes.inputValue(item.publishAt(), screen.zone()));
    shown.put("unpublishAt", EditorTimes.inputValue(item.unpublishAt(), screen.zone()));
    return shown;
  }

  Map<String, Object> itemModel(EditorialItem item) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", item.id());
    m.put("slug", item.slug());
    m.put("language", item.language());
    m.put("state", item.state().name());
    m.put("stateLabel", screen.t("state." + item.state().name()));
    m.put("live", item.liveStatus() != null && item.liveStatus().name().equals("PUBLISHED"));
    m.put("pendingChanges", item.pendingChanges());
    m.put("version", item.version());
    m.put("revision", item.revision());
    m.put("publishAt", screen.when(item.publishAt()));
    m.put("unpublishAt", screen.when(item.unpublishAt()));
    m.put("updatedAt", screen.when(item.updatedAt()));
    m.put("updatedBy", item.updatedBy());
    m.put("revisionsUrl", ItemRows.url(item.type(), item.slug(), item.language(), "revisions"));
    m.put("transitionUrl", ItemRows.url(item.type(), item.slug(), null, "transition"));
    m.put("discardUrl", ItemRows.url(item.type(), item.slug(), null, "discard"));
    m.put(
        "publicUrl",
        types
            .byName(item.type())
            .map(t -> eu.hub.content.ItemPaths.of(t.urlSegment(), item.slug(), item.language()))
            .orElse(null));
    return m;
  }

  FieldForm.Choices choices() {
    return new FieldForm.Choices() {
      @Override
      public List<FieldForm.Option> terms(String vocabulary) {
        return queries.terms(vocabulary);
      }

      @Override
      public List<FieldForm.Option> items(String type) {
        return queries.items(type);
      }

      @Override
      public Map<String, Object> media(String reference) {
        return picker.find(reference).map(MediaPicker::view).orElse(null);
      }
    };
  }

  // ---- reading and checking the form

  Draft draftFrom(ContentType type, MultivaluedMap<String, String> form) {
    return new Draft(
        text(form.getFirst("title")).strip(),
        text(form.getFirst("slug")).strip(),
        Optional.ofNullable(blankToNull(form.getFirst("language"))).orElse("en"),
        text(form.getFirst("summary")).strip(),
        text(form.getFirst("body")).replace("\r\n", "\n"),
        text(form.getFirst("note")).strip(),
        FieldForm.valuesFrom(type, form),
        Optional.ofNullable(parseVersion(form.getFirst("version"))).orElse(0L));
  }

  static Draft draftOf(EditorialItem item) {
    return new Draft(
        item.title(),
        item.slug(),
        item.language(),
        item.summary() == null ? "" : item.summary(),
        item.body() == null ? "" : item.body(),
        "",
        item.fields() == null ? Map.of() : item.fields(),
        item.version());
  }

  /** The checks the form can make itself, with messages in the reader's language. */
  Map<String, String> check(ContentType type, Draft draft, boolean isNew, List<Problem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (draft.title().isEmpty()) {
      errors.put("edit-title", screen.t("admin.edit.error.title"));
    } else if (draft.title().length() > 500) {
      errors.put("edit-title", screen.t("admin.edit.error.titleLong"));
    }
    if (isNew
        && !draft.slug().isEmpty()
        && (draft.slug().length() > 200 || !SLUG.matcher(draft.slug()).matches())) {
      errors.put("edit-slug", screen.t("admin.edit.error.slug"));
    }
    if (isNew && !LANGUAGE.matcher(draft.language()).matches()) {
      errors.put("edit-language", screen.t("admin.edit.error.language"));
    }
    if (draft.summary().length() > 1000) {
      errors.put("edit-summary", screen.t("admin.edit.error.summary"));
    }
    FieldValues.Checked checked = FieldValues.check(type, draft.fields());
    FieldForm.errorsFrom(type, checked.problems(), (k, a) -> screen.t(k, a))
        .forEach((name, message) -> errors.put(FieldForm.ID_PREFIX + name, message));
    for (FieldDefinition f : type.fields()) {
      Object v = draft.fields().get(f.name());
      // A media field refers to an image in the library that this person may use.
      if (v != null
          && MediaPicker.mediaField(type, f.name()).isPresent()
          && picker.find(String.valueOf(v)).isEmpty()) {
        errors.putIfAbsent(
            FieldForm.ID_PREFIX + f.name(), screen.t("admin.error.mediaMissing", f.label()));
      }
    }
    errors.forEach((field, message) -> problems.add(new Problem(field, message)));
    // The views look errors up by field name; the summary links by control id.
    Map<String, String> byName = new LinkedHashMap<>();
    errors.forEach(
        (id, message) ->
            byName.put(
                id.startsWith(FieldForm.ID_PREFIX)
                    ? id.substring(FieldForm.ID_PREFIX.length())
                    : id,
                message));
    return byName;
  }

  /** The service's refusal of a save as problems on the form, each tied to its field. */
  void refused(
      ContentType type, EditorialException e, List<Problem> problems, Map<String, String> errors) {
    String slugTaken = e.status() == 409 ? "edit-slug" : null;
    if (e.problems().isEmpty()) {
      problems.add(new Problem(slugTaken, e.getMessage()));
      if (slugTaken != null) {
        errors.putIfAbsent(slugTaken, e.getMessage());
      }
      return;
    }
    for (String p : e.problems()) {
      Map<String, String> byField =
          FieldForm.errorsFrom(type, List.of(p), (k, a) -> screen.t(k, a));
      if (byField.isEmpty()) {
        problems.add(new Problem(null, p));
      }
      byField.forEach(
          (name, message) -> {
            if (errors.putIfAbsent(name, message) == null) {
              problems.add(new Problem(FieldForm.ID_PREFIX + name, message));
            }
          });
    }
  }

  // ---- the conflict screen

  private Response conflict(ContentType type, Draft mine, EditConflictException e) {
    EditorialItem theirs = e.theirs();
    Draft current = draftOf(theirs);
    List<Map<String, Object>> parts = new ArrayList<>();
    parts.add(part(screen.t("admin.edit.itemTitle"), mine.title(), current.title()));
    parts.add(part(screen.t("admin.edit.summary"), mine.summary(), current.summary()));
    parts.add(part(screen.t("admin.edit.body"), mine.body(), current.body()));
    for (FieldDefinition f : type.fields()) {
      parts.add(
          part(
              f.label(),
              FieldForm.display(mine.fields().get(f.name())),
              FieldForm.display(current.fields().get(f.name()))));
    }
    Map<String, Object> data = new HashMap<>();
    data.put("parts", parts);
    data.put("theirs", itemModel(theirs));
    data.put("mine", mine);
    data.put("mineFields", FieldForm.hiddenValues(type, mine.fields()));
    data.put(
        "action",
        ItemRows.editUrl(theirs.type(), theirs.slug(), theirs.language())
            .replaceFirst("\\?.*", ""));
    data.put("editUrl", ItemRows.editUrl(theirs.type(), theirs.slug(), theirs.language()));
    data.put("message", e.getMessage());
    String title = screen.t("admin.conflict.title");
    return screen.page(
        409,
        "admin/conflict",
        title,
        List.of(
            new Link(screen.t("admin.content.title"), "/admin/content"),
            new Link(
                theirs.title(), ItemRows.editUrl(theirs.type(), theirs.slug(), theirs.language())),
            new Link(title, null)),
        data);
  }

  private static Map<String, Object> part(String label, String mine, String theirs) {
    Map<String, Object> m = new HashMap<>();
    m.put("label", label);
    m.put("mine", mine == null ? "" : mine);
    m.put("theirs", theirs == null ? "" : theirs);
    m.put(
        "differs",
        !java.util.Objects.equals(mine == null ? "" : mine, theirs == null ? "" : theirs));
    return m;
  }

  // ---- small helpers

  ContentType type(String name) {
    return types
        .byName(name)
        .orElseThrow(() -> new NotFoundException(screen.t("admin.edit.noSuchType", name)));
  }

  /**
   * A date and time the editor typed, read in their time zone. A time the clocks skip there is a
   * problem on the field; one that happens twice takes the earlier and is noted in {@code
   * ambiguous}. A time with an offset (the API's form) is taken as it is.
   */
  private OffsetDateTime dateTime(
      String text, String field, List<Problem> problems, List<String> ambiguous) {
    if (text == null || text.isBlank()) {
      return null;
    }
    ZoneId zone = screen.zone();
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text.strip());
      } catch (DateTimeParseException e2) {
        problems.add(new Problem(field, screen.t("admin.workflow.badDate")));
        return null;
      }
    }
    EditorTimes.Reading reading = EditorTimes.read(local, zone);
    if (reading.gap()) {
      problems.add(
          new Problem(
              field,
              screen.t(
                  "admin.workflow.gapDate", local.toString().replace('T', ' '), zone.getId())));
      return null;
    }
    if (reading.ambiguous()) {
      ambiguous.add(EditorTimes.show(reading.at(), zone));
    }
    return reading.at();
  }

  private String notice(String done) {
    if (done == null || !done.matches("[a-z]{1,20}")) {
      return null;
    }
    String text = screen.t("admin.done." + done);
    return text.startsWith("admin.done.") ? null : text;
  }

  private static String withNotice(String url, String done) {
    return url + (url.contains("?") ? "&" : "?") + "done=" + done;
  }

  static Long parseVersion(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String text(String s) {
    return s == null ? "" : s;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
