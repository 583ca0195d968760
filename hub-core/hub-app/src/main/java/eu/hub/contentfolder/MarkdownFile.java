package eu.hub.contentfolder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * <p>Front matter is read as YAML 1.2-style plain data: dates stay text (the content type decides
 * what they mean), and only {@code true}/{@code false} are booleans, so {@code country: NO} stays
 * Norway.
 */
public record MarkdownFile(
    Map<String, Object> frontMatter, String body, List<String> frontMatterLines, int bodyLine) {

  private static final Pattern DELIMITER = Pattern.compile("^---\\s*$");

  /** Splits and parses a file's text; problems name the 1-based line of the file. */
  public static MarkdownFile parse(String text) throws ContentFileException {
    return parse(text, yaml());
  }

  /**
   * A reader for many files, one after the other (not from several threads at once): setting up the
   * YAML parser for each file was a tenth of a large content folder load.
   */
  public static Reader reader() {
    Yaml yaml = yaml();
    return text -> parse(text, yaml);
  }

  /** Parses files with one YAML parser; see {@link #reader()}. */
  @FunctionalInterface
  public interface Reader {
    MarkdownFile parse(String text) throws ContentFileException;
  }

  private static MarkdownFile parse(String text, Yaml yaml) throws ContentFileException {
    String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = normalised.split("\r?\n", -1);
    if (lines.length == 0 || !DELIMITER.matcher(lines[0]).matches()) {
      throw new ContentFileException(
          1, "front matter missing: the file must start with a line '---', then YAML, then '---'");
    }
    int end = -1;
    for (int i = 1; i < lines.length; i++) {
      if (DELIMITER.matcher(lines[i]).matches()) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new ContentFileException(
          1, "front matter not closed: no line '---' after the opening one");
    }
    List<String> yamlLines = new ArrayList<>(List.of(lines).subList(1, end));
    Object parsed;
    try {
      parsed = yaml.load(String.join("\n", yamlLines));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 2;
      throw new ContentFileException(line, "front matter is not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ContentFileException(1, "front matter is not valid YAML: " + e.getMessage());
    }
    if (parsed == null) {
      parsed = Map.of();
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new ContentFileException(2, "front matter must be 'key: value' lines");
    }
    Map<String, Object> frontMatter = new LinkedHashMap<>();
    map.forEach((k, v) -> frontMatter.put(String.valueOf(k), v));
    int first = end + 1;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    String body = String.join("\n", List.of(lines).subList(end + 1, lines.length)).strip();
    return new MarkdownFile(frontMatter, body, List.copyOf(yamlLines), first + 1);
  }

  /**
   * The line of the file that a line of a field's value is on: for a block value ({@code key: |}),
   * the value starts on the line after the key.
   */
  public int lineInField(String key, int lineOfValue) {
    int keyLine = lineOf(key);
    return lineOfValue <= 0 ? keyLine : keyLine + lineOfValue;
  }

  /** The 1-based line of the file where a front matter key is written, or 1 if not found. */
  public int lineOf(String key) {
    Pattern p = Pattern.compile("^" + Pattern.quote(key) + "\\s*:");
    for (int i = 0; i < frontMatterLines.size(); i++) {
      if (p.matcher(frontMatterLines.get(i)).find()) {
        return i + 2;
      }
    }
    return 1;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(1024 * 1024);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options),
        new Representer(dumper),
        dumper,
        options,
        new PlainDataResolver());
  }

  /** YAML's core schema without timestamps and without yes/no/on/off booleans. */
  private static final class PlainDataResolver extends Resolver {
    private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
