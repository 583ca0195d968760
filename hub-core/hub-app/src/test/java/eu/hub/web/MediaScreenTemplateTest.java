package eu.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hub.theme.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaScreenTemplateTest {

  private static Map<String, Object> model(
      Map<String, Object> error, List<Map<String, Object>> usages) {
    Map<String, Object> m = new HashMap<>();
    m.put("page", Map.of("title", "Media library", "lang", "en", "breadcrumbs", List.of()));
    m.put("csrfToken", "token");
    m.put("mayManage", true);
    m.put("maxMb", 10L);
    m.put("typed", Map.of("alt", "typed alt", "title", ""));
    m.put("error", error);
    m.put("usages", usages);
    Map<String, Object> item = new HashMap<>();
    item.put("id", 42L);
    item.put("fileName", "harbour.png");
    item.put("contentType", "image/png");
    item.put("image", true);
    item.put("size", "12 KB");
    item.put("alt", "A harbour");
    item.put("title", "");
    item.put("uploadedBy", "ed@example.eu");
    item.put("uploadedAt", "2026-11-25 18:00");
    item.put("url", "/media/42/original/harbour.png");
    item.put("markdown", "![A harbour](/media/42/original/harbour.png)");
    item.put("width", 800);
    item.put("height", 400);
    item.put("thumbnail", "/media/42/320/harbour.png");
    item.put("thumbWidth", 160);
    item.put("thumbHeight", 80);
    m.put("items", List.of(item));
    return m;
  }

  @Test
  void aRefusedUploadShowsAnErrorSummaryLinkedToTheFieldAndKeepsWhatWasTyped() {
    Theme theme = new Theme("default", Optional.empty(), getClass().getClassLoader());
    Map<String, Object> error = new HashMap<>();
    error.put("message", "Enter alt text.");
    error.put("field", "alt");
    String html = theme.render("media", model(error, List.of()), Locale.ENGLISH);
    assertThat(html)
        .contains("<a href=\"#alt\">Enter alt text.</a>")
        .contains("aria-invalid=\"true\"")
        .contains(">typed alt</textarea>")
        .contains("value=\"![A harbour](/media/42/original/harbour.png)\"");
  }

  @Test
  void aRefusedDeletionListsWhereTheFileIsUsed() {
    Theme theme = new Theme("default", Optional.empty(), getClass().getClassLoader());
    Map<String, Object> error = new HashMap<>();
    error.put("message", "harbour.png is still used.");
    error.put("field", null);
    String html =
        theme.render(
            "media",
            model(error, List.of(Map.of("title", "A page", "type", "page", "slug", "a-page"))),
            Locale.ENGLISH);
    assertThat(html).contains("harbour.png is still used.").contains("A page (page/a-page)");
  }
}
