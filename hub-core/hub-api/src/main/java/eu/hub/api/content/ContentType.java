package eu.hub.api.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of content the Hub stores: its name, the URL segment its pages live under, and its typed
 * fields. Every item also has the common parts (title, summary, Markdown body, language, slug),
 * which are not declared here.
 *
 * <p>Build one with {@link #builder(String)}; instances are immutable.
 *
 * @since 0.1
 */
public final class ContentType {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

  private final String name;
  private final String label;
  private final String pluralLabel;
  private final String urlSegment;
  private final Map<String, FieldDefinition> fields;

  private ContentType(Builder b) {
    this.name = b.name;
    this.label = b.label == null ? b.name : b.label;
    this.pluralLabel = b.pluralLabel == null ? this.label : b.pluralLabel;
    this.urlSegment = b.urlSegment == null ? b.name : b.urlSegment;
    if (!NAME.matcher(this.urlSegment).matches()) {
      throw new IllegalArgumentException(
          "Content type " + name + ": URL segment must be lower-case letters, digits and '-'");
    }
    Map<String, FieldDefinition> byName = new LinkedHashMap<>();
    for (FieldDefinition f : b.fields) {
      if (byName.putIfAbsent(f.name(), f) != null) {
        throw new IllegalArgumentException(
            "Content type " + name + " declares the field '" + f.name() + "' twice");
      }
    }
    this.fields = Collections.unmodifiableMap(byName);
  }

  /**
   * Starts a content type.
   *
   * @param name lower-case letters, digits and '-', for example {@code case-study}
   */
  public static Builder builder(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A content type name is lower-case letters, digits and '-' (at most 63), not '"
              + name
              + "'");
    }
    return new Builder(name);
  }

  /** The type's name, as written in front matter ({@code type: case-study}). */
  public String name() {
    return name;
  }

  /** The singular label shown to people. */
  public String label() {
    return label;
  }

  /** The plural label shown to people, for listings. */
  public String pluralLabel() {
    return pluralLabel;
  }

  /** The first path segment of this type's pages, for example {@code case-studies}. */
  public String urlSegment() {
    return urlSegment;
  }

  /** The declared fields, in declaration order. */
  public List<FieldDefinition> fields() {
    return List.copyOf(fields.values());
  }

  /** The declared field of that name, if any. */
  public Optional<FieldDefinition> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  @Override
  public String toString() {
    return "ContentType[" + name + "]";
  }

  /** Collects a content type's parts. */
  public static final class Builder {
    private final String name;
    private String label;
    private String pluralLabel;
    private String urlSegment;
    private final List<FieldDefinition> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The singular and plural labels shown to people. */
    public Builder label(String singular, String plural) {
      this.label = singular;
      this.pluralLabel = plural;
      return this;
    }

    /** The first path segment of this type's pages; defaults to the name. */
    public Builder urlSegment(String segment) {
      this.urlSegment = segment;
      return this;
    }

    /** Adds a field. */
    public Builder field(FieldDefinition field) {
      fields.add(field);
      return this;
    }

    /** The finished, immutable type. */
    public ContentType build() {
      return new ContentType(this);
    }
  }
}
