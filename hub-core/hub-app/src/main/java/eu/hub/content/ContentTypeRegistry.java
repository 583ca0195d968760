package eu.hub.content;

import eu.hub.api.HubPlugin;
import eu.hub.api.content.ContentType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The content types the Hub knows, by name and by URL segment. The core registers its own types
 * through {@link HubPlugin}, exactly as plugins do.
 */
@ApplicationScoped
public class ContentTypeRegistry {

  private static final Logger LOG = Logger.getLogger(ContentTypeRegistry.class.getName());

  private final Map<String, Registered> byName = new ConcurrentHashMap<>();
  private final Set<String> hiddenDeclarers = ConcurrentHashMap.newKeySet();

  /** A type and who declared it. */
  public record Registered(ContentType type, String declaredBy) {}

  @PostConstruct
  void registerCoreTypes() {
    register("core", new CoreContentTypes());
  }

  /**
   * Registers every type a plugin declares. A type whose name or URL segment is already taken is
   * refused with a message naming both declarers; the other types still register.
   *
   * @return the problems, empty when all types were registered
   */
  public synchronized List<String> register(String declaredBy, HubPlugin plugin) {
    List<String> problems = new ArrayList<>();
    for (ContentType type : plugin.contentTypes()) {
      Optional<Registered> clash =
          byName.values().stream()
              .filter(
                  r ->
                      r.type().name().equals(type.name())
                          || r.type().urlSegment().equals(type.urlSegment()))
              .findFirst();
      if (clash.isPresent()) {
        String problem =
            declaredBy
                + " declares content type '"
                + type.name()
                + "' at /"
                + type.urlSegment()
                + ", which clashes with '"
                + clash.get().type().name()
                + "' of "
                + clash.get().declaredBy();
        LOG.warning(problem);
        problems.add(problem);
      } else {
        byName.put(type.name(), new Registered(type, declaredBy));
      }
    }
    return problems;
  }

  /** The type of that name, if registered. */
  public Optional<ContentType> byName(String name) {
    return Optional.ofNullable(byName.get(name)).map(Registered::type);
  }

  /** The type whose pages live under that URL segment, if any. */
  public Optional<ContentType> byUrlSegment(String segment) {
    return byName.values().stream()
        .map(Registered::type)
        .filter(t -> t.urlSegment().equals(segment))
        .findFirst();
  }

  /** Every registered type, sorted by name. */
  public List<ContentType> all() {
    return byName.values().stream()
        .map(Registered::type)
        .sorted(Comparator.comparing(ContentType::name))
        .toList();
  }

  /** Who declared the type of that name ({@code core} or a plugin's id), if registered. */
  public Optional<String> declaredBy(String typeName) {
    return Optional.ofNullable(byName.get(typeName)).map(Registered::declaredBy);
  }

  /**
   * Shows or hides the types a declarer registered: a disabled plugin's types stay registered (so
   * that their content stays readable through the API) but have no pages and no place in
   * navigation.
   */
  public void show(String declaredBy, boolean shown) {
    if (shown) {
      hiddenDeclarers.remove(declaredBy);
    } else {
      hiddenDeclarers.add(declaredBy);
    }
  }

  /** Whether the type's pages are shown (its declarer is not switched off). */
  public boolean isShown(ContentType type) {
    Registered r = byName.get(type.name());
    return r != null && !hiddenDeclarers.contains(r.declaredBy());
  }

  /** The types whose pages are shown, sorted by name. */
  public List<ContentType> shown() {
    return all().stream().filter(this::isShown).toList();
  }

  /** The names of every registered type, sorted, for messages. */
  public Collection<String> names() {
    return all().stream().map(ContentType::name).toList();
  }
}
