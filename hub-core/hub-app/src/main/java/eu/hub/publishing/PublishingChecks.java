package eu.hub.publishing;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import eu.hub.content.ContentItem;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.rendering.Finding;
import eu.hub.rendering.MarkdownChecks;
import eu.hub.rendering.SummaryReadability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an item as it would be published: its required fields, all of its Markdown, and how easy
 * its summary is to read.
 */
@ApplicationScoped
public class PublishingChecks {

  /** A finding and where it is: the body ({@code field} null) or a Markdown field. */
  public record Problem(String field, Finding finding) {
    public boolean isError() {
      return finding.severity() == Finding.Severity.ERROR;
    }

    @Override
    public String toString() {
      return (field == null ? "" : "'" + field + "': ") + finding.message();
    }
  }

  /** The name problems with the summary are reported under. */
  public static final String SUMMARY = "summary";

  @Inject ContentTypeRegistry types;
  @Inject SiteLinkTargets targets;

  /** Everything an editor should fix or look at before the item is published. */
  public List<Problem> check(ContentItem item) {
    return check(item.type(), item.body(), item.fieldsJson());
  }

  /**
   * Everything to fix or look at before a version of an item of that type is published (a working
   * copy, say): required fields, then the findings in its Markdown.
   */
  public List<Problem> check(String typeName, String body, String fieldsJson) {
    List<Problem> problems = new ArrayList<>();
    ContentType type = types.byName(typeName).orElse(null);
    if (type == null) {
      return problems;
    }
    Map<String, Object> values = FieldValues.read(fieldsJson);
    for (String missing : FieldValues.check(type, values).missingRequired()) {
      String label = type.field(missing).map(FieldDefinition::label).orElse(missing);
      problems.add(
          new Problem(
              missing,
              new Finding(Finding.Severity.ERROR, 0, label + " is required before publishing")));
    }
    problems.addAll(checkMarkdown(typeName, body, fieldsJson));
    return problems;
  }

  /** The findings in the item's body and Markdown fields, and the summary's readability hints. */
  public List<Problem> checkMarkdown(ContentItem item) {
    List<Problem> problems = checkMarkdown(item.type(), item.body(), item.fieldsJson());
    problems.addAll(checkSummary(item.summary(), item.language()));
    return problems;
  }

  /**
   * Readability hints for a summary (warnings only), reported on the field {@code summary}.
   *
   * @param language the item's language, which sets what counts as a long-word-heavy text
   */
  public List<Problem> checkSummary(String summary, String language) {
    return new ArrayList<>(
        SummaryReadability.check(summary, language).stream()
            .map(f -> new Problem(SUMMARY, f))
            .toList());
  }

  /** The findings in a body and the Markdown fields of an item of that type. */
  public List<Problem> checkMarkdown(String typeName, String body, String fieldsJson) {
    List<Problem> problems = new ArrayList<>();
    ContentType type = types.byName(typeName).orElse(null);
    if (type == null) {
      return problems;
    }
    Map<String, Object> values = FieldValues.read(fieldsJson);
    MarkdownChecks markdown = new MarkdownChecks(targets, targets);
    markdown.check(body == null ? "" : body).forEach(f -> problems.add(new Problem(null, f)));
    for (FieldDefinition field : type.fields()) {
      if (field.kind() == FieldKind.MARKDOWN && values.get(field.name()) instanceof String text) {
        markdown.check(text).forEach(f -> problems.add(new Problem(field.name(), f)));
      }
    }
    return problems;
  }
}
