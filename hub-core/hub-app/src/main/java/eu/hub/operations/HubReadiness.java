package eu.hub.operations;

import eu.hub.contentfolder.ImportReport;
import eu.hub.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** UP once the schema is migrated and the content folder loaded; tells what that load did. */
@Readiness
@ApplicationScoped
public class HubReadiness implements HealthCheck {

  @Inject HubStartup startup;
  @Inject SearchService search;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("hub")
            .status(startup.isReady())
            .withData("schema", startup.schemaVersion());
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
