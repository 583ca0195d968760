package eu.hub.publishing;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.Vocabularies;
import eu.hub.rendering.LinkTargets;
import eu.hub.rendering.TypeSegments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Internal links resolved against what is published: items, taxonomy terms. */
@ApplicationScoped
public class SiteLinkTargets implements LinkTargets, TypeSegments {

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;

  @Override
  public boolean exists(String path) {
    return exists(path, null);
  }

  @Override
  public boolean exists(String path, String language) {
    String[] parts = path.replaceFirst("^/", "").split("/");
    if (parts.length != 2) {
      return false;
    }
    Optional<ContentType> type = types.byUrlSegment(parts[0]);
    if (type.isPresent()) {
      return store.findPublished(type.get().name(), parts[1]).stream()
          .anyMatch(i -> language == null || language.isBlank() || i.language().equals(language));
    }
    return Vocabularies.byName(types, parts[0]).isPresent()
        && store.terms(parts[0], null).stream().anyMatch(t -> t.key().equals(parts[1]));
  }

  @Override
  public Optional<String> urlSegment(String type) {
    return types.byName(type).map(ContentType::urlSegment);
  }
}
