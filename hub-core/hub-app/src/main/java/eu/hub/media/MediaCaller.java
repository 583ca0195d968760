package eu.hub.media;

import eu.hub.security.HubUser;
import eu.hub.security.UserStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person behind this request, and what they may do in the library. */
@RequestScoped
public class MediaCaller {

  @Inject HttpServletRequest request;
  @Inject UserStore users;

  public Optional<HubUser> user() {
    Principal who = request.getUserPrincipal();
    return who == null ? Optional.empty() : users.byEmail(who.getName());
  }

  /** Empty for anonymous readers and for people whose roles do not open the library. */
  public Optional<MediaAccess> access() {
    return user().flatMap(MediaAccess::of);
  }
}
