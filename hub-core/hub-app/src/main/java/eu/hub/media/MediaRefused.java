package eu.hub.media;

import java.util.List;

/**
 * An upload or change the library refuses, with the HTTP status to answer and a UI string key (and
 * its arguments) that says why in the reader's language. {@code field} names the form field at
 * fault, so that the error summary can link to it.
 */
public class MediaRefused extends RuntimeException {

  private final int status;
  private final String key;
  private final String field;
  private final transient List<Object> args;

  public MediaRefused(int status, String field, String key, Object... args) {
    super(key);
    this.status = status;
    this.field = field;
    this.key = key;
    this.args = List.of(args);
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public String field() {
    return field;
  }

  public Object[] args() {
    return args.toArray();
  }
}
