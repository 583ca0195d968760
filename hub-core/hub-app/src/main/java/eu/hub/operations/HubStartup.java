package eu.hub.operations;

import eu.hub.content.ContentStore;
import eu.hub.contentfolder.ContentFolderImporter;
import eu.hub.contentfolder.ImportReport;
import eu.hub.database.SchemaMigrations;
import eu.hub.plugin.Plugins;
import eu.hub.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

/**
 * The start-up sequence: migrate the schema, load the plugins (their content types must be known
 * before any content is read), load the content folder, then report ready. The readiness check
 * answers DOWN until this has finished.
 */
@ApplicationScoped
public class HubStartup {

  private static final Logger LOG = Logger.getLogger(HubStartup.class.getName());

  @Inject SchemaMigrations migrations;
  @Inject ContentFolderImporter importer;
  @Inject HubSettings settings;
  @Inject ContentStore store;
  @Inject SearchService search;
  @Inject Plugins plugins;

  private volatile boolean ready;
  private volatile String schemaVersion = "none";
  private volatile ImportReport lastImport;
  private volatile SearchService.SyncReport lastSearchSync;

  void onStart(@Observes Startup event) {
    schemaVersion = migrations.migrate();
    plugins.loadNew();
    search.pause();
    int relinked = store.relinkIfRulesChanged();
    if (relinked > 0) {
      LOG.info("Rebuilt the links of " + relinked + " items for the current link rules");
      search.invalidate();
    }
    lastImport = importer.importFolder(settings.contentDirectory());
    lastSearchSync = search.resume(done -> {});
    ready = true;
    LOG.info(
        "Hub ready in "
            + ManagementFactory.getRuntimeMXBean().getUptime()
            + " ms from JVM start (schema "
            + schemaVersion
            + ", data in "
            + settings.dataDirectory()
            + ")");
  }

  public boolean isReady() {
    return ready;
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  public SearchService.SyncReport lastSearchSync() {
    return lastSearchSync;
  }

  public ImportReport lastImport() {
    return lastImport;
  }
}
