package eu.hub.editorial;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.content.ContentDraft;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.content.Revision;
import eu.hub.content.SlugTakenException;
import eu.hub.content.Slugs;
import eu.hub.publishing.PublishingChecks;
import eu.hub.security.AuditEntry;
import eu.hub.security.Role;
import eu.hub.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Everything editors do to content, for the admin screens and the JSON API alike: the same
 * permissions, workflow and audit for both. Every method checks on the server that the editor may
 * do it (role, transition, own partner's item) and writes the audit log.
 *
 * <p>The live {@code content_item} row is what readers and search see. Editing a published item
 * keeps the changes in a working copy, which goes live only when it is published. Every save is a
 * revision; restoring one makes a new revision, never rewriting history.
 *
 * <p>Failures are {@link EditorialException}s carrying their HTTP status: 403 not allowed, 404 no
 * such item, 409 wrong state or {@link EditConflictException}, 422 invalid values or {@link
 * PublishRefusedException}.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

  private static final Logger LOG = Logger.getLogger(EditorialService.class.getName());

  /** Who the audit log names for what the scheduler does. */
  public static final String SCHEDULER = "scheduler";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Z]{2})?");
  private static final Set<Role> WRITERS =
      EnumSet.of(Role.ADMINISTRATOR, Role.EDITOR, Role.PARTNER_AUTHOR);

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject PublishingChecks checks;
  @Inject UserStore users;

  // Through the proxy, so that each scheduled item gets a transaction of its own.
  @Inject EditorialService self;

  // ---------------------------------------------------------------- reading

  /** Items the editor may see, most recently changed first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EditorialItem> list(Editor editor, ItemFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(editor, filter, params);
    Query query =
        em.createNativeQuery(
            "select c.id from content_item c left join editorial_item e on e.item_id = c.id"
                + where
                + " order by coalesce(e.updated_at, c.updated_at) desc, c.id desc");
    bind(query, params);
    query.setFirstResult(Math.max(0, filter.offset()));
    query.setMaxResults(Math.clamp(filter.limit(), 1, 200));
    List<EditorialItem> items = new ArrayList<>();
    for (Object id : query.getResultList()) {
      ContentItem item = em.find(ContentItem.class, ((Number) id).longValue());
      if (item != null) {
        items.add(view(editor, item, em.find(EditorialRecord.class, item.id())));
      }
    }
    return items;
  }

  /** How many items match the filter, for paging. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(Editor editor, ItemFilter filter) {
    List<Object> params = new ArrayList<>();
    Query query =
        em.createNativeQuery(
            "select count(*) from content_item c left join editorial_item e on e.item_id = c.id"
                + where(editor, filter, params));
    bind(query, params);
    return ((Number) query.getSingleResult()).longValue();
  }

  // Native SQL: the state shown is the working copy's when there is one, a left join JPQL cannot
  // express between unrelated entities. Conditions are added only when used (PostgreSQL cannot
  // type a null parameter).
  private static String where(Editor editor, ItemFilter filter, List<Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.type() != null) {
      params.add(filter.type());
      where.append(" and c.type = ?").append(params.size());
    }
    if (filter.state() != null) {
      params.add(filter.state().name());
      where
          .append(" and (case when e.working_title is not null then e.state else c.status end) = ?")
          .append(params.size());
    }
    if (filter.updatedBy() != null) {
      params.add(UserStore.normalEmail(filter.updatedBy()));
      where.append(" and e.updated_by = ?").append(params.size());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      String words = filter.text().strip().toLowerCase(Locale.ROOT);
      params.add("%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
      where
          .append(" and lower(coalesce(e.working_title, c.title)) like ?")
          .append(params.size())
          .append(" escape '!'");
    }
    if (!editor.seesAllItems()) {
      params.add(editor.partnerSlug() == null ? "" : editor.partnerSlug());
      int p = params.size();
      where
          .append(" and (exists (select l.id from content_link l where l.item_id = c.id")
          .append(" and l.kind = '")
          .append(ContentLink.REFERENCE)
          .append("' and l.scope = 'partner' and l.link_key = ?")
          .append(p)
          .append(") or (c.type = 'partner' and c.slug = ?")
          .append(p)
          .append("))");
    }
    return where.toString();
  }

  private static void bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  /** One item as the editor works on it (the working copy of a published item, if any). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EditorialItem get(Editor editor, long id) {
    ContentItem item = item(id, false);
    mustTouch(editor, item);
    return view(editor, item, em.find(EditorialRecord.class, id));
  }

  /** Items waiting for review, for a reviewer's dashboard. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EditorialItem> waitingForReview(Editor editor, int limit) {
    return list(editor, ItemFilter.inState(ContentStatus.IN_REVIEW, limit));
  }

  /** Items scheduled to be published, soonest first, for the dashboard. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EditorialItem> scheduled(Editor editor, int limit) {
    List<EditorialItem> items =
        new ArrayList<>(list(editor, ItemFilter.inState(ContentStatus.SCHEDULED, 200)));
    items.sort(
        java.util.Comparator.comparing(
            EditorialItem::publishAt,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    return items.subList(0, Math.min(items.size(), Math.max(0, limit)));
  }

  /** What would stop the working version from being published (empty when it can be). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> publishingProblems(Editor editor, long id) {
    ContentItem item = item(id, false);
    mustTouch(editor, item);
    return problems(item, em.find(EditorialRecord.class, id));
  }

  /** The item's revisions, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RevisionInfo> revisions(Editor editor, long id) {
    mustTouch(editor, item(id, false));
    return store.revisions(id).stream().map(EditorialService::info).toList();
  }

  /** Two revisions side by side (either order; the older one is shown first). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Comparison compare(Editor editor, long id, int revisionA, int revisionB) {
    ContentItem item = item(id, false);
    mustTouch(editor, item);
    Revision a = revision(id, Math.min(revisionA, revisionB));
    Revision b = revision(id, Math.max(revisionA, revisionB));
    List<Comparison.FieldChange> fields = new ArrayList<>();
    List<Comparison.TextDiff> texts = new ArrayList<>();
    compareText("title", a.title(), b.title(), fields, texts);
    compareText("summary", a.summary(), b.summary(), fields, texts);
    compareText("body", a.body(), b.body(), fields, texts);
    Map<String, Object> before = FieldValues.read(a.fieldsJson());
    Map<String, Object> after = FieldValues.read(b.fieldsJson());
    Set<String> names = new LinkedHashSet<>();
    ContentType type = types.byName(item.type()).orElse(null);
    if (type != null) {
      type.fields().forEach(f -> names.add(f.name()));
    }
    names.addAll(new TreeSet<>(before.keySet()));
    names.addAll(new TreeSet<>(after.keySet()));
    for (String name : names) {
      boolean markdown =
          type != null && type.field(name).map(f -> f.kind() == FieldKind.MARKDOWN).orElse(false);
      String x = text(before.get(name));
      String y = text(after.get(name));
      if (markdown) {
        compareText(name, x, y, fields, texts);
      } else if (!Objects.equals(x, y)) {
        fields.add(new Comparison.FieldChange(name, x, y));
      }
    }
    return new Comparison(info(a), info(b), fields, texts);
  }

  private static void compareText(
      String name,
      String before,
      String after,
      List<Comparison.FieldChange> fields,
      List<Comparison.TextDiff> texts) {
    if (Objects.equals(blankToNull(before), blankToNull(after))) {
      return;
    }
    fields.add(new Comparison.FieldChange(name, before, after));
    texts.add(new Comparison.TextDiff(name, LineDiff.of(before, after)));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  /** A page of the audit log; administrators only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditPage audit(Editor editor, AuditQuery q) {
    if (!editor.isAdministrator()) {
      throw EditorialException.forbidden("Only administrators may read the audit log.");
    }
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (q.actor() != null && !q.actor().isBlank()) {
      where.append(" and a.actor = :actor");
      params.put("actor", UserStore.normalEmail(q.actor()));
    }
    if (q.action() != null && !q.action().isBlank()) {
      where.append(" and a.action = :action");
      params.put("action", q.action().strip());
    }
    if (q.target() != null && !q.target().isBlank()) {
      where.append(" and a.target like :target escape '!'");
      params.put(
          "target",
          q.target().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (q.since() != null) {
      where.append(" and a.at >= :since");
      params.put("since", q.since());
    }
    if (q.until() != null) {
      where.append(" and a.at < :until");
      params.put("until", q.until());
    }
    TypedQuery<Long> count =
        em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
    TypedQuery<AuditEntry> page =
        em.createQuery(
            "select a from AuditEntry a" + where + " order by a.at desc, a.id desc",
            AuditEntry.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          page.setParameter(k, v);
        });
    int limit = Math.clamp(q.limit(), 1, 500);
    int offset = Math.max(0, q.offset());
    List<AuditPage.Line> lines =
        page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
            .map(a -> new AuditPage.Line(a.at(), a.actor(), a.action(), a.target(), a.detail()))
            .toList();
    return new AuditPage(lines, count.getSingleResult(), offset, limit);
  }

  // ---------------------------------------------------------------- writing

  /** Creates a draft (not public). A partner author's item belongs to their partner. */
  public EditorialItem create(Editor editor, NewItem request) {
    mustWrite(editor);
    List<String> problems = new ArrayList<>();
    ContentType type = null;
    if (request.type() == null || request.type().isBlank()) {
      problems.add("'type' is required (one of: " + String.join(", ", types.names()) + ")");
    } else {
      type = types.byName(request.type().strip()).orElse(null);
      if (type == null) {
        problems.add(
            "'"
                + request.type()
                + "' is not a content type (one of: "
                + String.join(", ", types.names())
                + ")");
      }
    }
    String title = checkTitle(request.title(), problems);
    String language =
        request.language() == null || request.language().isBlank()
            ? "en"
            : request.language().strip();
    if (!LANGUAGE.matcher(language).matches()) {
      problems.add("'language' is a code like en, sv or pt-BR, not '" + language + "'");
    }
    String slug =
        request.slug() == null || request.slug().isBlank()
            ? (title == null ? "" : Slugs.of(title))
            : request.slug().strip();
    if (!SLUG.matcher(slug).matches() || slug.length() > 200) {
      problems.add(
          "the slug must be lower-case letters and digits in words joined by single hyphens");
    }
    if (type == null) {
      throw EditorialException.invalid("The item was not created.", problems);
    }
    Map<String, Object> fields =
        ownPartner(editor, type, request.fields() == null ? Map.of() : request.fields());
    FieldValues.Checked checked = FieldValues.check(type, fields);
    problems.addAll(checked.problems());
    if (!problems.isEmpty()) {
      throw EditorialException.invalid(
          "The item was not created: " + String.join("; ", problems), problems);
    }
    if (store.find(type.name(), language, slug).isPresent()) {
      throw EditorialException.wrongState(
          "There is already a "
              + type.name()
              + " at '"
              + slug
              + "' in "
              + language
              + ": choose another slug.");
    }
    ContentItem item;
    try {
      item =
          store.save(
              new ContentDraft(
                  type.name(),
                  slug,
                  language,
                  title,
                  blankToNull(request.summary()),
                  request.body() == null ? "" : request.body(),
                  checked.json(),
                  ContentStatus.DRAFT,
                  null,
                  null,
                  null),
              editor.email(),
              request.note() == null ? "created" : request.note());
    } catch (SlugTakenException e) {
      throw EditorialException.wrongState(e.getMessage());
    }
    OffsetDateTime now = now();
    EditorialRecord record = new EditorialRecord(item.id(), ContentStatus.DRAFT, now);
    record.touched(editor.email(), now);
    em.persist(record);
    em.flush();
    audit(editor.email(), "editorial-create", item, "created as DRAFT");
    return view(editor, item, record);
  }

  /**
   * Saves an edit as a new revision. A published item keeps showing its live version; the edit is a
   * working copy until it is published.
   *
   * @throws EditConflictException when the item changed since {@link ItemEdit#version()}
   */
  public EditorialItem save(Editor editor, long id, ItemEdit edit) {
    ContentItem item = item(id, true);
    mustTouch(editor, item);
    mustWrite(editor);
    EditorialRecord record = record(item);
    return write(editor, item, record, edit, edit.note() == null ? "saved" : edit.note(), "save");
  }

  /**
   * Makes an old revision's content the working version again, as a new revision (a working copy
   * for a published item). History is never rewritten.
   *
   * @param version the version the editor saw, as for a save
   */
  public EditorialItem restore(Editor editor, long id, int revision, long version) {
    ContentItem item = item(id, true);
    mustTouch(editor, item);
    mustWrite(editor);
    EditorialRecord record = record(item);
    Revision old = revision(id, revision);
    ItemEdit edit =
        new ItemEdit(
            version,
            old.title(),
            old.summary(),
            old.body(),
            FieldValues.read(old.fieldsJson()),
            "restored revision " + revision);
    return write(editor, item, record, edit, edit.note(), "restore");
  }

  /**
   * Drops the pending working copy of a published item: the live version becomes the working
   * version again. The copy's text stays in the revisions, so it can be restored.
   *
   * @param version the version the editor saw, as for a save
   */
  public EditorialItem discard(Editor editor, long id, long version) {
    ContentItem item = item(id, true);
    mustTouch(editor, item);
    mustWrite(editor);
    EditorialRecord record = record(item);
    EditorialItem current = view(editor, item, record);
    if (version != current.version()) {
      throw EditorialException.wrongState(
          "Someone else changed this item after you opened it: reload it and try again.");
    }
    if (!record.hasWorkingCopy()) {
      throw EditorialException.wrongState("This item has no unpublished changes to discard.");
    }
    ContentStatus before = record.state();
    record.dropWorkingCopy();
    record.state(item.status());
    record.schedule(null, record.unpublishAt());
    record.touched(editor.email(), now());
    em.flush();
    audit(
        editor.email(),
        "editorial-discard",
        item,
        before + " → " + item.status() + "; the working copy stays in the revisions");
    return view(editor, item, record);
  }

  private EditorialItem write(
      Editor editor,
      ContentItem item,
      EditorialRecord record,
      ItemEdit edit,
      String note,
      String action) {
    EditorialItem current = view(editor, item, record);
    if (edit.version() != current.version()) {
      throw new EditConflictException(edit, current);
    }
    boolean published = item.status() == ContentStatus.PUBLISHED;
    if (!editor.seesAllItems()
        && current.state() != ContentStatus.DRAFT
        && current.state() != ContentStatus.PUBLISHED) {
      throw EditorialException.wrongState(
          "This item is "
              + label(current.state())
              + ": it can be changed again when a reviewer returns it to draft.");
    }
    ContentType type = types.byName(item.type()).orElseThrow();
    List<String> problems = new ArrayList<>();
    String title = checkTitle(edit.title(), problems);
    Map<String, Object> fields =
        ownPartner(editor, type, edit.fields() == null ? Map.of() : edit.fields());
    FieldValues.Checked checked = FieldValues.check(type, fields);
    problems.addAll(checked.problems());
    if (!problems.isEmpty()) {
      throw EditorialException.invalid(
          "The item was not saved: " + String.join("; ", problems), problems);
    }
    String summary = blankToNull(edit.summary());
    String body = edit.body() == null ? "" : edit.body();
    OffsetDateTime now = now();
    String detail;
    if (published) {
      ContentStatus state = record.hasWorkingCopy() ? record.state() : ContentStatus.DRAFT;
      record.working(title, summary, body, checked.json());
      record.state(state);
      Revision saved =
          store.saveWorkingRevision(
              item, title, summary, body, checked.json(), state, editor.email(), note);
      detail =
          "revision "
              + saved.number()
              + " ("
              + note
              + "), a working copy in "
              + state
              + "; the published version stays live";
    } else {
      store.save(
          new ContentDraft(
              item.type(),
              item.slug(),
              item.language(),
              title,
              summary,
              body,
              checked.json(),
              item.status(),
              null,
              item.sourcePath(),
              item.sourceHash()),
          editor.email(),
          note);
      detail = "revision " + item.revision() + " (" + note + ") in " + item.status();
    }
    record.touched(editor.email(), now);
    em.flush();
    audit(editor.email(), "editorial-" + action, item, detail);
    return view(editor, item, record);
  }

  /**
   * Takes a workflow step, with its comment.
   *
   * @throws PublishRefusedException when publishing or scheduling and the checks find errors
   */
  public EditorialItem transition(Editor editor, long id, TransitionRequest request) {
    Transition t = request.transition();
    if (t == null) {
      throw EditorialException.invalid(
          "Say which transition to take.",
          List.of(
              "'transition' is one of "
                  + String.join(
                      ", ",
                      java.util.Arrays.stream(Transition.values()).map(Transition::key).toList())));
    }
    ContentItem item = item(id, true);
    mustTouch(editor, item);
    EditorialRecord record = record(item);
    EditorialItem current = view(editor, item, record);
    if (!t.permits(editor.roles())) {
      throw EditorialException.forbidden(
          "Your role may not " + t.key() + " items (" + roleNames(t) + " may).");
    }
    boolean from =
        t == Transition.UNPUBLISH
            ? item.status() == ContentStatus.PUBLISHED
            : t.startsFrom(current.state());
    if (!from) {
      throw EditorialException.wrongState(
          "An item that is " + label(current.state()) + " cannot be " + done(t) + ".");
    }
    if (request.version() != null && request.version() != current.version()) {
      throw EditorialException.wrongState(
          "Someone else changed this item after you opened it: reload it and try again.");
    }
    String comment = blankToNull(request.comment());
    ContentStatus before = current.state();
    String actor = editor.email();
    OffsetDateTime now = now();
    String extra = "";
    switch (t) {
      case SUBMIT, APPROVE -> moveTo(item, record, t.to(), actor, note(t, comment));
      case RETURN -> {
        record.schedule(null, record.unpublishAt());
        moveTo(item, record, t.to(), actor, note(t, comment));
      }
      case SCHEDULE -> {
        List<String> problems = new ArrayList<>();
        if (request.publishAt() == null) {
          problems.add("'publishAt' is required: when should it be published?");
        } else if (!request.publishAt().isAfter(now)) {
          problems.add("'publishAt' must be in the future");
        }
        if (request.unpublishAt() != null
            && request.publishAt() != null
            && !request.unpublishAt().isAfter(request.publishAt())) {
          problems.add("'unpublishAt' must be after 'publishAt'");
        }
        if (!problems.isEmpty()) {
          throw EditorialException.invalid(
              "The item was not scheduled: " + String.join("; ", problems), problems);
        }
        refuseIfProblems(item, record);
        record.schedule(request.publishAt(), request.unpublishAt());
        moveTo(item, record, t.to(), actor, note(t, comment));
        extra =
            "; publish at "
                + request.publishAt()
                + (request.unpublishAt() == null ? "" : ", unpublish at " + request.unpublishAt());
      }
      case PUBLISH -> {
        if (request.unpublishAt() != null && !request.unpublishAt().isAfter(now)) {
          throw EditorialException.invalid(
              "The item was not published.", List.of("'unpublishAt' must be in the future"));
        }
        refuseIfProblems(item, record);
        publishNow(item, record, actor, note(t, comment));
        if (request.unpublishAt() != null) {
          record.schedule(null, request.unpublishAt());
          extra = "; unpublish at " + request.unpublishAt();
        }
      }
      case UNPUBLISH -> {
        archive(item, record, actor, note(t, comment));
        if (current.pendingChanges()) {
          extra = "; the unpublished working copy stays in the revisions";
        }
      }
      case REOPEN -> moveTo(item, record, t.to(), actor, note(t, comment));
    }
    record.touched(actor, now);
    em.flush();
    audit(
        actor,
        "editorial-" + t.key(),
        item,
        before + " → " + t.to() + (comment == null ? "" : "; comment: " + comment) + extra);
    return view(editor, item, record);
  }

  private static String note(Transition t, String comment) {
    return t.key() + (comment == null ? "" : ": " + comment);
  }

  /** Moves the working version to a state: the working copy's, or the item's own. */
  private void moveTo(
      ContentItem item, EditorialRecord record, ContentStatus to, String actor, String note) {
    record.state(to);
    if (!record.hasWorkingCopy()) {
      store.save(liveAs(item, to), actor, note);
    }
  }

  private void publishNow(ContentItem item, EditorialRecord record, String actor, String note) {
    if (record.hasWorkingCopy()) {
      store.save(
          new ContentDraft(
              item.type(),
              item.slug(),
              item.language(),
              record.workingTitle(),
              record.workingSummary(),
              record.workingBody(),
              record.workingFieldsJson(),
              ContentStatus.PUBLISHED,
              null,
              item.sourcePath(),
              item.sourceHash()),
          actor,
          note);
      record.dropWorkingCopy();
    } else {
      store.save(liveAs(item, ContentStatus.PUBLISHED), actor, note);
    }
    record.state(ContentStatus.PUBLISHED);
    record.schedule(null, record.unpublishAt());
  }

  private void archive(ContentItem item, EditorialRecord record, String actor, String note) {
    store.save(liveAs(item, ContentStatus.ARCHIVED), actor, note);
    // The working copy's text stays in the revisions, to be restored if wanted.
    record.dropWorkingCopy();
    record.state(ContentStatus.ARCHIVED);
    record.schedule(null, null);
  }

  private static ContentDraft liveAs(ContentItem item, ContentStatus status) {
    return new ContentDraft(
        item.type(),
        item.slug(),
        item.language(),
        item.title(),
        item.summary(),
        item.body(),
        item.fieldsJson(),
        status,
        null,
        item.sourcePath(),
        item.sourceHash());
  }

  private void refuseIfProblems(ContentItem item, EditorialRecord record) {
    List<String> problems = problems(item, record);
    if (!problems.isEmpty()) {
      throw new PublishRefusedException(problems);
    }
  }

  private List<String> problems(ContentItem item, EditorialRecord record) {
    boolean working = record != null && record.hasWorkingCopy();
    List<String> out = new ArrayList<>();
    if (item.title() == null || item.title().isBlank()) {
      out.add("The title is required before publishing");
    }
    for (PublishingChecks.Problem p :
        checks.check(
            item.type(),
            working ? record.workingBody() : item.body(),
            working ? record.workingFieldsJson() : item.fieldsJson())) {
      if (p.isError()) {
        String where =
            (p.field() == null ? "Body" : "'" + p.field() + "'")
                + (p.finding().line() > 0 ? ", line " + p.finding().line() : "");
        out.add(where + ": " + p.finding().message());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- schedule

  /**
   * Publishes the scheduled items whose time has come and takes off the site the ones whose
   * unpublish time has passed, each in its own transaction. Called by {@link EditorialScheduler}.
   *
   * @return how many items changed
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int runSchedule(OffsetDateTime now) {
    int changed = 0;
    for (long id : self.due("publishAt", now)) {
      try {
        changed += self.publishScheduled(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Publishing scheduled item " + id + " failed", e);
      }
    }
    for (long id : self.due("unpublishAt", now)) {
      try {
        changed += self.unpublishExpired(id, now) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Unpublishing item " + id + " failed", e);
      }
    }
    return changed;
  }

  /** Ids of items whose publish or unpublish time ({@code column}) has come; for the scheduler. */
  // In a transaction: on the scheduler's thread there is no request to keep an EntityManager open.
  public List<Long> due(String column, OffsetDateTime now) {
    String field = column.equals("publishAt") ? "r.publishAt" : "r.unpublishAt";
    return em.createQuery(
            "select r.itemId from EditorialRecord r where "
                + field
                + " is not null and "
                + field
                + " <= :now order by "
                + field,
            Long.class)
        .setParameter("now", now)
        .setMaxResults(100)
        .getResultList();
  }

  /** Publishes one scheduled item if its time has come; for the scheduler. */
  public boolean publishScheduled(long id, OffsetDateTime now) {
    ContentItem item = em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    EditorialRecord record =
        item == null ? null : em.find(EditorialRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (record == null || record.publishAt() == null || record.publishAt().isAfter(now)) {
      return false;
    }
    ContentStatus state = record.hasWorkingCopy() ? record.state() : item.status();
    OffsetDateTime when = record.publishAt();
    if (state != ContentStatus.SCHEDULED) {
      record.schedule(null, record.unpublishAt());
      return false;
    }
    List<String> problems = problems(item, record);
    if (!problems.isEmpty()) {
      // Back to approved, so that it is not tried again every few seconds; the editor sees why.
      record.schedule(null, record.unpublishAt());
      moveTo(item, record, ContentStatus.APPROVED, SCHEDULER, "scheduled publishing refused");
      record.touched(SCHEDULER, now);
      audit(
          SCHEDULER,
          "editorial-publish-refused",
          item,
          "SCHEDULED → APPROVED; scheduled for " + when + "; " + String.join("; ", problems));
      return true;
    }
    publishNow(item, record, SCHEDULER, "published as scheduled");
    record.touched(SCHEDULER, now);
    em.flush();
    audit(SCHEDULER, "editorial-publish", item, "SCHEDULED → PUBLISHED; scheduled for " + when);
    return true;
  }

  /** Takes one item off the site if its unpublish time has passed; for the scheduler. */
  public boolean unpublishExpired(long id, OffsetDateTime now) {
    ContentItem item = em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    EditorialRecord record =
        item == null ? null : em.find(EditorialRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (record == null || record.unpublishAt() == null || record.unpublishAt().isAfter(now)) {
      return false;
    }
    OffsetDateTime when = record.unpublishAt();
    if (item.status() != ContentStatus.PUBLISHED) {
      // Not live (yet): the time is kept only for a publication still to come.
      if (record.publishAt() == null) {
        record.schedule(null, null);
      }
      return false;
    }
    archive(item, record, SCHEDULER, "unpublished as scheduled");
    record.touched(SCHEDULER, now);
    em.flush();
    audit(SCHEDULER, "editorial-unpublish", item, "PUBLISHED → ARCHIVED; scheduled for " + when);
    return true;
  }

  /**
   * Writes a refused attempt (403) into the audit log, in a transaction of its own: the refused
   * call's transaction was rolled back. For the API and the screens to call after catching.
   *
   * @param what what was attempted, e.g. {@code POST /api/editorial/items/42/transitions}
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefusal(Editor editor, String what, EditorialException refusal) {
    users.audit(editor.email(), "editorial-denied", what, refusal.getMessage());
  }

  // ---------------------------------------------------------------- helpers

  private ContentItem item(long id, boolean lock) {
    ContentItem item =
        lock
            ? em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(ContentItem.class, id);
    if (item == null) {
      throw EditorialException.notFound("There is no item " + id + ".");
    }
    return item;
  }

  /** The item's record, locked, made when the item was never edited in the admin. */
  private EditorialRecord record(ContentItem item) {
    EditorialRecord record =
        em.find(EditorialRecord.class, item.id(), LockModeType.PESSIMISTIC_WRITE);
    if (record == null) {
      record = new EditorialRecord(item.id(), item.status(), item.updatedAt());
      em.persist(record);
    }
    return record;
  }

  private Revision revision(long id, int number) {
    return store
        .revision(id, number)
        .orElseThrow(
            () -> EditorialException.notFound("Item " + id + " has no revision " + number + "."));
  }

  private static void mustWrite(Editor editor) {
    if (editor.roles().stream().noneMatch(WRITERS::contains)) {
      throw EditorialException.forbidden(
          "Your role may review items but not write them (editors and partner authors may).");
    }
  }

  /** 403 unless the editor may work on this item: everyone editorial, partner authors their own. */
  private void mustTouch(Editor editor, ContentItem item) {
    if (!mayTouch(editor, item)) {
      throw EditorialException.forbidden(
          "This item belongs to another partner: you may only work on "
              + (editor.partnerSlug() == null ? "your partner" : editor.partnerSlug())
              + "'s items.");
    }
  }

  private boolean mayTouch(Editor editor, ContentItem item) {
    if (editor.seesAllItems()) {
      return true;
    }
    if (!editor.has(Role.PARTNER_AUTHOR) || editor.partnerSlug() == null) {
      return false;
    }
    return partners(item.type(), item.slug(), FieldValues.read(item.fieldsJson()))
        .contains(editor.partnerSlug());
  }

  /** The partners an item belongs to: the slugs in its references to partners. */
  private List<String> partners(String typeName, String slug, Map<String, Object> fields) {
    Set<String> out = new LinkedHashSet<>();
    if ("partner".equals(typeName)) {
      out.add(slug);
    }
    ContentType type = types.byName(typeName).orElse(null);
    if (type != null) {
      for (FieldDefinition f : partnerFields(type)) {
        Object value = fields.get(f.name());
        if (value instanceof List<?> list) {
          list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
          out.add(String.valueOf(value));
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<FieldDefinition> partnerFields(ContentType type) {
    return type.fields().stream()
        .filter(f -> f.kind() == FieldKind.REFERENCE && "partner".equals(f.targetType()))
        .toList();
  }

  /**
   * A partner author's fields: their partner filled in where the partner field is empty, and 403
   * when the item would belong to another partner only, or the type has no partner.
   */
  private Map<String, Object> ownPartner(
      Editor editor, ContentType type, Map<String, Object> given) {
    if (editor.seesAllItems()) {
      return given;
    }
    List<FieldDefinition> partnerFields = partnerFields(type);
    if (partnerFields.isEmpty()) {
      throw EditorialException.forbidden(
          "Partner authors write items that belong to their partner; a "
              + type.name()
              + " has no partner.");
    }
    Map<String, Object> fields = new LinkedHashMap<>(given);
    FieldDefinition first = partnerFields.get(0);
    boolean anyGiven = partnerFields.stream().anyMatch(f -> !isEmpty(fields.get(f.name())));
    if (!anyGiven) {
      fields.put(
          first.name(),
          first.isRepeatable() ? List.of(editor.partnerSlug()) : editor.partnerSlug());
    }
    if (!partners(type.name(), "", fields).contains(editor.partnerSlug())) {
      throw EditorialException.forbidden(
          "You may only write items of your own partner ("
              + editor.partnerSlug()
              + "): set '"
              + first.name()
              + "' to it.");
    }
    return fields;
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof List<?> l && l.isEmpty());
  }

  private EditorialItem view(Editor editor, ContentItem item, EditorialRecord record) {
    boolean working = record != null && record.hasWorkingCopy();
    ContentStatus state = working ? record.state() : item.status();
    Map<String, Object> fields =
        FieldValues.read(working ? record.workingFieldsJson() : item.fieldsJson());
    Set<Transition> allowed = EnumSet.noneOf(Transition.class);
    if (mayTouch(editor, item)) {
      for (Transition t : Transition.values()) {
        boolean from =
            t == Transition.UNPUBLISH
                ? item.status() == ContentStatus.PUBLISHED
                : t.startsFrom(state);
        if (from && t.permits(editor.roles())) {
          allowed.add(t);
        }
      }
    }
    return new EditorialItem(
        item.id(),
        item.type(),
        item.slug(),
        item.language(),
        working ? record.workingTitle() : item.title(),
        working ? record.workingSummary() : item.summary(),
        working ? record.workingBody() : item.body(),
        fields,
        state,
        item.status(),
        working,
        partners(item.type(), item.slug(), fields),
        item.version() + (record == null ? 0 : record.version()),
        Math.max(item.revision(), store.latestRevision(item.id())),
        record == null ? null : record.publishAt(),
        record == null ? null : record.unpublishAt(),
        record == null || record.updatedAt().isBefore(item.updatedAt())
            ? item.updatedAt()
            : record.updatedAt(),
        record == null ? null : record.updatedBy(),
        Set.copyOf(allowed));
  }

  private static RevisionInfo info(Revision r) {
    return new RevisionInfo(
        r.number(), r.createdAt(), r.author(), r.note(), r.status(), r.working());
  }

  private void audit(String actor, String action, ContentItem item, String detail) {
    users.audit(actor, action, target(item), detail);
  }

  /** How the audit log names an item: {@code item:42 case-study/slug}. */
  public static String target(ContentItem item) {
    return "item:" + item.id() + " " + item.type() + "/" + item.slug();
  }

  private static String checkTitle(String title, List<String> problems) {
    if (title == null || title.isBlank()) {
      problems.add("'title' is required");
      return null;
    }
    if (title.strip().length() > 500) {
      problems.add("'title' is longer than 500 characters");
    }
    return title.strip();
  }

  private static String label(ContentStatus state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String done(Transition t) {
    return switch (t) {
      case SUBMIT -> "submitted for review";
      case RETURN -> "returned to draft";
      case APPROVE -> "approved";
      case SCHEDULE -> "scheduled";
      case PUBLISH -> "published";
      case UNPUBLISH -> "unpublished";
      case REOPEN -> "reopened as a draft";
    };
  }

  private static String roleNames(Transition t) {
    return String.join(
        ", ",
        t.roles().stream()
            .sorted()
            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s")
            .toList());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
