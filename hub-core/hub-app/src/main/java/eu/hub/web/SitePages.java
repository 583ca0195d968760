package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.comments.CommentSection;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentLink;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentStore.LinkFilter;
import eu.hub.content.ContentStore.TermUse;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Slugs;
import eu.hub.content.Vocabularies;
import eu.hub.content.Vocabularies.Vocabulary;
import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public pages: home, a listing per content type (with filters by taxonomy term), one page per
 * item, and a page per taxonomy vocabulary and term. An item's old address redirects (301) to its
 * current one.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SitePages {

  static final int PAGE_SIZE = 20;
  private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,200}");

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject ItemPresenter presenter;
  @Inject HubSettings settings;
  @Inject ReaderChoices reader;
  @Inject PageModels models;
  @Inject CommentSection comments;
  @Context UriInfo uri;

  @GET
  public String home() {
    Map<String, Object> data = new HashMap<>();
    data.put("latestIssue", first("magazine-issue"));
    data.put("caseStudies", views(store.listPublished("case-study", 0, 6)));
    data.put("lessons", views(store.listPublished("lesson", 0, 6)));
    data.put("latest", views(store.listPublished(null, 0, 12)));
    Page page = new Page(settings.siteName(), null, "/", reader.language());
    page.jsonLd = StructuredData.forSite(settings.siteName(), absolute("/"));
    return reader.render("home", model(page, List.of(), data));
  }

  @GET
  @Path("{segment:[a-z0-9-]+}")
  public Response listing(
      @PathParam("segment") String segment, @QueryParam("page") String pageParam) {
    Optional<ContentType> type = types.byUrlSegment(segment).filter(types::isShown);
    if (type.isEmpty()) {
      return Response.ok(vocabulary(segment)).build();
    }
    ContentType t = type.get();
    List<Filter> filters = filtersFor(t, uri.getQueryParameters());
    List<Filter> wrong = filters.stream().filter(f -> f.error() != null).toList();
    List<LinkFilter> active =
        filters.stream()
            .filter(f -> f.selected() != null && f.error() == null)
            .map(f -> new LinkFilter(ContentLink.TERM, f.vocabulary(), f.selected()))
            .toList();
    int page = Params.page(pageParam);
    long total = store.countPublished(t.name(), active);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page > pages) {
      throw new NotFoundException("There is no page " + page + " of " + t.pluralLabel() + ".");
    }
    Map<String, Object> data = new HashMap<>();
    String plural = plural(t);
    data.put(
        "type",
        Map.of("name", t.name(), "label", t.label(), "pluralLabel", plural, "url", "/" + segment));
    data.put(
        "items", views(store.listPublished(t.name(), active, (page - 1) * PAGE_SIZE, PAGE_SIZE)));
    data.put("filters", filters);
    data.put("errors", wrong);
    data.put("filtered", !active.isEmpty());
    data.put("pager", Pager.of("/" + segment, uri.getQueryParameters(), page, pages));
    data.put("total", total);
    Page meta =
        new Page(
            wrong.isEmpty() ? plural : reader.message("errors.titlePrefix", plural),
            reader.message("listing.description", plural, settings.siteName()),
            "/" + segment,
            reader.language());
    String html = reader.render("listing", model(meta, List.of(new Link(plural, null)), data));
    // A filter value that is not a term key is the reader's mistake: the form again, with the
    // error summary linked to the field, and 400 so that crawlers do not keep the address.
    return Response.status(wrong.isEmpty() ? 200 : 400).entity(html).build();
  }

  @GET
  @Path("{segment:[a-z0-9-]+}/{slug:[a-z0-9-]+}")
  public Response item(
      @PathParam("segment") String segment,
      @PathParam("slug") String slug,
      @QueryParam("lang") String lang,
      @QueryParam("page") String pageParam) {
    Optional<ContentType> type = types.byUrlSegment(segment).filter(types::isShown);
    if (type.isEmpty()) {
      return Response.ok(term(segment, slug, pageParam)).build();
    }
    ContentType t = type.get();
    String language = lang == null || lang.isBlank() ? null : lang.strip();
    List<ContentItem> found = store.findPublished(t.name(), slug);
    Optional<ContentItem> item =
        found.stream()
            .filter(i -> i.language().equals(language == null ? "en" : language))
            .findFirst()
            .or(() -> language == null ? found.stream().findFirst() : Optional.empty());
    if (item.isEmpty()) {
      Optional<ContentItem> moved =
          store.movedFrom(t.name(), language == null ? "en" : language, slug);
      if (moved.isPresent()) {
        ContentItem m = moved.get();
        return Response.status(Response.Status.MOVED_PERMANENTLY)
            .location(URI.create(ItemView.urlOf(t.urlSegment(), m.slug(), m.language())))
            .build();
      }
      throw new NotFoundException(
          "No " + t.label().toLowerCase(Locale.ROOT) + " is published at this address.");
    }
    ContentItem i = item.get();
    Map<String, Object> data = presenter.present(i, t);
    boolean commentable = CommentSection.commentable(t.name());
    if (commentable) {
      data.put("comments", comments.view(i));
    }
    ItemView view = (ItemView) data.get("item");
    Page page = new Page(i.title(), i.summary(), view.url(), i.language());
    page.type = "article";
    page.jsonLd =
        StructuredData.forItem(
            view, absolute(view.url()), settings.siteName(), absolute("/"), view.fields());
    @SuppressWarnings("unchecked")
    List<ItemPresenter.Translation> translations =
        (List<ItemPresenter.Translation>) data.get("translations");
    page.alternates =
        translations.stream().map(tr -> new Alternate(tr.language(), absolute(tr.url()))).toList();
    String html =
        reader.renderFirst(
            List.of("item-" + t.name(), "item"),
            model(
                page,
                List.of(new Link(plural(t), "/" + t.urlSegment()), new Link(i.title(), null)),
                data));
    if (commentable) {
      // The comment form carries this visitor's CSRF token: no shared cache may keep the page.
      return Response.ok(html).header("Cache-Control", "private, no-cache").build();
    }
    return Response.ok(html).build();
  }

  private String vocabulary(String name) {
    Vocabulary v =
        Vocabularies.byName(types, name)
            .orElseThrow(() -> new NotFoundException("There is no section called '" + name + "'."));
    Map<String, Object> data = new HashMap<>();
    data.put("vocabulary", v);
    data.put(
        "terms",
        store.terms(v.name(), null).stream()
            .map(
                t ->
                    Map.of(
                        "label",
                        t.label(),
                        "url",
                        "/" + v.name() + "/" + t.key(),
                        "items",
                        t.items()))
            .toList());
    String plural = plural(v);
    data.put("vocabularyLabel", plural);
    Page page =
        new Page(
            plural,
            reader.message("vocabulary.description", plural),
            "/" + v.name(),
            reader.language());
    return reader.render("vocabulary", model(page, List.of(new Link(plural, null)), data));
  }

  private String term(String vocabularyName, String key, String pageParam) {
    Vocabulary v =
        Vocabularies.byName(types, vocabularyName)
            .orElseThrow(
                () ->
                    new NotFoundException("There is no section called '" + vocabularyName + "'."));
    Optional<TermUse> term =
        store.terms(v.name(), null).stream().filter(t -> t.key().equals(key)).findFirst();
    if (term.isEmpty()) {
      throw new NotFoundException(
          "Nothing published is filed under this " + v.label().toLowerCase(Locale.ROOT) + ".");
    }
    List<LinkFilter> filter = List.of(new LinkFilter(ContentLink.TERM, v.name(), key));
    int page = Params.page(pageParam);
    long total = store.countPublished(null, filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page > pages) {
      throw new NotFoundException("There is no page " + page + " of this list.");
    }
    Map<String, Object> data = new HashMap<>();
    data.put("vocabulary", v);
    data.put(
        "term",
        Map.of(
            "label",
            term.get().label(),
            "key",
            key,
            "feed",
            "/feeds/" + v.name() + "/" + key + ".atom"));
    data.put("items", views(store.listPublished(null, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE)));
    data.put("pager", Pager.of("/" + v.name() + "/" + key, uri.getQueryParameters(), page, pages));
    data.put("total", total);
    String title = v.label() + ": " + term.get().label();
    Page meta =
        new Page(
            title,
            reader.message("term.description", term.get().label()),
            "/" + v.name() + "/" + key,
            reader.language());
    return reader.render(
        "term",
        model(
            meta,
            List.of(new Link(plural(v), "/" + v.name()), new Link(term.get().label(), null)),
            data));
  }

  /** One filter of a listing: a vocabulary, its terms in use for the type, and the chosen one. */
  public record Filter(
      String vocabulary,
      String label,
      String selected,
      List<Map<String, Object>> options,
      String error) {}

  private List<Filter> filtersFor(ContentType type, MultivaluedMap<String, String> query) {
    Map<String, String> vocabularies = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      if (field.kind() == FieldKind.TERM) {
        vocabularies.putIfAbsent(field.vocabulary(), field.label());
      }
    }
    List<Filter> filters = new ArrayList<>();
    vocabularies.forEach(
        (vocabulary, label) -> {
          String selected = query.getFirst(vocabulary);
          if (selected != null && selected.isBlank()) {
            selected = null;
          }
          String error = null;
          if (selected != null && !KEY.matcher(selected).matches()) {
            error = reader.message("filters.error", label, Slugs.of("Older people"));
          }
          List<TermUse> terms = store.terms(vocabulary, type.name());
          String chosen = selected;
          filters.add(
              new Filter(
                  vocabulary,
                  label,
                  selected,
                  terms.stream()
                      .map(
                          t ->
                              Map.<String, Object>of(
                                  "key",
                                  t.key(),
                                  "label",
                                  t.label(),
                                  "items",
                                  t.items(),
                                  "selected",
                                  t.key().equals(chosen)))
                      .toList(),
                  error));
        });
    return filters;
  }

  /**
   * The accessibility statement, from settings (organisation, contact, compliance status, date of
   * the last review) so that each city publishes its own without editing a template.
   */
  @GET
  @Path("accessibility")
  public String accessibility() {
    Map<String, Object> data = new HashMap<>();
    data.put(
        "statement",
        Map.of(
            "organisation", settings.accessibilityOrganisation(),
            "email", settings.accessibilityEmail(),
            "status", settings.accessibilityStatus(),
            "reviewed", settings.accessibilityReviewed()));
    String title = reader.message("accessibility.title");
    Page page =
        new Page(
            title,
            reader.message("accessibility.description", settings.siteName()),
            "/accessibility",
            reader.language());
    return reader.render("accessibility", model(page, List.of(new Link(title, null)), data));
  }

  /** A content type's plural label in the reader's language, when the theme translates it. */
  private String plural(ContentType t) {
    return models.plural(t);
  }

  private String plural(Vocabulary v) {
    return models.plural(v);
  }

  private ItemView first(String type) {
    return types.byName(type).isEmpty()
        ? null
        : store.listPublished(type, 0, 1).stream()
            .findFirst()
            .map(i -> ItemView.of(i, types.byName(type).get()))
            .orElse(null);
  }

  private List<ItemView> views(List<ContentItem> items) {
    return items.stream().map(i -> ItemView.of(i, types.byName(i.type()).orElse(null))).toList();
  }

  private String absolute(String path) {
    return models.absolute(path);
  }

  /** Page-level data every template gets as {@code page}. */
  public static final class Page {
    public final String title;
    public final String description;
    public final String path;
    public final String lang;
    public String canonical;
    public String type = "website";
    public String jsonLd;
    public List<Alternate> alternates = List.of();
    public List<Link> breadcrumbs = List.of();

    public Page(String title, String description, String path, String lang) {
      this.title = title;
      this.description = description;
      this.path = path;
      this.lang = lang;
    }
  }

  /** A language version of the page, for hreflang. */
  public record Alternate(String lang, String url) {}

  private Map<String, Object> model(Page page, List<Link> trail, Map<String, Object> data) {
    return models.model(page, trail, data);
  }
}
