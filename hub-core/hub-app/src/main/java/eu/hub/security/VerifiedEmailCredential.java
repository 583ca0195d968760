package eu.hub.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An email address an OpenID provider vouched for in a validated ID token ({@link OidcSignIn}).
 * Only the Hub's own code makes one, after checking the token; {@link HubIdentityStore} then
 * matches it to an existing account.
 *
 * @param issuer the provider, for the audit log
 * @param subject the provider's id of the person, for the audit log
 */
public record VerifiedEmailCredential(String email, String issuer, String subject)
    implements Credential {}
