package eu.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;

/**
 * Ends a signed-in session {@link #ABSOLUTE} after sign-in however busy it was (the idle timeout of
 * 30 minutes is in web.xml): the session is invalidated on the server and the person is sent to
 * sign in again.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLifetimeFilter extends HttpFilter {

  public static final Duration ABSOLUTE = Duration.ofHours(8);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null
        && expired(
            session.getAttribute(HubAuthentication.SIGNED_IN_AT), System.currentTimeMillis())) {
      session.invalidate();
      request.logout();
      response.sendRedirect("/sign-in?expired");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean expired(Object signedInAt, long now) {
    return signedInAt instanceof Long at && now - at > ABSOLUTE.toMillis();
  }
}
