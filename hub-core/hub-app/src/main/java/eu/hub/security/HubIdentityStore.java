package eu.hub.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an email and password against {@link UserStore} and answers the account's roles as groups.
 * A locked account is refused without looking at the password; a wrong password counts towards the
 * lock ({@link Throttle}), and every outcome goes into the audit log.
 */
@ApplicationScoped
public class HubIdentityStore implements IdentityStore {

  @Inject UserStore users;
  @Inject Passwords passwords;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof VerifiedEmailCredential oidc) {
      return validate(oidc);
    }
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String email = UserStore.normalEmail(up.getCaller());
    String password = up.getPasswordAsString();
    var found = users.byEmail(email);
    if (found.isEmpty()) {
      passwords.verifyDecoy(password);
      users.audit(email, "sign-in-failed", email, "no such account");
      return CredentialValidationResult.INVALID_RESULT;
    }
    HubUser user = found.get();
    if (Throttle.locked(user.lockedUntil(), UserStore.now())) {
      users.audit(email, "sign-in-refused", email, "account locked until " + user.lockedUntil());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(password, user.passwordHash())) {
      var lock = users.recordFailure(email);
      users.audit(
          email,
          "sign-in-failed",
          email,
          lock.map(l -> "wrong password; account locked until " + l).orElse("wrong password"));
      return CredentialValidationResult.INVALID_RESULT;
    }
    users.recordSuccess(email);
    users.audit(email, "sign-in", email, null);
    return valid(user);
  }

  /**
   * An email address an OpenID provider verified: only an existing account may sign in this way,
   * with the roles the Hub gave it; a locked account stays locked. The first OIDC sign-in links the
   * account to the provider's subject, and later ones must be that subject. The password is not
   * involved, so a failure here does not count towards the lock.
   */
  private CredentialValidationResult validate(VerifiedEmailCredential oidc) {
    String email = UserStore.normalEmail(oidc.email());
    String via = "via OIDC " + oidc.issuer() + ", subject " + oidc.subject();
    var found = users.byEmail(email);
    if (found.isEmpty()) {
      users.audit(email, "sign-in-failed", email, "no such account; " + via);
      return CredentialValidationResult.INVALID_RESULT;
    }
    HubUser user = found.get();
    if (Throttle.locked(user.lockedUntil(), UserStore.now())) {
      users.audit(email, "sign-in-refused", email, "account locked; " + via);
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean first = user.oidcSubject() == null;
    if (!users.linkOidc(email, oidc.issuer(), oidc.subject())) {
      // The provider gave this address to another person than the one who first signed in.
      users.audit(
          email,
          "sign-in-refused",
          email,
          "the account is linked to another OIDC subject ("
              + user.oidcSubject()
              + " at "
              + user.oidcIssuer()
              + "); "
              + via);
      return CredentialValidationResult.INVALID_RESULT;
    }
    users.audit(email, "sign-in", email, via + (first ? "; account linked to this subject" : ""));
    return valid(user);
  }

  private static CredentialValidationResult valid(HubUser user) {
    Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(user.email(), groups);
  }
}
