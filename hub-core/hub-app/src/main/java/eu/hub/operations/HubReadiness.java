package eu.hub.operations;

import eu.hub.contentfolder.ImportReport;
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
    return response.build();
  }
}
