package eu.hub.editing;

import eu.hub.api.content.ContentType;
import eu.hub.api.content.FieldDefinition;
import eu.hub.api.content.FieldKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor form generated from a content type's field definitions: which control each field gets,
 * how the posted form turns back into field values, and which field each validation problem belongs
 * to. Field inputs are named {@code f-NAME} and have the id {@code field-NAME}.
 */
final class FieldForm {

  static final String PREFIX = "f-";
  static final String ID_PREFIX = "field-";
  private static final Pattern PROBLEM_FIELD = Pattern.compile("^'([a-zA-Z0-9]+)'");

  /** One choice of a select, a radio group or a set of checkboxes. */
  record Option(String value, String label, boolean selected) {}

  /**
   * What the template needs to draw one field: {@code control} names the kind of control, {@code
   * value} is the single value (or the lines of a repeatable field not covered by options), {@code
   * options} are the choices when the field has them.
   */
  record FieldView(
      String name,
      String id,
      String label,
      String hint,
      String control,
      boolean repeatable,
      boolean required,
      String value,
      List<Option> options,
      String error,
      Map<String, Object> media) {}

  /** Where the choices of term and reference fields come from. */
  interface Choices {
    /** The known terms of a vocabulary: value and label are the term's label. */
    List<Option> terms(String vocabulary);

    /** The items of a type: value is the slug, label the title. Empty when there are too many. */
    List<Option> items(String type);

    /** The library image a media field's value refers to, as the editor shows it; or null. */
    default Map<String, Object> media(String reference) {
      return null;
    }
  }

  private FieldForm() {}

  /** The field values a posted form holds, ready for FieldValues.check. */
  static Map<String, Object> valuesFrom(ContentType type, Map<String, List<String>> form) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      List<String> posted = form.getOrDefault(PREFIX + field.name(), List.of());
      if (field.isRepeatable()) {
        // Checkboxes and a one-per-line text box share the name: every line is a value.
        Set<String> all = new LinkedHashSet<>();
        for (String p : posted) {
          for (String line : p.split("\\R")) {
            if (!line.isBlank()) {
              all.add(line.strip());
            }
          }
        }
        if (!all.isEmpty()) {
          values.put(field.name(), List.copyOf(all));
        }
      } else {
        String v = posted.isEmpty() ? "" : posted.get(0);
        if (field.kind() == FieldKind.BOOLEAN) {
          if (v.equals("true") || v.equals("false")) {
            values.put(field.name(), Boolean.valueOf(v));
          } else if (!v.isBlank()) {
            values.put(field.name(), v);
          }
        } else if (field.kind() == FieldKind.MARKDOWN) {
          if (!v.isBlank()) {
            values.put(field.name(), v.replace("\r\n", "\n"));
          }
        } else if (!v.isBlank()) {
          values.put(field.name(), v.strip());
        }
      }
    }
    return values;
  }

  /**
   * Each problem of FieldValues.check (they start with the field's name in quotes) as a message for
   * that field in the reader's language, by field name.
   */
  static Map<String, String> errorsFrom(
      ContentType type, List<String> problems, BiFunction<String, Object[], String> t) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String problem : problems) {
      Matcher m = PROBLEM_FIELD.matcher(problem);
      if (m.find() && type.field(m.group(1)).isPresent()) {
        FieldDefinition field = type.field(m.group(1)).get();
        errors.putIfAbsent(
            field.name(), t.apply("admin.error." + controlOf(field), new Object[] {field.label()}));
      }
    }
    return errors;
  }

  /** The views of every field, with the values to show and the errors found. */
  static List<FieldView> views(
      ContentType type,
      Map<String, Object> values,
      Map<String, String> errors,
      Choices choices,
      BiFunction<String, Object[], String> t) {
    List<FieldView> views = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      Object raw = values.get(field.name());
      List<String> current = new ArrayList<>();
      if (raw instanceof List<?> list) {
        list.forEach(v -> current.add(text(v)));
      } else if (raw != null) {
        current.add(text(raw));
      }
      String control = controlOf(field);
      List<Option> known =
          switch (field.kind()) {
            case CHOICE -> field.options().stream().map(o -> new Option(o, o, false)).toList();
            case TERM -> choices.terms(field.vocabulary());
            case REFERENCE ->
                field.targetType() == null ? List.of() : choices.items(field.targetType());
            case BOOLEAN ->
                List.of(
                    new Option("true", t.apply("admin.yes", new Object[0]), false),
                    new Option("false", t.apply("admin.no", new Object[0]), false));
            default -> List.of();
          };
      List<Option> options = new ArrayList<>();
      Set<String> covered = new LinkedHashSet<>();
      for (Option o : known) {
        boolean selected = current.contains(o.value());
        if (selected) {
          covered.add(o.value());
        }
        options.add(new Option(o.value(), o.label(), selected));
      }
      if (!field.isRepeatable()
          && !current.isEmpty()
          && !known.isEmpty()
          && covered.isEmpty()
          && field.kind() != FieldKind.TERM) {
        // A stored value that is no longer a choice stays visible and selected.
        options.add(new Option(current.get(0), current.get(0), true));
        covered.add(current.get(0));
      }
      String value;
      if (field.isRepeatable()) {
        value = String.join("\n", current.stream().filter(v -> !covered.contains(v)).toList());
      } else {
        value = current.isEmpty() ? "" : current.get(0);
      }
      if (known.isEmpty()
          && (field.kind() == FieldKind.TERM || field.kind() == FieldKind.REFERENCE)) {
        control = "text"; // nothing to choose from yet (or too much): type it
      }
      String hint = t.apply("admin.hint." + control, new Object[0]);
      if (hint.startsWith("admin.hint.")) {
        hint = "";
      }
      if (field.isRepeatable()) {
        String more =
            t.apply(options.isEmpty() ? "admin.hint.lines" : "admin.hint.moreLines", new Object[0]);
        hint = hint.isEmpty() ? more : hint + " " + more;
      }
      views.add(
          new FieldView(
              field.name(),
              ID_PREFIX + field.name(),
              field.label(),
              hint,
              control,
              field.isRepeatable(),
              field.isRequired(),
              value,
              options,
              errors.get(field.name()),
              field.kind() == FieldKind.MEDIA && !field.isRepeatable() && !value.isEmpty()
                  ? choices.media(value)
                  : null));
    }
    return views;
  }

  /** The kind of control a field gets, also the suffix of its hint and error message keys. */
  static String controlOf(FieldDefinition field) {
    return switch (field.kind()) {
      case DATE_TIME -> "datetime";
      default -> field.kind().name().toLowerCase(Locale.ROOT);
    };
  }

  /** A value as one line of text for comparisons and previews; lists joined by commas. */
  static String display(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> list) {
      return String.join(", ", list.stream().map(FieldForm::text).toList());
    }
    return text(v);
  }

  /**
   * The field values as form fields (name and value), so that a form can carry a draft unchanged: a
   * repeatable field's values as lines of one value.
   */
  static List<Map<String, String>> hiddenValues(ContentType type, Map<String, Object> values) {
    List<Map<String, String>> out = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      Object v = values.get(field.name());
      if (v == null) {
        continue;
      }
      String text =
          v instanceof List<?> list
              ? String.join("\n", list.stream().map(FieldForm::text).toList())
              : text(v);
      out.add(Map.of("name", PREFIX + field.name(), "value", text));
    }
    return out;
  }

  private static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(v);
  }
}
