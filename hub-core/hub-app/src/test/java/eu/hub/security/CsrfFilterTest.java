package eu.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsrfFilterTest {

  private static byte[] body(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void theTokenIsReadFromTheFirstFieldOfAMultipartUpload() {
    byte[] head =
        body(
            "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc-123_Z\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n\u0089PNG...");
    assertThat(CsrfFilter.firstMultipartField(head, "XyZ", "csrf")).isEqualTo("abc-123_Z");
  }

  @Test
  void aTokenAfterTheFileOrInAFilePartIsNotAccepted() {
    byte[] fileFirst =
        body(
            "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nxx\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n--B--");
    assertThat(CsrfFilter.firstMultipartField(fileFirst, "B", "csrf")).isNull();
    byte[] tokenAsFile =
        body(
            "--B\r\nContent-Disposition: form-data; name=\"csrf\"; filename=\"t\"\r\n\r\n"
                + "token\r\n--B--");
    assertThat(CsrfFilter.firstMultipartField(tokenAsFile, "B", "csrf")).isNull();
    assertThat(CsrfFilter.firstMultipartField(body("--B\r\n"), null, "csrf")).isNull();
  }
}
