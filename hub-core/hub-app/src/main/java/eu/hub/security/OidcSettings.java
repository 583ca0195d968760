package eu.hub.security;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * How a city's own OpenID provider is reached, from MicroProfile Config ({@code hub.oidc.*}, or the
 * environment variables {@code HUB_OIDC_*}). Without a provider address, client id and client
 * secret, OIDC sign-in is off: the sign-in page shows only the form and the OIDC paths answer 404.
 *
 * @param providerUri the issuer; its discovery document is at {@code
 *     /.well-known/openid-configuration} below it
 * @param redirectUri the callback address registered at the provider, or empty to derive it from
 *     {@code hub.site.url} or the request
 */
public record OidcSettings(
    URI providerUri,
    String clientId,
    String clientSecret,
    String displayName,
    List<String> scopes,
    Optional<URI> redirectUri) {

  private static final Logger LOG = Logger.getLogger(OidcSettings.class.getName());

  /** The path the provider sends the browser back to. */
  public static final String CALLBACK_PATH = "/sign-in/oidc/callback";

  /**
   * The settings when OIDC is configured, otherwise empty.
   *
   * @param config a property by name, empty when not set
   */
  public static Optional<OidcSettings> from(Function<String, Optional<String>> config) {
    Optional<String> provider = value(config, "hub.oidc.provider-uri");
    Optional<String> clientId = value(config, "hub.oidc.client-id");
    Optional<String> secret = value(config, "hub.oidc.client-secret");
    if (provider.isEmpty() && clientId.isEmpty() && secret.isEmpty()) {
      return Optional.empty();
    }
    if (provider.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
      // Half a configuration must not leave a button that can only fail: off, and say why.
      LOG.severe(
          "OIDC sign-in is off: hub.oidc.provider-uri, hub.oidc.client-id and"
              + " hub.oidc.client-secret must all be set");
      return Optional.empty();
    }
    URI uri = URI.create(provider.get());
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      LOG.severe("OIDC sign-in is off: hub.oidc.provider-uri is not an http(s) address: " + uri);
      return Optional.empty();
    }
    List<String> scopes =
        List.of(value(config, "hub.oidc.scopes").orElse("openid email profile").split("[\\s,]+"));
    if (!scopes.contains("openid")) {
      scopes = java.util.stream.Stream.concat(List.of("openid").stream(), scopes.stream()).toList();
    }
    return Optional.of(
        new OidcSettings(
            uri,
            clientId.get(),
            secret.get(),
            value(config, "hub.oidc.display-name").orElse(uri.getHost()),
            scopes,
            value(config, "hub.oidc.redirect-uri").map(URI::create)));
  }

  private static Optional<String> value(Function<String, Optional<String>> config, String name) {
    return config.apply(name).map(String::strip).filter(s -> !s.isEmpty());
  }

  @Override
  public String toString() {
    // Never the secret in a log line.
    return "OidcSettings[" + providerUri + ", client " + clientId + "]";
  }
}
