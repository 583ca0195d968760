package eu.hub.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns JAX-RS path templates with a regular expression ({@code /{segment:[a-z0-9-]+}}) into the
 * plain templates OpenAPI allows ({@code /{segment}}). The server copies them unchanged, and tools
 * that read the document reject them. Registered in {@code
 * META-INF/microprofile-config.properties}.
 */
public class OpenApiPaths implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getTags() != null) {
      Map<String, Tag> byName = new LinkedHashMap<>();
      openApi.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
      openApi.setTags(new ArrayList<>(byName.values()));
    }
    Paths paths = openApi.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    Map<String, PathItem> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, PathItem> entry : Map.copyOf(paths.getPathItems()).entrySet()) {
      String plain = plain(entry.getKey());
      if (!plain.equals(entry.getKey())) {
        paths.removePathItem(entry.getKey());
        renamed.put(plain, entry.getValue());
      }
    }
    renamed.forEach(
        (path, item) -> {
          if (!paths.hasPathItem(path)) {
            paths.addPathItem(path, item);
          }
        });
  }

  /** The template without regular expressions. */
  static String plain(String path) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean inRegex = false;
    for (char c : path.toCharArray()) {
      if (c == '{') {
        depth++;
        if (depth == 1) {
          out.append(c);
          continue;
        }
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          inRegex = false;
          out.append(c);
          continue;
        }
      } else if (c == ':' && depth == 1) {
        inRegex = true;
        continue;
      }
      if (!inRegex) {
        out.append(c);
      }
    }
    return out.toString().replaceAll("\\{\\s*(\\w+)\\s*}", "{$1}");
  }
}
