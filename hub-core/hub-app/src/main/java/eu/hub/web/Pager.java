package eu.hub.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Previous and next links of a paged list, keeping the list's other query parameters. */
public record Pager(int page, int pages, String previous, String next) {

  public static Pager of(String path, MultivaluedMap<String, String> query, int page, int pages) {
    return new Pager(
        page,
        pages,
        page > 1 ? url(path, query, page - 1) : null,
        page < pages ? url(path, query, page + 1) : null);
  }

  private static String url(String path, MultivaluedMap<String, String> query, int page) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      if (!e.getKey().equals("page")) {
        for (String v : e.getValue()) {
          parts.add(enc(e.getKey()) + "=" + enc(v));
        }
      }
    }
    if (page > 1) {
      parts.add("page=" + page);
    }
    return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
