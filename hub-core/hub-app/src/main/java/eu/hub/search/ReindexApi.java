package eu.hub.search;

import eu.hub.admin.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/admin/search/reindex}: rebuilds the search index from the database, writing its
 * progress as plain-text lines while it works ({@code ./hub reindex} shows them).
 */
@Path("api/admin/search/reindex")
@RequestScoped
@AdminOnly
@Tag(name = "Administration")
public class ReindexApi {

  @Inject SearchService search;

  @POST
  @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
  @Operation(summary = "Rebuild the search index from the database, streaming progress")
  @APIResponse(responseCode = "200", description = "Progress lines, then a summary line")
  @APIResponse(responseCode = "401", description = "No or a wrong operator token")
  public StreamingOutput reindex() {
    return output -> {
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), true);
      out.println("Rebuilding the search index from the database...");
      long start = System.nanoTime();
      SearchService.SyncReport report =
          search.rebuild(
              done -> {
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(
                    "%d items indexed (%.0f items/s)%n", done, done / Math.max(seconds, 0.001));
              });
      out.printf("Done: %d items in the index, in %d ms%n", report.documents(), report.millis());
    };
  }
}
