package eu.hub.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Switches on Jakarta Security form sign-in: the theme renders the form at {@code /sign-in}, whose
 * POST hands the email and password to {@code SecurityContext.authenticate}, checked by {@link
 * HubIdentityStore}. The signed-in caller is kept in the HTTP session.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMINISTRATOR", "EDITOR", "REVIEWER", "PARTNER_AUTHOR"})
public class HubAuthentication {

  /** Session attribute: when the caller signed in (epoch milliseconds). */
  public static final String SIGNED_IN_AT = "hub.signedInAt";
}
