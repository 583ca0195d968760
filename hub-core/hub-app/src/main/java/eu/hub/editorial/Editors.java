package eu.hub.editorial;

import eu.hub.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is acting, for JAX-RS resources and the admin screens alike: the caller of a personal API
 * token ({@code Authorization: Bearer}, checked by {@link ApiTokenFilter}) or the signed-in
 * session's account.
 */
@ApplicationScoped
public class Editors {

  /** Request attribute holding the {@link Editor} a valid API token identified. */
  public static final String TOKEN_EDITOR = "hub.editorial.tokenEditor";

  @Inject UserStore users;

  /** The acting editor, or empty when nobody is signed in. */
  public Optional<Editor> current(HttpServletRequest request) {
    if (request.getAttribute(TOKEN_EDITOR) instanceof Editor byToken) {
      return Optional.of(byToken);
    }
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    return users.byEmail(principal.getName()).map(Editor::of);
  }

  /**
   * The acting editor, who must have an editorial role.
   *
   * @throws EditorialException 401 when nobody is signed in, 403 without an editorial role
   */
  public Editor require(HttpServletRequest request) {
    Editor editor =
        current(request)
            .orElseThrow(
                () ->
                    EditorialException.notSignedIn(
                        "Sign in, or send a personal API token as 'Authorization: Bearer"
                            + " TOKEN'."));
    if (!editor.isEditorial()) {
      throw EditorialException.forbidden(
          "Your account has no editorial role (editor, reviewer, or partner author with a"
              + " partner).");
    }
    return editor;
  }
}
