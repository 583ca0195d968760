package eu.hub.syndication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap in the sitemaps.org 0.9 protocol. The XML writer escapes every address, so a
 * query string with {@code &} stays valid XML.
 */
public final class SitemapXml {

  /** The sitemaps.org namespace. */
  public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** The protocol's limit for one file; more would need a sitemap index. */
  public static final int MAX_URLS = 50_000;

  private SitemapXml() {}

  /**
   * One address.
   *
   * @param loc absolute URL
   * @param lastmod when the page last changed; null when unknown
   */
  public record Url(String loc, Instant lastmod) {}

  /** The sitemap document, UTF-8 declared. */
  public static String write(List<Url> urls) {
    if (urls.size() > MAX_URLS) {
      throw new IllegalArgumentException(
          "A sitemap holds at most " + MAX_URLS + " addresses, not " + urls.size());
    }
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(NAMESPACE);
      for (Url url : urls) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(url.loc());
        xml.writeEndElement();
        if (url.lastmod() != null) {
          xml.writeStartElement("lastmod");
          xml.writeCharacters(w3cDateTime(url.lastmod()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the sitemap", e);
    }
    return out.toString();
  }

  /** W3C Datetime as the protocol asks for it, in UTC to the second. */
  static String w3cDateTime(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }
}
