package eu.hub.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponsiveImagesTest {

  private static final ResponsiveImages LIBRARY =
      src ->
          src.equals("/media/12/original/harbour.jpg")
              ? Optional.of(
                  new ResponsiveImages.Attributes(
                      2000,
                      1000,
                      "/media/12/320/harbour.jpg 320w, /media/12/640/harbour.jpg 640w,"
                          + " /media/12/original/harbour.jpg 2000w",
                      "(max-width: 45em) 100vw, 45em"))
              : Optional.empty();

  @Test
  void anImageOfTheLibraryGetsItsSizeAndSrcsetOnThePage() {
    String html =
        new MarkdownRenderer(LIBRARY)
            .toHtml("![The harbour at dawn](/media/12/original/harbour.jpg)");
    assertThat(html)
        .contains("src=\"/media/12/original/harbour.jpg\"")
        .contains("alt=\"The harbour at dawn\"")
        .contains("width=\"2000\"")
        .contains("height=\"1000\"")
        .contains(
            "srcset=\"/media/12/320/harbour.jpg 320w , /media/12/640/harbour.jpg 640w ,"
                + " /media/12/original/harbour.jpg 2000w\"")
        .contains("sizes=\"(max-width: 45em) 100vw, 45em\"")
        .contains("loading=\"lazy\"");
  }

  @Test
  void otherImagesAreRenderedAsWritten() {
    String html = new MarkdownRenderer(LIBRARY).toHtml("![A chart](/assets/chart.png)");
    assertThat(html).contains("src=\"/assets/chart.png\"").doesNotContain("srcset");
  }

  @Test
  void theSanitizerDropsASrcsetThatPointsOutsideTheLibrary() {
    ResponsiveImages hostile =
        src ->
            Optional.of(
                new ResponsiveImages.Attributes(
                    10, 10, "https://evil.example/x.jpg 320w", "100vw\" onerror=\"alert(1)"));
    String html = new MarkdownRenderer(hostile).toHtml("![x](/media/1/original/x.png)");
    assertThat(html).doesNotContain("srcset").doesNotContain("sizes").doesNotContain("onerror");
  }
}
