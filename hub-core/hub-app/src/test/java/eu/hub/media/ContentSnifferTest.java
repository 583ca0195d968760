package eu.hub.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void pngJpegGifWebpAndPdfAreRecognisedByTheirBytes() {
    assertThat(ContentSniffer.check(TestFiles.image("png", 4, 3))).isEqualTo(MediaKind.PNG);
    assertThat(ContentSniffer.check(TestFiles.image("jpg", 4, 3))).isEqualTo(MediaKind.JPEG);
    assertThat(ContentSniffer.check(TestFiles.image("gif", 4, 3))).isEqualTo(MediaKind.GIF);
    assertThat(ContentSniffer.check(TestFiles.WEBP)).isEqualTo(MediaKind.WEBP);
    assertThat(ContentSniffer.check(TestFiles.pdf())).isEqualTo(MediaKind.PDF);
  }

  @Test
  void anSvgIsNotAnImageTheLibraryTakesWhateverItIsCalled() {
    assertThatThrownBy(() -> ContentSniffer.check(TestFiles.svg()))
        .isInstanceOfSatisfying(MediaRefused.class, r -> assertThat(r.status()).isEqualTo(415));
  }

  @Test
  void anHtmlPageAndPlainTextAreRefusedAsUnsupported() {
    for (byte[] data :
        new byte[][] {
          TestFiles.html(), "just text".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff}
        }) {
      assertThatThrownBy(() -> ContentSniffer.check(data))
          .isInstanceOfSatisfying(
              MediaRefused.class, r -> assertThat(r.key()).isEqualTo("media.error.type"));
    }
  }

  @Test
  void anImageWithAPageOrScriptJoinedToItIsRefusedAsDisguised() {
    assertThatThrownBy(() -> ContentSniffer.check(TestFiles.polyglotGif()))
        .isInstanceOfSatisfying(
            MediaRefused.class,
            r -> {
              assertThat(r.status()).isEqualTo(422);
              assertThat(r.key()).isEqualTo("media.error.disguised");
            });
    byte[] pngWithSvg =
        TestFiles.concat(
            TestFiles.image("png", 4, 4),
            "<SVG onload=alert(1)>".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> ContentSniffer.check(pngWithSvg)).isInstanceOf(MediaRefused.class);
  }

  @Test
  void aGifWithAZipArchiveOnItsEndIsRefused() {
    byte[] zipEnd = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    byte[] gifar = TestFiles.concat(TestFiles.image("gif", 4, 4), zipEnd);
    assertThatThrownBy(() -> ContentSniffer.check(gifar))
        .isInstanceOfSatisfying(
            MediaRefused.class, r -> assertThat(r.args()).containsExactly("ZIP"));
  }

  @Test
  void aPdfThatIsAlsoAnHtmlPageIsRefused() {
    byte[] pdfPage =
        TestFiles.concat(
            "%PDF-1.4\n<html><script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII),
            TestFiles.pdf());
    assertThatThrownBy(() -> ContentSniffer.check(pdfPage)).isInstanceOf(MediaRefused.class);
  }

  @Test
  void photoMetadataInXmpIsNotMistakenForMarkup() {
    byte[] withXmp =
        TestFiles.concat(
            TestFiles.image("jpg", 4, 4),
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF></rdf:RDF></x:xmpmeta>"
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(ContentSniffer.check(withXmp)).isEqualTo(MediaKind.JPEG);
  }

  @Test
  void aHugeClaimedSizeIsReadFromThePngHeaderWithoutDecoding() {
    byte[] bomb = TestFiles.pngClaiming(50_000, 50_000);
    assertThat(bomb.length).isLessThan(100);
    ImageHeaders.Dimensions d = ImageHeaders.read(bomb, ContentSniffer.check(bomb));
    assertThat(d.width()).isEqualTo(50_000);
    assertThat(d.pixels()).isEqualTo(2_500_000_000L);
  }

  @Test
  void theWebpHeaderGivesItsSize() {
    assertThat(ImageHeaders.read(TestFiles.WEBP, MediaKind.WEBP))
        .isEqualTo(new ImageHeaders.Dimensions(1, 1));
  }

  @Test
  void addressNamesAreAsciiWithTheExtensionOfTheContent() {
    assertThat(MediaLibrary.urlName("Foto från Jönköping.PNG", "jpg"))
        .isEqualTo("foto-fran-jonkoping.jpg");
    assertThat(MediaLibrary.urlName("../../etc/passwd", "png")).matches("[a-z0-9_-]+\\.png");
    assertThat(MediaLibrary.displayName("C:\\Users\\me\\evil.svg", MediaKind.PNG))
        .isEqualTo("evil.png");
  }
}
