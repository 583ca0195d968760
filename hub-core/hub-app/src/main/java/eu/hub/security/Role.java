package eu.hub.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a signed-in person may do. Stored comma-separated in {@code hub_user.roles}. */
public enum Role {
  ADMINISTRATOR,
  EDITOR,
  REVIEWER,
  PARTNER_AUTHOR;

  /** The roles that may open the editors' dashboard at {@code /admin}. */
  public static final Set<Role> EDITORIAL = EnumSet.of(ADMINISTRATOR, EDITOR, REVIEWER);

  /** A role by its name, in any case, with hyphens or underscores. */
  public static Optional<Role> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(r -> r.name().equals(n)).findFirst();
  }

  /** The stored form: names joined by commas, in declaration order. */
  public static String join(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }

  /** The stored form read back; unknown names are ignored. */
  public static Set<Role> split(String stored) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (stored != null) {
      for (String part : stored.split(",")) {
        parse(part).ifPresent(roles::add);
      }
    }
    return roles;
  }
}
