package eu.hub.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Entity tags (RFC 9110, section 8.8.3): computing them from a body and comparing them. */
final class EntityTags {
  private EntityTags() {}

  /** A strong tag for the body: its SHA-256, base64url without padding, quoted. */
  static String strongTagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header matches the current tag. It uses the weak comparison
   * the RFC prescribes for this header: {@code W/"x"} matches {@code "x"}. {@code *} matches any
   * current representation.
   */
  static boolean noneMatchHits(String ifNoneMatch, String currentTag) {
    if (ifNoneMatch == null || currentTag == null) {
      return false;
    }
    if (ifNoneMatch.strip().equals("*")) {
      return true;
    }
    String current = opaque(currentTag);
    for (String tag : parseList(ifNoneMatch)) {
      if (opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entity tags of a header value, each as written ({@code W/"x"} or {@code "x"}). Commas
   * inside quotes belong to the tag; anything that is not a tag is skipped.
   */
  static List<String> parseList(String header) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    int n = header.length();
    while (i < n) {
      char c = header.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      if (header.startsWith("W/", i)) {
        i += 2;
      }
      if (i < n && header.charAt(i) == '"') {
        int end = header.indexOf('"', i + 1);
        if (end < 0) {
          break;
        }
        tags.add(header.substring(start, end + 1));
        i = end + 1;
      } else {
        // Not a tag: skip to the next comma.
        int comma = header.indexOf(',', i);
        i = comma < 0 ? n : comma + 1;
      }
    }
    return tags;
  }

  /** The quoted part of a tag, without a weak prefix. */
  private static String opaque(String tag) {
    String t = tag.strip();
    return t.startsWith("W/") ? t.substring(2) : t;
  }

  /** The bytes of a text body as they go on the wire. */
  static byte[] bytesOf(String body, String charset) {
    try {
      return body.getBytes(charset == null ? "UTF-8" : charset);
    } catch (java.io.UnsupportedEncodingException e) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }
}
