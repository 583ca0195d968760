package eu.hub.contentfolder;

import eu.hub.api.content.ContentType;
import eu.hub.content.ContentDraft;
import eu.hub.content.ContentStatus;
import eu.hub.content.ContentStore;
import eu.hub.content.ContentTypeRegistry;
import eu.hub.content.FieldValues;
import eu.hub.content.SlugTakenException;
import eu.hub.publishing.PublishingChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads every {@code *.md} file of the content folder. A file whose bytes have not changed since
 * the last load is skipped (by SHA-256); a changed file updates its item with a new revision.
 */
@ApplicationScoped
public class ContentFolderImporter {

  private static final Logger LOG = Logger.getLogger(ContentFolderImporter.class.getName());

  /** Front matter keys every item has; all other keys are the content type's fields. */
  static final Set<String> COMMON_KEYS =
      Set.of("type", "slug", "title", "summary", "language", "status", "published");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Z]{2})?");
  private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  @Inject ContentStore store;
  @Inject ContentTypeRegistry types;
  @Inject PublishingChecks checks;

  /** Loads the folder; a missing folder is reported, not fatal. */
  public ImportReport importFolder(Path root) {
    long start = System.nanoTime();
    List<ImportReport.Problem> problems = new ArrayList<>();
    List<Loaded> loaded = new ArrayList<>();
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    if (!Files.isDirectory(root)) {
      problems.add(
          new ImportReport.Problem(
              root.toString(), 0, "content folder not found", ImportReport.Outcome.REFUSED));
      return new ImportReport(0, 0, 0, problems, 0);
    }
    Map<String, String> known = store.sourceHashes();
    List<Path> files = markdownFiles(root);
    List<Loaded> batch = new ArrayList<>();
    Progress progress = new Progress(root, files.size());
    MarkdownFile.Reader reader = MarkdownFile.reader();
    for (Path file : files) {
      String path = root.relativize(file).toString().replace('\\', '/');
      progress.fileRead();
      try {
        byte[] bytes = Files.readAllBytes(file);
        String hash = sha256(bytes);
        if (hash.equals(known.get(path))) {
          unchanged++;
          continue;
        }
        batch.add(toDraft(reader, path, hash, bytes, problems));
      } catch (ContentFileException e) {
        problems.add(refused(path, e.line(), e.getMessage()));
      } catch (IOException e) {
        problems.add(refused(path, 0, "cannot read the file: " + e.getMessage()));
      }
      if (batch.size() == BATCH) {
        loaded.addAll(save(batch, known, problems));
        batch.clear();
      }
    }
    loaded.addAll(save(batch, known, problems));
    for (Loaded l : loaded) {
      if (known.containsKey(l.path())) {
        updated++;
      } else {
        added++;
      }
    }
    // Links are checked once everything is in, so that files may link to files loaded after them.
    for (Loaded file : loaded) {
      checkPublished(file, problems);
    }
    ImportReport report =
        new ImportReport(
            added, updated, unchanged, problems, (System.nanoTime() - start) / 1_000_000);
    LOG.info("Content folder " + root + ": " + report);
    for (ImportReport.Problem p : problems) {
      LOG.warning("Content file " + p);
    }
    return report;
  }

  /** Files saved per transaction: few enough to redo one by one when one of them fails. */
  static final int BATCH = 200;

  /**
   * Saves a batch in one transaction; when that fails (a slug taken, say), saves the files one by
   * one so that only the faulty file is refused.
   */
  private List<Loaded> save(
      List<Loaded> batch, Map<String, String> known, List<ImportReport.Problem> problems) {
    if (batch.isEmpty()) {
      return List.of();
    }
    try {
      store.saveAll(
          batch.stream().map(Loaded::draft).toList(),
          "content-folder",
          d -> known.containsKey(d.sourcePath()) ? "file changed" : "file added");
      return List.copyOf(batch);
    } catch (RuntimeException batchFailed) {
      List<Loaded> saved = new ArrayList<>();
      for (Loaded l : batch) {
        try {
          store.save(
              l.draft(),
              "content-folder",
              known.containsKey(l.path()) ? "file changed" : "file added");
          saved.add(l);
        } catch (SlugTakenException e) {
          problems.add(refused(l.path(), 0, e.getMessage()));
        } catch (RuntimeException e) {
          problems.add(refused(l.path(), 0, "cannot be stored: " + rootMessage(e)));
        }
      }
      return saved;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Logs how far a large load has come, at most every ten seconds. */
  private static final class Progress {
    private final Path root;
    private final int total;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private int read;

    Progress(Path root, int total) {
      this.root = root;
      this.total = total;
    }

    void fileRead() {
      read++;
      long now = System.nanoTime();
      if (now - lastLog > 10_000_000_000L) {
        lastLog = now;
        double seconds = (now - start) / 1e9;
        LOG.info(
            String.format(
                "Content folder %s: %d of %d files done (%.0f files/s)",
                root, read, total, read / seconds));
      }
    }
  }

  /** A file loaded in this run, kept to check its Markdown when all files are in. */
  private record Loaded(String path, ContentDraft draft, MarkdownFile file) {}

  private void checkPublished(Loaded loaded, List<ImportReport.Problem> problems) {
    if (loaded.draft().status() != ContentStatus.PUBLISHED) {
      return;
    }
    ContentDraft draft = loaded.draft();
    List<String> errors = new ArrayList<>();
    List<PublishingChecks.Problem> found =
        checks.checkMarkdown(draft.type(), draft.body(), draft.fieldsJson());
    found.addAll(checks.checkSummary(draft.summary(), draft.language()));
    for (PublishingChecks.Problem p : found) {
      int line =
          p.field() == null
              ? (p.finding().line() > 0 ? loaded.file().bodyLine() + p.finding().line() - 1 : 0)
              : loaded.file().lineInField(p.field(), p.finding().line());
      if (p.isError()) {
        errors.add(p.toString());
        problems.add(
            new ImportReport.Problem(
                loaded.path(), line, "kept as a draft: " + p, ImportReport.Outcome.KEPT_AS_DRAFT));
      } else {
        problems.add(
            new ImportReport.Problem(
                loaded.path(), line, p.toString(), ImportReport.Outcome.WARNING));
      }
    }
    if (!errors.isEmpty()) {
      ContentDraft d = loaded.draft();
      store.save(
          new ContentDraft(
              d.type(),
              d.slug(),
              d.language(),
              d.title(),
              d.summary(),
              d.body(),
              d.fieldsJson(),
              ContentStatus.DRAFT,
              d.publishedAt(),
              d.sourcePath(),
              d.sourceHash()),
          "content-folder",
          "kept as a draft: " + String.join("; ", errors));
    }
  }

  private static ImportReport.Problem refused(String path, int line, String message) {
    return new ImportReport.Problem(path, line, message, ImportReport.Outcome.REFUSED);
  }

  private static List<Path> markdownFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the content folder " + root, e);
    }
  }

  /**
   * Turns one file into a draft. Problems that would lose data refuse the file; a missing required
   * field keeps it as a draft, so nothing is published half-finished.
   */
  Loaded toDraft(
      MarkdownFile.Reader reader,
      String path,
      String hash,
      byte[] bytes,
      List<ImportReport.Problem> warnings)
      throws ContentFileException {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ContentFileException(0, "file is larger than 2 MB");
    }
    MarkdownFile file = reader.parse(decode(bytes));
    Map<String, Object> fm = file.frontMatter();
    String typeName = string(fm, "type", file);
    if (typeName == null) {
      throw new ContentFileException(1, "'type' is missing (one of " + types.names() + ")");
    }
    ContentType type =
        types
            .byName(typeName)
            .orElseThrow(
                () ->
                    new ContentFileException(
                        file.lineOf("type"),
                        "unknown type '"
                            + typeName
                            + "' (known: "
                            + String.join(", ", types.names())
                            + ")"));
    String title = string(fm, "title", file);
    if (title == null) {
      throw new ContentFileException(1, "'title' is missing");
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
    String slug = orDefault(string(fm, "slug", file), fileName.toLowerCase(Locale.ROOT));
    if (!SLUG.matcher(slug).matches() || slug.length() > 200) {
      throw new ContentFileException(
          file.lineOf("slug"),
          "slug '" + slug + "' must be lower-case letters and digits joined by single '-'");
    }
    String language = orDefault(string(fm, "language", file), "en");
    if (!LANGUAGE.matcher(language).matches()) {
      throw new ContentFileException(
          file.lineOf("language"),
          "language '" + language + "' is not a code like en, sv or pt-BR");
    }
    ContentStatus status = status(string(fm, "status", file), file);
    OffsetDateTime published = published(string(fm, "published", file), file);

    Map<String, Object> fieldValues = new LinkedHashMap<>(fm);
    fieldValues.keySet().removeAll(COMMON_KEYS);
    FieldValues.Checked checked = FieldValues.check(type, fieldValues);
    if (!checked.valid()) {
      String first = checked.problems().get(0);
      String key = first.substring(1, Math.max(1, first.indexOf('\'', 1)));
      throw new ContentFileException(file.lineOf(key), String.join("; ", checked.problems()));
    }
    if (status == ContentStatus.PUBLISHED && !checked.missingRequired().isEmpty()) {
      warnings.add(
          new ImportReport.Problem(
              path,
              0,
              "kept as a draft, not published: required "
                  + String.join(", ", checked.missingRequired())
                  + " missing",
              ImportReport.Outcome.KEPT_AS_DRAFT));
      status = ContentStatus.DRAFT;
    }
    return new Loaded(
        path,
        new ContentDraft(
            type.name(),
            slug,
            language,
            title,
            string(fm, "summary", file),
            file.body(),
            checked.json(),
            status,
            published,
            path,
            hash),
        file);
  }

  private static String decode(byte[] bytes) throws ContentFileException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ContentFileException(0, "file is not UTF-8 text");
    }
  }

  private static String string(Map<String, Object> fm, String key, MarkdownFile file)
      throws ContentFileException {
    Object v = fm.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw new ContentFileException(file.lineOf(key), "'" + key + "' takes a single value");
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? null : s;
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static ContentStatus status(String value, MarkdownFile file) throws ContentFileException {
    if (value == null) {
      return ContentStatus.PUBLISHED;
    }
    try {
      return ContentStatus.valueOf(
          value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ContentFileException(
          file.lineOf("status"), "status '" + value + "' is not one of draft, published, archived");
    }
  }

  private static OffsetDateTime published(String value, MarkdownFile file)
      throws ContentFileException {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new ContentFileException(
          file.lineOf("published"), "published '" + value + "' is not a date like 2024-05-31");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
