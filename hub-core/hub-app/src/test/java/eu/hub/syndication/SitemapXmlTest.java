package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hub.testkit.Xml;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapXmlTest {

  @Test
  void eachAddressIsAUrlWithItsLastModificationInW3cDatetime() {
    Document doc =
        Xml.parse(
            SitemapXml.write(
                List.of(
                    new SitemapXml.Url(
                        "https://hub.example.eu/lessons/x?lang=sv&a=b",
                        Instant.parse("2026-05-06T07:08:09.123Z")),
                    new SitemapXml.Url("https://hub.example.eu/", null))));

    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
    assertThat(root.getLocalName()).isEqualTo("urlset");
    var urls = root.getElementsByTagNameNS(SitemapXml.NAMESPACE, "url");
    assertThat(urls.getLength()).isEqualTo(2);
    Element first = (Element) urls.item(0);
    assertThat(first.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0).getTextContent())
        .isEqualTo("https://hub.example.eu/lessons/x?lang=sv&a=b");
    assertThat(
            first.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").item(0).getTextContent())
        .isEqualTo("2026-05-06T07:08:09Z");
    Element second = (Element) urls.item(1);
    assertThat(second.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").getLength()).isZero();
  }

  @Test
  void theDocumentDeclaresUtf8() {
    assertThat(SitemapXml.write(List.of()))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  }

  @Test
  void moreAddressesThanTheProtocolAllowsAreRefused() {
    List<SitemapXml.Url> tooMany =
        Collections.nCopies(
            SitemapXml.MAX_URLS + 1, new SitemapXml.Url("https://hub.example.eu/", null));

    assertThatThrownBy(() -> SitemapXml.write(tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("50000");
  }
}
