package eu.hub.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for a page, so that search engines and aggregators understand what an item is:
 * an Article, a Periodical and its PublicationIssue, an Organization or a Project.
 */
final class StructuredData {
  private StructuredData() {}

  static String forItem(
      ItemView item,
      String absoluteUrl,
      String siteName,
      String siteUrl,
      Map<String, Object> fields) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("@context", "https://schema.org");
    String summary = item.summary() == null ? "" : item.summary();
    switch (item.type()) {
      case "magazine" -> json.add("@type", "Periodical").add("name", item.title());
      case "magazine-issue" -> {
        json.add("@type", "PublicationIssue").add("name", item.title());
        if (fields.get("number") != null) {
          json.add("issueNumber", String.valueOf(fields.get("number")));
        }
        if (fields.get("date") != null) {
          json.add("datePublished", String.valueOf(fields.get("date")));
        }
      }
      case "partner" -> {
        json.add("@type", "Organization").add("name", item.title());
        if (fields.get("website") != null) {
          json.add("sameAs", String.valueOf(fields.get("website")));
        }
        if (fields.get("country") != null) {
          json.add(
              "address",
              Json.createObjectBuilder()
                  .add("@type", "PostalAddress")
                  .add("addressCountry", String.valueOf(fields.get("country"))));
        }
      }
      case "project" -> {
        json.add("@type", "Project").add("name", item.title());
        if (fields.get("programme") != null) {
          json.add(
              "funder",
              Json.createObjectBuilder()
                  .add("@type", "Organization")
                  .add("name", String.valueOf(fields.get("programme"))));
        }
      }
      default -> {
        json.add("@type", "Article").add("headline", item.title());
        if (item.published() != null) {
          json.add("datePublished", item.published());
        }
        if (fields.get("authors") instanceof List<?> authors && !authors.isEmpty()) {
          JsonArrayBuilder people = Json.createArrayBuilder();
          authors.forEach(
              a ->
                  people.add(
                      Json.createObjectBuilder()
                          .add("@type", "Person")
                          .add("name", String.valueOf(a))));
          json.add("author", people);
        }
        json.add(
            "publisher",
            Json.createObjectBuilder()
                .add("@type", "Organization")
                .add("name", siteName)
                .add("url", siteUrl));
      }
    }
    json.add("url", absoluteUrl).add("inLanguage", item.language());
    if (!summary.isEmpty()) {
      json.add("description", summary);
    }
    return safe(json.build().toString());
  }

  static String forSite(String siteName, String siteUrl) {
    return safe(
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "WebSite")
            .add("name", siteName)
            .add("url", siteUrl)
            .build()
            .toString());
  }

  /** JSON inside a script element must not close it: "</" becomes "<\/". */
  private static String safe(String json) {
    return json.replace("</", "<\\/").replace("<!--", "<\\!--");
  }
}
