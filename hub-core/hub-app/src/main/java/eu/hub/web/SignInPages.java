package eu.hub.web;

import eu.hub.operations.HubSettings;
import eu.hub.security.CsrfTokens;
import eu.hub.security.HubAuthentication;
import eu.hub.security.HubUser;
import eu.hub.security.OidcSettings;
import eu.hub.security.OidcSignIn;
import eu.hub.security.Throttle;
import eu.hub.security.UserStore;
import eu.hub.security.VerifiedEmailCredential;
import eu.hub.syndication.SiteAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Editors sign in at {@code /sign-in} (a themed form with the CSRF token), sign out with a POST to
 * {@code /sign-out}, and land on the dashboard at {@code /admin} (in {@code eu.hub.editing}). When
 * a city's OpenID provider is configured ({@link OidcSettings}), the page also offers signing in
 * there: {@code /sign-in/oidc} sends the browser to the provider and {@code /sign-in/oidc/callback}
 * takes it back, through the same Jakarta Security mechanism as the form.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SignInPages {

  private static final Logger LOG = Logger.getLogger(SignInPages.class.getName());

  @Inject PageModels models;
  @Inject ReaderChoices reader;
  @Inject UserStore users;
  @Inject SecurityContext security;
  @Inject OidcSignIn oidc;
  @Inject HubSettings settings;
  @Context HttpServletRequest request;
  @Context UriInfo uri;
  @Context HttpServletResponse response;

  @GET
  @Path("sign-in")
  public Response signInForm(@QueryParam("expired") String expired) {
    if (request.getUserPrincipal() != null) {
      return Response.seeOther(URI.create("/admin")).build();
    }
    Map<String, Object> data = new HashMap<>();
    data.put("notice", expired != null ? reader.message("signIn.expired") : null);
    return form(200, List.of(), "", data);
  }

  @POST
  @Path("sign-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(@FormParam("email") String email, @FormParam("password") String password) {
    String normal = UserStore.normalEmail(email);
    List<Map<String, String>> missing = new ArrayList<>();
    if (normal.isEmpty()) {
      missing.add(fieldError(EMAIL_FIELD, "signIn.missingEmail"));
    }
    if (password == null || password.isEmpty()) {
      missing.add(fieldError(PASSWORD_FIELD, "signIn.missingPassword"));
    }
    if (!missing.isEmpty()) {
      return form(400, missing, normal);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<HubUser> account = users.byEmail(normal);
    if (account.isPresent() && Throttle.locked(account.get().lockedUntil(), now)) {
      users.audit(normal, "sign-in-refused", normal, "account locked");
      return form(429, formError(Throttle.message(account.get().lockedUntil(), now)), normal);
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(normal, password))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      Optional<HubUser> after = users.byEmail(normal);
      if (after.isPresent() && Throttle.locked(after.get().lockedUntil(), now)) {
        return form(429, formError(Throttle.message(after.get().lockedUntil(), now)), normal);
      }
      // Which of the two was wrong is not told; the summary leads to the first field.
      return form(401, List.of(fieldError(EMAIL_FIELD, "signIn.wrong")), normal);
    }
    return signedIn();
  }

  /** The session after any kind of sign-in: renewed, timed and with a new CSRF token. */
  private Response signedIn() {
    // A new session id at sign-in, so that an id planted before cannot ride the new identity.
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.setAttribute(HubAuthentication.SIGNED_IN_AT, System.currentTimeMillis());
    CsrfTokens.renew(session);
    return Response.seeOther(URI.create("/admin")).build();
  }

  /** Session attribute: the OIDC sign-in started in this browser ({@link OidcSignIn.Pending}). */
  static final String OIDC_PENDING = "hub.oidc.pending";

  /** Sends the browser to the city's OpenID provider; 404 when none is configured. */
  @GET
  @Path("sign-in/oidc")
  public Response startOidc() {
    OidcSettings configured = oidc.settings().orElseThrow(NotFoundException::new);
    if (request.getUserPrincipal() != null) {
      return Response.seeOther(URI.create("/admin")).build();
    }
    try {
      OidcSignIn.Start start = oidc.start(redirectUri(configured));
      request.getSession(true).setAttribute(OIDC_PENDING, start.pending());
      return Response.seeOther(start.authorizationUri()).cacheControl(noStore()).build();
    } catch (OidcSignIn.FailedException e) {
      return oidcFailed(configured, e);
    }
  }

  /**
   * Where the provider sends the browser back: the answer must belong to the sign-in this session
   * started, the ID token must pass, and its verified email must be an existing account.
   */
  @GET
  @Path("sign-in/oidc/callback")
  public Response finishOidc() {
    OidcSettings configured = oidc.settings().orElseThrow(NotFoundException::new);
    HttpSession session = request.getSession(false);
    OidcSignIn.Pending pending = null;
    if (session != null && session.getAttribute(OIDC_PENDING) instanceof OidcSignIn.Pending p) {
      pending = p;
      // One answer per start: a replayed callback finds nothing pending.
      session.removeAttribute(OIDC_PENDING);
    }
    VerifiedEmailCredential credential;
    try {
      credential = oidc.finish(uri.getRequestUri(), pending, redirectUri(configured));
    } catch (OidcSignIn.FailedException e) {
      return oidcFailed(configured, e);
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      Optional<HubUser> account = users.byEmail(credential.email());
      if (account.isPresent() && Throttle.locked(account.get().lockedUntil(), now)) {
        return form(
            429,
            formError(Throttle.message(account.get().lockedUntil(), now)),
            "",
            new HashMap<>());
      }
      String message =
          account.isPresent()
              ? reader.message("signIn.oidc.otherPerson", configured.displayName())
              : reader.message("signIn.oidc.unknown", credential.email());
      return form(403, formError(message), "", new HashMap<>());
    }
    return signedIn();
  }

  private Response oidcFailed(OidcSettings configured, OidcSignIn.FailedException e) {
    // The person gets a plain reason; the details (token errors, provider answers) go to the log.
    LOG.info("OIDC sign-in did not succeed: " + e.getMessage());
    return form(
        e.failure().status(),
        formError(reader.message(e.failure().messageKey(), configured.displayName())),
        "",
        new HashMap<>());
  }

  /** The callback address registered at the provider: configured, or this site's. */
  private URI redirectUri(OidcSettings configured) {
    return configured
        .redirectUri()
        .orElseGet(
            () ->
                URI.create(
                    SiteAddress.of(settings.siteUrl(), uri.getBaseUri())
                        .absolute(OidcSettings.CALLBACK_PATH)));
  }

  /** The model's {@code oidcName}: the provider's name when OIDC sign-in is offered, else null. */
  static void offerOidc(Map<String, Object> data, Optional<OidcSettings> configured) {
    data.put("oidcName", configured.map(OidcSettings::displayName).orElse(null));
  }

  @POST
  @Path("sign-out")
  public Response signOut() throws ServletException {
    Principal who = request.getUserPrincipal();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (who != null) {
      users.audit(who.getName(), "sign-out", who.getName(), null);
    }
    return Response.seeOther(URI.create("/")).build();
  }

  /** The ids of the form's fields, which error summaries link to. */
  static final String EMAIL_FIELD = "sign-in-email";

  static final String PASSWORD_FIELD = "sign-in-password";

  private Map<String, String> fieldError(String field, String messageKey) {
    return Map.of("field", field, "message", reader.message(messageKey));
  }

  /** An error about the whole form, not one field: shown in the summary without a link. */
  private static List<Map<String, String>> formError(String message) {
    return List.of(Map.of("message", message));
  }

  private Response form(int status, List<Map<String, String>> errors, String email) {
    return form(status, errors, email, new HashMap<>());
  }

  /**
   * The form, with an error summary (GOV.UK pattern) listing {@code errors}: each has a {@code
   * message} and, when it is about one field, the {@code field} id it links to.
   */
  private Response form(
      int status, List<Map<String, String>> errors, String email, Map<String, Object> data) {
    data.put("csrfToken", CsrfTokens.of(request));
    offerOidc(data, oidc.settings());
    data.put("errors", errors);
    Map<String, String> byField = new HashMap<>();
    errors.stream()
        .filter(e -> e.containsKey("field"))
        .forEach(e -> byField.put(e.get("field"), e.get("message")));
    data.put("fieldErrors", byField);
    data.put("email", email);
    String title = reader.message("signIn.title");
    data.put("heading", title);
    if (!errors.isEmpty()) {
      // "Error: " first in the title, so screen reader users hear at once that it went wrong.
      title = reader.message("errors.titlePrefix", title);
    }
    SitePages.Page page = new SitePages.Page(title, null, "/sign-in", reader.language());
    String html =
        reader.render(
            "sign-in",
            models.model(page, List.of(new Link(reader.message("signIn.title"), null)), data));
    return Response.status(status).entity(html).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setPrivate(true);
    return cc;
  }
}
