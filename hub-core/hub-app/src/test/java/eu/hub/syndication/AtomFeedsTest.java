package eu.hub.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.SyndFeedInput;
import eu.hub.testkit.Xml;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedsTest {

  private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:15:30Z");
  private static final Instant UPDATED = Instant.parse("2026-04-02T08:00:00Z");

  private static FeedEntry entry(String title, String summary) {
    return new FeedEntry(
        "tag:hub.example.eu,2026-03-01:case-study/7",
        title,
        "https://hub.example.eu/case-studies/angus",
        PUBLISHED,
        UPDATED,
        summary,
        List.of("A. Writer"),
        List.of(
            new FeedEntry.Contributor("Angus Council", "https://hub.example.eu/partners/angus"),
            new FeedEntry.Contributor("An Editor", null)),
        List.of(
            new FeedEntry.Category(
                "united-kingdom", "https://hub.example.eu/countries/", "United Kingdom")));
  }

  private static FeedDocument document(List<FeedEntry> entries) {
    return new FeedDocument(
        "https://hub.example.eu/feeds/case-studies.atom",
        "Case studies – Hub",
        "https://hub.example.eu/feeds/case-studies.atom",
        "https://hub.example.eu/case-studies",
        FeedDocument.updatedOf(entries),
        "Hub",
        "https://hub.example.eu/",
        entries);
  }

  private static Feed parse(String xml) throws Exception {
    SyndFeedInput input = new SyndFeedInput();
    input.setXmlHealerOn(false);
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    return (Feed) input.build(Xml.parse(xml)).originalWireFeed();
  }

  @Test
  void aFeedHasItsIdTitleSelfAndAlternateLinksUpdatedAndTheSiteAsAuthor() throws Exception {
    Feed feed = parse(AtomFeeds.write(document(List.of(entry("Angus", "Summary")))));

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getId()).isEqualTo("https://hub.example.eu/feeds/case-studies.atom");
    assertThat(feed.getTitle()).isEqualTo("Case studies – Hub");
    assertThat(feed.getAlternateLinks())
        .extracting(Link::getRel, Link::getHref)
        .containsExactly(tuple("alternate", "https://hub.example.eu/case-studies"));
    assertThat(feed.getOtherLinks())
        .extracting(Link::getRel, Link::getHref)
        .containsExactly(tuple("self", "https://hub.example.eu/feeds/case-studies.atom"));
    assertThat(feed.getUpdated()).isEqualTo(Date.from(UPDATED));
    assertThat(feed.getAuthors())
        .singleElement()
        .satisfies(a -> assertThat(a.getName()).isEqualTo("Hub"));
  }

  @Test
  void anEntryCarriesIdLinkDatesSummaryPeopleAndCategories() throws Exception {
    Entry entry =
        parse(AtomFeeds.write(document(List.of(entry("Angus", "Summary")))))
            .getEntries()
            .getFirst();

    assertThat(entry.getId()).isEqualTo("tag:hub.example.eu,2026-03-01:case-study/7");
    assertThat(entry.getTitle()).isEqualTo("Angus");
    assertThat(entry.getAlternateLinks())
        .singleElement()
        .satisfies(
            l -> assertThat(l.getHref()).isEqualTo("https://hub.example.eu/case-studies/angus"));
    assertThat(entry.getPublished()).isEqualTo(Date.from(PUBLISHED));
    assertThat(entry.getUpdated()).isEqualTo(Date.from(UPDATED));
    assertThat(entry.getSummary().getValue()).isEqualTo("Summary");
    assertThat(entry.getAuthors()).extracting(a -> a.getName()).containsExactly("A. Writer");
    assertThat(entry.getContributors())
        .extracting(c -> c.getName(), c -> c.getUri())
        .containsExactly(
            tuple("Angus Council", "https://hub.example.eu/partners/angus"),
            tuple("An Editor", null));
    assertThat(entry.getCategories())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getTerm()).isEqualTo("united-kingdom");
              assertThat(c.getScheme()).isEqualTo("https://hub.example.eu/countries/");
              assertThat(c.getLabel()).isEqualTo("United Kingdom");
            });
  }

  @Test
  void markupInTitlesAndSummariesIsEscapedText() throws Exception {
    String xml =
        AtomFeeds.write(document(List.of(entry("<b>Bold</b> & co", "<script>x</script>"))));

    Entry entry = parse(xml).getEntries().getFirst();
    assertThat(entry.getTitle()).isEqualTo("<b>Bold</b> & co");
    assertThat(entry.getSummary().getValue()).isEqualTo("<script>x</script>");
    assertThat(xml).doesNotContain("<script>");
  }

  @Test
  void anEntryWithoutSummaryHasNoEmptySummaryElement() throws Exception {
    String xml = AtomFeeds.write(document(List.of(entry("Angus", null))));

    assertThat(xml).doesNotContain("<summary");
    assertThat(parse(xml).getEntries()).hasSize(1);
  }

  @Test
  void anEmptyFeedIsValidAndItsUpdatedTimeDoesNotChange() throws Exception {
    String first = AtomFeeds.write(document(List.of()));
    String second = AtomFeeds.write(document(List.of()));

    assertThat(first).isEqualTo(second);
    assertThat(parse(first).getUpdated()).isEqualTo(Date.from(FeedDocument.NOTHING_YET));
  }
}
