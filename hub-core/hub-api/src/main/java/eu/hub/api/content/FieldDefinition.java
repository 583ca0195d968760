package eu.hub.api.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One typed field of a content type: its name, kind, and whether it is required or repeatable.
 *
 * <p>Create one with a factory such as {@link #text(String)} and refine it with the {@code with}
 * methods; instances are immutable.
 *
 * @since 0.1
 */
public final class FieldDefinition {

  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

  private final String name;
  private final FieldKind kind;
  private final String label;
  private final boolean required;
  private final boolean repeatable;
  private final List<String> options;
  private final String vocabulary;
  private final String targetType;
  private final boolean facet;
  private final boolean dateFilter;

  private FieldDefinition(
      String name,
      FieldKind kind,
      String label,
      boolean required,
      boolean repeatable,
      List<String> options,
      String vocabulary,
      String targetType,
      boolean facet,
      boolean dateFilter) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A field name starts with a lower-case letter and has only letters and digits (at most"
              + " 64), not '"
              + name
              + "'");
    }
    this.name = name;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.label = label == null || label.isBlank() ? name : label;
    this.required = required;
    this.repeatable = repeatable;
    this.options = List.copyOf(options);
    this.vocabulary = vocabulary;
    this.targetType = targetType;
    this.facet = facet;
    this.dateFilter = dateFilter;
  }

  /** A field of the given kind, optional and single-valued, labelled with its name. */
  public static FieldDefinition of(String name, FieldKind kind) {
    return new FieldDefinition(name, kind, null, false, false, List.of(), null, null, false, false);
  }

  /** A single line of text. */
  public static FieldDefinition text(String name) {
    return of(name, FieldKind.TEXT);
  }

  /** A Markdown text. */
  public static FieldDefinition markdown(String name) {
    return of(name, FieldKind.MARKDOWN);
  }

  /** One of the given values. */
  public static FieldDefinition choice(String name, List<String> options) {
    if (options == null || options.isEmpty()) {
      throw new IllegalArgumentException("A choice field needs at least one option: " + name);
    }
    return new FieldDefinition(
        name, FieldKind.CHOICE, null, false, false, options, null, null, false, false);
  }

  /** A term of the named taxonomy vocabulary (for example {@code themes} or {@code countries}). */
  public static FieldDefinition term(String name, String vocabulary) {
    return new FieldDefinition(
        name,
        FieldKind.TERM,
        null,
        false,
        false,
        List.of(),
        Objects.requireNonNull(vocabulary),
        null,
        false,
        false);
  }

  /**
   * A reference to another item of the given content type, written as that item's slug.
   *
   * @param targetType the content type referred to, for example {@code partner}
   */
  public static FieldDefinition reference(String name, String targetType) {
    return new FieldDefinition(
        name,
        FieldKind.REFERENCE,
        null,
        false,
        false,
        List.of(),
        null,
        Objects.requireNonNull(targetType, "targetType"),
        false,
        false);
  }

  /** The same field with a human label. */
  public FieldDefinition withLabel(String newLabel) {
    return new FieldDefinition(
        name,
        kind,
        newLabel,
        required,
        repeatable,
        options,
        vocabulary,
        targetType,
        facet,
        dateFilter);
  }

  /** The same field, required before an item can be published. */
  public FieldDefinition required() {
    return new FieldDefinition(
        name, kind, label, true, repeatable, options, vocabulary, targetType, facet, dateFilter);
  }

  /** The same field, holding a list of values. */
  public FieldDefinition repeatable() {
    return new FieldDefinition(
        name, kind, label, required, true, options, vocabulary, targetType, facet, dateFilter);
  }

  /**
   * The same field, offered as a search facet: readers can narrow search results and listings by
   * its values. Suits fields with few distinct values (choices, terms, references, numbers, short
   * texts such as a language). The facet is named after the field, labelled with its {@link
   * #label()}, and shows the values as written; a taxonomy term is named after its vocabulary and a
   * reference to a partner, project or magazine after that type (so every type's partners share one
   * {@code partner} facet), labelled with the term's or the item's name. Choices, terms and such
   * references are facets even without this mark; date and Markdown fields never are.
   *
   * @since 0.2
   */
  public FieldDefinition facet() {
    return new FieldDefinition(
        name, kind, label, required, repeatable, options, vocabulary, targetType, true, dateFilter);
  }

  /**
   * Whether the field is a search facet.
   *
   * @since 0.2
   */
  public boolean isFacet() {
    return facet;
  }

  /**
   * The same field, offered as a date filter in search: readers can keep the items whose dates fall
   * in a period (the search's {@code from} and {@code to}). An item runs from the earliest to the
   * latest value of its date-filter fields (for an event: from its start to its end), and through
   * the last occurrence of its {@link FieldKind#RECURRENCE} field, if it has one; it is kept when
   * that run overlaps the period. Only for {@link FieldKind#DATE} and {@link FieldKind#DATE_TIME}
   * fields; a date and time counts by its calendar date in its own zone.
   *
   * @throws IllegalStateException for a field of another kind
   * @since 0.3
   */
  public FieldDefinition dateFilter() {
    if (kind != FieldKind.DATE && kind != FieldKind.DATE_TIME) {
      throw new IllegalStateException(
          "Only a date or date-time field can be a date filter, not " + name + " (" + kind + ")");
    }
    return new FieldDefinition(
        name, kind, label, required, repeatable, options, vocabulary, targetType, facet, true);
  }

  /**
   * Whether the field is a date filter in search.
   *
   * @since 0.3
   */
  public boolean isDateFilter() {
    return dateFilter;
  }

  /** The name used in front matter, the API and the index. */
  public String name() {
    return name;
  }

  /** The kind of value. */
  public FieldKind kind() {
    return kind;
  }

  /** The label shown to editors. */
  public String label() {
    return label;
  }

  /** Whether an item may be published without a value. */
  public boolean isRequired() {
    return required;
  }

  /** Whether the field holds a list of values. */
  public boolean isRepeatable() {
    return repeatable;
  }

  /** The allowed values of a {@link FieldKind#CHOICE} field; empty for other kinds. */
  public List<String> options() {
    return options;
  }

  /** The taxonomy vocabulary of a {@link FieldKind#TERM} field; null for other kinds. */
  public String vocabulary() {
    return vocabulary;
  }

  /**
   * The content type a {@link FieldKind#REFERENCE} field points to; null when any type will do or
   * for other kinds.
   */
  public String targetType() {
    return targetType;
  }

  @Override
  public String toString() {
    return name + ":" + kind + (repeatable ? "[]" : "") + (required ? "!" : "");
  }
}
