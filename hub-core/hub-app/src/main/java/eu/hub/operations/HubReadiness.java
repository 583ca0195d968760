package eu.hub.operations;

import eu.hub.contentfolder.ImportReport;
import eu.hub.plugin.PluginState;
import eu.hub.plugin.Plugins;
import eu.hub.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP once the schema is migrated and the content folder loaded; tells what that load did and how
 * many plugins are enabled or could not be loaded.
 */
@Readiness
@ApplicationScoped
public class HubReadiness implements HealthCheck {

  @Inject HubStartup startup;
  @Inject SearchService search;
  @Inject Plugins plugins;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("hub")
            .status(startup.isReady())
            .withData("schema", startup.schemaVersion());
    response
        .withData(
            "pluginsEnabled",
            plugins.all().stream().filter(p -> p.state() == PluginState.ENABLED).count())
        .withData("pluginsNotLoaded", plugins.all().stream().filter(p -> !p.isLoaded()).count());
    ImportReport report = startup.lastImport();
    if (report != null) {
      response
          .withData("contentAdded", report.added())
          .withData("contentUpdated", report.updated())
          .withData("contentUnchanged", report.unchanged())
          .withData("contentProblems", report.errors())
          .withData("contentWarnings", report.warnings());
    }
    if (startup.lastSearchSync() != null) {
      response
          .withData("searchIndex", startup.lastSearchSync().action())
          .withData("searchDocuments", search.count());
    }
    return response.build();
  }
}
