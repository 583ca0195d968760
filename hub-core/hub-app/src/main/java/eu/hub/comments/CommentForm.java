package eu.hub.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reader typed into the comment form, and the rules it must meet. Free of the server, so
 * that the rules are tested on their own. Text stays plain: templates escape it when shown.
 */
public record CommentForm(String name, String email, String comment, String honeypot) {

  public static final int MAX_NAME = 100;
  public static final int MAX_EMAIL = 320;
  public static final int MAX_COMMENT = 4000;

  /** The field ids the form uses, so that an error summary can link to them. */
  public static final String NAME_FIELD = "comment-name";

  public static final String EMAIL_FIELD = "comment-email";
  public static final String COMMENT_FIELD = "comment-text";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** One thing wrong: the field's id, the message key and its arguments. */
  public record Problem(String field, String messageKey, List<Object> args) {}

  /** The form with surrounding blanks removed and nulls as empty text. */
  public static CommentForm of(String name, String email, String comment, String honeypot) {
    return new CommentForm(clean(name), clean(email), clean(comment), clean(honeypot));
  }

  /** Whether the field people are asked to leave empty was filled: a robot did. */
  public boolean looksLikeARobot() {
    return !honeypot.isEmpty();
  }

  /** Every problem, in the order of the fields. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(new Problem(NAME_FIELD, "comments.error.nameMissing", List.of()));
    } else if (name.length() > MAX_NAME) {
      problems.add(new Problem(NAME_FIELD, "comments.error.nameLong", List.of(MAX_NAME)));
    }
    if (email.length() > MAX_EMAIL || (!email.isEmpty() && !EMAIL.matcher(email).matches())) {
      problems.add(new Problem(EMAIL_FIELD, "comments.error.email", List.of()));
    }
    if (comment.isEmpty()) {
      problems.add(new Problem(COMMENT_FIELD, "comments.error.commentMissing", List.of()));
    } else if (comment.length() > MAX_COMMENT) {
      problems.add(
          new Problem(
              COMMENT_FIELD, "comments.error.commentLong", List.of(MAX_COMMENT, comment.length())));
    }
    return problems;
  }

  /** The comment's paragraphs, split at blank lines, for showing as plain text. */
  public static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    for (String p : body.replace("\r\n", "\n").split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static String clean(String s) {
    // NUL and other control characters (but newlines and tabs) are nobody's comment.
    return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").strip();
  }
}
