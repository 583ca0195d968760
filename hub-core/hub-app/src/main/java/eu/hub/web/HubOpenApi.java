package eu.hub.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The start of the OpenAPI document at {@code /openapi}: the Hub's name, version and what the API
 * is for. The server adds every JAX-RS endpoint to it. Registered in {@code
 * META-INF/microprofile-config.properties}.
 */
public class HubOpenApi implements OASModelReader {

  @Override
  public OpenAPI buildModel() {
    return OASFactory.createOpenAPI()
        .info(
            OASFactory.createInfo()
                .title("The Hub")
                .version(version())
                .description(
                    "Read access to the Hub's published content: case studies, lessons learned,"
                        + " magazines and the partners and projects behind them. JSON under /api,"
                        + " Atom feeds under /feeds, and a sitemap for search engines."));
  }

  /** The build's version, written into a resource by Maven. */
  static String version() {
    Properties build = new Properties();
    try (InputStream in = HubOpenApi.class.getResourceAsStream("hub-build.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version", "unknown");
  }
}
