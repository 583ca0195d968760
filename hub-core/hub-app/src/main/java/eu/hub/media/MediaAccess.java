package eu.hub.media;

import eu.hub.security.HubUser;
import eu.hub.security.Role;
import java.util.Optional;
import java.util.Set;

/**
 * What one signed-in person may do in the library. Administrators and editors see and manage all
 * media; reviewers see all of it; a partner author sees and uploads only their own partner's.
 *
 * @param email who acts, for the audit log and the uploader column
 * @param all whether they see every partner's media
 * @param partner the partner whose media they see and upload, for partner authors
 * @param manage whether they may upload, describe and delete
 */
public record MediaAccess(String email, boolean all, String partner, boolean manage) {

  /** The person's access, or empty when the library is not theirs to open. */
  public static Optional<MediaAccess> of(HubUser user) {
    Set<Role> roles = user.roles();
    if (roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.EDITOR)) {
      return Optional.of(new MediaAccess(user.email(), true, null, true));
    }
    if (roles.contains(Role.REVIEWER)) {
      return Optional.of(new MediaAccess(user.email(), true, null, false));
    }
    String partner = user.partnerSlug();
    if (roles.contains(Role.PARTNER_AUTHOR) && partner != null && !partner.isBlank()) {
      return Optional.of(new MediaAccess(user.email(), false, partner, true));
    }
    return Optional.empty();
  }

  public boolean sees(MediaItem item) {
    return all || (partner != null && partner.equals(item.partnerSlug()));
  }
}
