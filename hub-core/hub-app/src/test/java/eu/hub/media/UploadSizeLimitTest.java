package eu.hub.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadSizeLimitTest {

  @Test
  void onlyUploadsToTheMediaLibraryAreHeldToItsLimit() {
    assertThat(UploadSizeLimit.isMediaUpload("admin/media")).isTrue();
    assertThat(UploadSizeLimit.isMediaUpload("/api/editorial/media")).isTrue();
    assertThat(UploadSizeLimit.isMediaUpload("api/admin/plugins")).isFalse();
    assertThat(UploadSizeLimit.isMediaUpload("sign-in")).isFalse();
  }
}
