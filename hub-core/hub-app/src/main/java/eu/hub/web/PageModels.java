package eu.hub.web;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Vocabularies.Vocabulary;
import eu.hub.operations.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every public page hands its template besides its own data: the site (name, navigation in the
 * reader's language), the page's metadata with its canonical address and breadcrumbs.
 */
@RequestScoped
public class PageModels {

  @Inject HubSettings settings;
  @Inject ContentTypeRegistry types;
  @Inject ReaderChoices reader;
  @Context UriInfo uri;

  /** The template model: the page's own data plus {@code site} and {@code page}. */
  public Map<String, Object> model(
      SitePages.Page page, List<Link> trail, Map<String, Object> data) {
    page.canonical = absolute(page.path);
    List<Link> crumbs = new ArrayList<>();
    if (!trail.isEmpty()) {
      crumbs.add(new Link(reader.message("nav.home"), "/"));
      crumbs.addAll(trail);
    }
    page.breadcrumbs = crumbs;
    Map<String, Object> model = new HashMap<>(data);
    model.put("site", SiteModel.of(settings, types, this::plural, this::plural));
    model.put("page", page);
    return model;
  }

  /** An absolute address on this site: the configured site URL, or the request's. */
  String absolute(String path) {
    String base =
        settings.siteUrl().orElseGet(() -> uri.getBaseUri().toString().replaceAll("/$", ""));
    return base + path;
  }

  /** A content type's plural label in the reader's language. */
  String plural(ContentType t) {
    return reader.messageOr("type." + t.name() + ".plural", t.pluralLabel());
  }

  /** A vocabulary's plural label in the reader's language. */
  String plural(Vocabulary v) {
    return reader.messageOr("vocabulary." + v.name() + ".plural", v.pluralLabel());
  }
}
