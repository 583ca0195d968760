package eu.hub.magazine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class HtmlToPdfTest {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><style>
      @page { size: A4; margin: 20mm; @bottom-center { content: counter(page); } }
      @page :first { @bottom-center { content: none; } }
      .toc a::after { content: leader('.') target-counter(attr(href), page); }
      .article { page-break-before: always; }
      body { font-family: serif; }
      </style></head><body>
      <h1>Cover <br> and <img src="https://example.invalid/cover.png" alt="cover"> unclosed
      <ul class="toc"><li><a href="#a-one">First</a><li><a href="#a-two">Second</a></ul>
      <div class="article" id="a-one"><h2>First article</h2><p>Text – “quoted” → arrow</p></div>
      <div class="article" id="a-two"><h2>Second article</h2><p>More</p></div>
      </body></html>
      """;

  @Test
  void sloppyHtmlBecomesAPdfWithPageNumbersAndATableOfContentsThatPointsAtPages()
      throws IOException {
    byte[] pdf = HtmlToPdf.render(PAGE, "http://localhost/");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(3);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String cover = stripper.getText(document);
      assertThat(cover)
          .containsPattern("First\\W*\\.*\\s*2")
          .containsPattern("Second\\W*\\.*\\s*3");
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document).lines().map(String::strip)).contains("2");
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      assertThat(stripper.getText(document)).contains("Second article");
    }
  }

  @Test
  void nothingIsFetchedWhileRenderingSoAnUnreachableImageDoesNotStopThePdf() {
    long start = System.nanoTime();
    byte[] pdf =
        HtmlToPdf.render(
            "<p>Before<img src=\"http://10.255.255.1/slow.png\">after</p>", "http://localhost/");
    assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }
}
