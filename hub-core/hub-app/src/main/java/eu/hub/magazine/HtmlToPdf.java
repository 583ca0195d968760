package eu.hub.magazine;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns a themed HTML page into a PDF. Themes write ordinary HTML, but openhtmltopdf needs a
 * well-formed document, so jsoup parses the HTML as a browser would and hands over a W3C DOM.
 *
 * <p>Nothing is fetched while rendering: no network, no files. A template or an article that points
 * at an outside image or style sheet must not make the server call out (or wait) on a reader's
 * request; the PDF uses the PDF base fonts, which need no font files on the server.
 */
final class HtmlToPdf {

  private HtmlToPdf() {}

  /**
   * @param baseUri what relative links in the HTML resolve against, so that links in the PDF lead
   *     back to the site
   */
  static byte[] render(String html, String baseUri) {
    return render(Jsoup.parse(html, baseUri), baseUri);
  }

  /** A page already parsed, for callers that adjust it first. */
  static byte[] render(org.jsoup.nodes.Document parsed, String baseUri) {
    org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .withW3cDocument(document, baseUri)
          .useExternalResourceAccessControl(
              (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl(
              (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withProducer("The Hub")
          .toStream(out)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the PDF", e);
    }
    return out.toByteArray();
  }
}
