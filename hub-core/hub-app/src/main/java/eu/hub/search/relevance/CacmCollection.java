package eu.hub.search.relevance;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The CACM test collection (3,204 abstracts, 64 queries, relevance judgments for 52 of them) read
 * from the folder that holds {@code cacm.tar.gz}, {@code topics.cacm.txt} and {@code
 * qrels.cacm.txt}, with each document turned into a Hub content file: Markdown with YAML front
 * matter ({@code type: article}, {@code title}, {@code slug}), the document's visible text as body.
 *
 * <p>The content files are what the Hub's content folder import reads, so the same collection can
 * be measured through the plain search index and through the whole application.
 */
public final class CacmCollection {

  /** One converted document. */
  public record ContentFile(String docno, String slug, String title, String body) {

    /** The file name in a content folder. */
    public String fileName() {
      return slug + ".md";
    }

    /** The file's text: front matter, then the body. */
    public String markdown() {
      return "---\n"
          + "type: article\n"
          + "title: "
          + yamlString(title)
          + "\n"
          + "slug: "
          + slug
          + "\n"
          + "language: en\n"
          + "---\n\n"
          + body
          + "\n";
    }
  }

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");
  private static final Pattern DOCNO = Pattern.compile("CACM-(\\d+)\\.html$");
  private static final Pattern TOPIC =
      Pattern.compile("<DOC>\\s*<DOCNO>\\s*(\\d+)\\s*</DOCNO>(.*?)</DOC>", Pattern.DOTALL);

  private final List<ContentFile> documents;
  private final Map<String, String> topics;
  private final Map<String, Set<String>> judgments;

  private CacmCollection(
      List<ContentFile> documents, Map<String, String> topics, Map<String, Set<String>> judgments) {
    this.documents = documents;
    this.topics = topics;
    this.judgments = judgments;
  }

  /** Reads the collection from its folder. */
  public static CacmCollection load(Path folder) throws IOException {
    List<ContentFile> documents = new ArrayList<>();
    try (InputStream in =
        new GZIPInputStream(
            new BufferedInputStream(Files.newInputStream(folder.resolve("cacm.tar.gz"))))) {
      Tar.read(
          in,
          (name, bytes) -> {
            Matcher m = DOCNO.matcher(name);
            if (m.find()) {
              String docno = "CACM-" + m.group(1);
              documents.add(convert(docno, new String(bytes, StandardCharsets.UTF_8)));
            }
          });
    }
    documents.sort(Comparator.comparing(ContentFile::docno));
    return new CacmCollection(
        List.copyOf(documents),
        readTopics(Files.readString(folder.resolve("topics.cacm.txt"))),
        readJudgments(Files.readAllLines(folder.resolve("qrels.cacm.txt"))));
  }

  /** The documents, in docno order. */
  public List<ContentFile> documents() {
    return documents;
  }

  /** The query text by query number, in file order. */
  public Map<String, String> topics() {
    return topics;
  }

  /** The relevant documents' slugs by query number; only judged queries are present. */
  public Map<String, Set<String>> judgments() {
    return judgments;
  }

  /** Writes every document as a content file into a folder (created if needed). */
  public void writeContentFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (ContentFile file : documents) {
      Files.writeString(folder.resolve(file.fileName()), file.markdown(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Converts one CACM HTML file: the first paragraph of the visible text is the title, the rest
   * (abstract, date, authors, citation lines) the body.
   */
  public static ContentFile convert(String docno, String html) {
    String text = unescape(TAG.matcher(html).replaceAll("")).replace("\r", "");
    List<String> lines = List.of(text.split("\n", -1));
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    List<String> title = new ArrayList<>();
    while (i < lines.size() && !lines.get(i).isBlank()) {
      title.add(lines.get(i).strip());
      i++;
    }
    StringBuilder body = new StringBuilder();
    for (; i < lines.size(); i++) {
      body.append(lines.get(i).strip()).append('\n');
    }
    String bodyText = body.toString().strip().replaceAll("\n{3,}", "\n\n");
    String slug = docno.toLowerCase(Locale.ROOT);
    return new ContentFile(docno, slug, String.join(" ", title), bodyText);
  }

  /** The slug a judged docno (e.g. {@code CACM-1410}) has in the Hub. */
  public static String slugOf(String docno) {
    Matcher m = Pattern.compile("CACM-(\\d+)").matcher(docno);
    if (!m.matches()) {
      return docno.toLowerCase(Locale.ROOT);
    }
    return String.format(Locale.ROOT, "cacm-%04d", Integer.parseInt(m.group(1)));
  }

  private static Map<String, String> readTopics(String text) {
    Map<String, String> topics = new LinkedHashMap<>();
    Matcher m = TOPIC.matcher(text);
    while (m.find()) {
      topics.put(m.group(1), m.group(2).strip().replaceAll("\\s+", " "));
    }
    return topics;
  }

  private static Map<String, Set<String>> readJudgments(List<String> lines) {
    Map<String, Set<String>> judgments = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 4 && Integer.parseInt(parts[3]) > 0) {
        judgments.computeIfAbsent(parts[0], q -> new LinkedHashSet<>()).add(slugOf(parts[2]));
      }
    }
    return judgments;
  }

  private static String unescape(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entity = m.group(1);
      String replacement =
          switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              boolean hex = entity.startsWith("#x") || entity.startsWith("#X");
              int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
              yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Just enough of the tar format to read the collection's regular files. */
  private static final class Tar {
    interface Entry {
      void accept(String name, byte[] content) throws IOException;
    }

    static void read(InputStream in, Entry entry) throws IOException {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        if (header[0] == 0) {
          return;
        }
        String name = field(header, 0, 100);
        boolean posix = field(header, 257, 6).equals("ustar");
        String prefix = posix ? field(header, 345, 155) : "";
        String octal = field(header, 124, 12).strip();
        long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
        byte type = header[156];
        byte[] content = in.readNBytes((int) size);
        long padding = (512 - size % 512) % 512;
        in.skipNBytes(padding);
        if (type == '0' || type == 0) {
          entry.accept(prefix.isEmpty() ? name : prefix + "/" + name, content);
        }
      }
    }

    private static String field(byte[] header, int offset, int length) {
      int end = offset;
      while (end < offset + length && header[end] != 0) {
        end++;
      }
      return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
  }
}
