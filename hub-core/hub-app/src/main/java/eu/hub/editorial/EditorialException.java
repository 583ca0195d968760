package eu.hub.editorial;

import java.util.List;

/**
 * Why an editorial request was refused, with the HTTP status it maps to and a message for a person.
 * The screens show {@link #getMessage()} (and {@link #problems()}); the API answers it as JSON.
 */
public class EditorialException extends RuntimeException {

  private final int status;
  private final List<String> problems;

  public EditorialException(int status, String message) {
    this(status, message, List.of());
  }

  public EditorialException(int status, String message, List<String> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  /** The HTTP status: 400, 401, 403, 404, 409 or 422. */
  public int status() {
    return status;
  }

  /** Each thing to fix, when there are several (422). */
  public List<String> problems() {
    return problems;
  }

  /** 401: nobody signed in, or a wrong API token. */
  public static EditorialException notSignedIn(String message) {
    return new EditorialException(401, message);
  }

  /** 403: this editor may not do this (role, transition or another partner's item). */
  public static EditorialException forbidden(String message) {
    return new EditorialException(403, message);
  }

  /** 404: no such item or revision. */
  public static EditorialException notFound(String message) {
    return new EditorialException(404, message);
  }

  /** 409: the transition does not start from the item's state, or the slug is taken. */
  public static EditorialException wrongState(String message) {
    return new EditorialException(409, message);
  }

  /** 422: values that cannot be saved, each problem listed. */
  public static EditorialException invalid(String message, List<String> problems) {
    return new EditorialException(422, message, problems);
  }
}
