package eu.hub.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect authorization-code flow with a city's own provider, with state, nonce and PKCE
 * (S256), done by the Nimbus OAuth 2.0 / OIDC SDK: the browser is sent to the provider, comes back
 * with a code, the Hub exchanges it for an ID token (client secret, HTTP basic) and validates the
 * token (signature against the provider's JWKS, issuer, audience, expiry, nonce). What it yields is
 * a {@link VerifiedEmailCredential}; matching it to an account is {@link HubIdentityStore}'s job.
 *
 * <p>The provider's discovery document is read on the first sign-in, not at start-up: a provider
 * that is down must not stop the Hub, nor form sign-in.
 */
@ApplicationScoped
public class OidcSignIn {

  private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
  private static final int TIMEOUT_MILLIS = 5_000;

  /** How long a started sign-in may take at the provider. */
  static final long PENDING_MILLIS = 10 * 60 * 1000L;

  private Optional<OidcSettings> settings = Optional.empty();
  private volatile Provider provider;

  /** The provider's metadata and a validator that caches its keys. */
  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /** What the Hub remembers in the session between sending the browser away and its return. */
  public record Pending(String state, String nonce, String codeVerifier, long startedAt)
      implements Serializable {}

  /** Why a sign-in did not succeed; {@link #messageKey()} is the theme's text for the person. */
  public enum Failure {
    /** The provider could not be reached or answered nonsense. */
    UNAVAILABLE(502, "signIn.oidc.unavailable"),
    /** No sign-in was started in this session, it took too long, or the state differs. */
    NOT_STARTED(400, "signIn.oidc.restart"),
    /** The person said no at the provider. */
    CANCELLED(403, "signIn.oidc.cancelled"),
    /** The provider refused, or the ID token did not pass validation. */
    REFUSED(403, "signIn.oidc.refused"),
    /** The token has no email address, or the provider did not verify it. */
    UNVERIFIED(403, "signIn.oidc.unverified");

    private final int status;
    private final String messageKey;

    Failure(int status, String messageKey) {
      this.status = status;
      this.messageKey = messageKey;
    }

    public int status() {
      return status;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** A sign-in that could not go on. */
  public static final class FailedException extends Exception {
    private final Failure failure;

    FailedException(Failure failure, String why) {
      super(why);
      this.failure = failure;
    }

    FailedException(Failure failure, String why, Throwable cause) {
      super(why, cause);
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }
  }

  public OidcSignIn() {}

  /** For tests: these settings instead of the configured ones. */
  OidcSignIn(OidcSettings settings) {
    this.settings = Optional.of(settings);
  }

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    settings = OidcSettings.from(name -> config.getOptionalValue(name, String.class));
    settings.ifPresent(s -> LOG.info("OIDC sign-in offered with " + s));
  }

  /** The settings when OIDC sign-in is on. */
  public Optional<OidcSettings> settings() {
    return settings;
  }

  /** The provider's address to send the browser to, and what to remember until it comes back. */
  public record Start(URI authorizationUri, Pending pending) {}

  public Start start(URI redirectUri) throws FailedException {
    OidcSettings s = settings.orElseThrow();
    Provider p = provider();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI uri =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope(s.scopes().toArray(String[]::new)),
                new ClientID(s.clientId()),
                redirectUri)
            .endpointURI(p.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Start(
        uri,
        new Pending(
            state.getValue(), nonce.getValue(), verifier.getValue(), System.currentTimeMillis()));
  }

  /**
   * Checks the provider's answer against the pending sign-in, exchanges the code and validates the
   * ID token.
   *
   * @param callback the full address the browser came back to, with its query
   * @param pending what {@link #start} remembered, or null when nothing was started
   */
  public VerifiedEmailCredential finish(URI callback, Pending pending, URI redirectUri)
      throws FailedException {
    OidcSettings s = settings.orElseThrow();
    if (pending == null || System.currentTimeMillis() - pending.startedAt() > PENDING_MILLIS) {
      throw new FailedException(Failure.NOT_STARTED, "no sign-in pending in this session");
    }
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw new FailedException(Failure.NOT_STARTED, "not an authentication response", e);
    }
    // The state ties the answer to the browser that started: without it anyone could sign a
    // victim in as themselves (login CSRF).
    if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
      throw new FailedException(Failure.NOT_STARTED, "state does not match");
    }
    if (!response.indicatesSuccess()) {
      AuthenticationErrorResponse error = response.toErrorResponse();
      String code = error.getErrorObject().getCode();
      throw new FailedException(
          "access_denied".equals(code) ? Failure.CANCELLED : Failure.REFUSED,
          "the provider answered " + code);
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw new FailedException(Failure.REFUSED, "no authorization code");
    }
    Provider p = provider();
    JWT idToken = exchange(s, p, code, redirectUri, pending);
    IDTokenClaimsSet claims;
    try {
      claims = p.validator().validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException | JOSEException e) {
      throw new FailedException(Failure.REFUSED, "ID token refused: " + e.getMessage(), e);
    }
    String email = claims.getStringClaim("email");
    Boolean verified = claims.getBooleanClaim("email_verified");
    if (email == null || email.isBlank() || !Boolean.TRUE.equals(verified)) {
      throw new FailedException(Failure.UNVERIFIED, "no verified email in the ID token");
    }
    return new VerifiedEmailCredential(
        UserStore.normalEmail(email),
        claims.getIssuer().getValue(),
        claims.getSubject().getValue());
  }

  private JWT exchange(
      OidcSettings s, Provider p, AuthorizationCode code, URI redirectUri, Pending pending)
      throws FailedException {
    TokenRequest request =
        new TokenRequest(
            p.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(new ClientID(s.clientId()), new Secret(s.clientSecret())),
            new AuthorizationCodeGrant(
                code, redirectUri, new CodeVerifier(pending.codeVerifier())));
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw new FailedException(Failure.UNAVAILABLE, "token endpoint: " + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      throw new FailedException(
          Failure.REFUSED,
          "token endpoint answered " + response.toErrorResponse().getErrorObject().getCode());
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new FailedException(Failure.REFUSED, "no ID token");
    }
    return idToken;
  }

  /** The provider's metadata, read once; a failed read is tried again on the next sign-in. */
  private Provider provider() throws FailedException {
    Provider p = provider;
    if (p != null) {
      return p;
    }
    OidcSettings s = settings.orElseThrow();
    try {
      Issuer issuer = new Issuer(s.providerUri());
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(issuer, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
        throw new FailedException(Failure.UNAVAILABLE, "the provider lists no JWKS or token URI");
      }
      // RS256 unless the provider signs otherwise; only public-key algorithms, never "none" or
      // an HMAC keyed with the client secret.
      JWSAlgorithm algorithm = JWSAlgorithm.RS256;
      var offered = metadata.getIDTokenJWSAlgs();
      if (offered != null && !offered.contains(JWSAlgorithm.RS256)) {
        algorithm =
            offered.stream()
                .filter(JWSAlgorithm.Family.SIGNATURE::contains)
                .findFirst()
                .orElse(JWSAlgorithm.RS256);
      }
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(s.clientId()),
              algorithm,
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
      p = new Provider(metadata, validator);
      provider = p;
      return p;
    } catch (GeneralException | IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "OIDC provider " + s.providerUri() + " not usable", e);
      throw new FailedException(Failure.UNAVAILABLE, "discovery: " + e.getMessage(), e);
    }
  }
}
