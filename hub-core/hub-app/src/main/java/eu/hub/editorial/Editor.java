package eu.hub.editorial;

import eu.hub.security.HubUser;
import eu.hub.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The person acting: a signed-in editor or a caller with a personal API token. Get one with {@link
 * Editors#current(jakarta.servlet.http.HttpServletRequest)}.
 *
 * @param email the account's email, lower-cased; what the audit log names
 * @param name the display name
 * @param roles what the account may do
 * @param partnerSlug the partner a partner author writes for (slug of a {@code partner} item), or
 *     null
 */
public record Editor(String email, String name, Set<Role> roles, String partnerSlug) {

  public Editor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** The editor for an account. */
  public static Editor of(HubUser user) {
    return new Editor(user.email(), user.displayName(), user.roles(), user.partnerSlug());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdministrator() {
    return has(Role.ADMINISTRATOR);
  }

  /**
   * Whether the editor sees and edits every item (administrators, editors, reviewers), rather than
   * only their own partner's (partner authors).
   */
  public boolean seesAllItems() {
    return has(Role.ADMINISTRATOR) || has(Role.EDITOR) || has(Role.REVIEWER);
  }

  /** Whether the editor may use the editorial screens and API at all. */
  public boolean isEditorial() {
    return seesAllItems() || (has(Role.PARTNER_AUTHOR) && partnerSlug != null);
  }
}
