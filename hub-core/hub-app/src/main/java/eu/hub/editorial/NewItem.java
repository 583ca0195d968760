package eu.hub.editorial;

import java.util.Map;

/**
 * A new item written in the admin or sent through the API. It starts as a draft, not public.
 *
 * @param type the content type's name
 * @param slug the slug, or null to make one from the title
 * @param language the language code, or null for {@code en}
 * @param title the title (required)
 * @param summary the summary, or null
 * @param body the Markdown body, or null
 * @param fields the type's field values; a partner author's item must reference their partner (it
 *     is filled in when the type has a partner field left empty)
 * @param note for the first revision, or null
 */
public record NewItem(
    String type,
    String slug,
    String language,
    String title,
    String summary,
    String body,
    Map<String, Object> fields,
    String note) {}
