package dev.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

  @TempDir
  Path temp;

  private final FileIngest ingest = new FileIngest();

  @Test
  void rssItemsBecomeDocumentsWithLinkTitleDateAndContent() throws Exception {
    Path feed = fixture("harbour.rss");
    FileIngest.Inputs inputs = ingest.read(List.of(feed));
    assertEquals(2, inputs.documents().size());
    RawDocument pier = inputs.documents().get(0);
    assertEquals("https://herald.example.org/news/pier-reopens?utm_source=rss", pier.source());
    assertEquals(SourceFormat.HTML, pier.format());
    assertTrue(pier.content().startsWith("<p>The harbour authority reopened"), "content:encoded wins over the description");
    assertEquals("Northern pier reopens after storm repairs", pier.hints().title());
    assertEquals("2024-03-12T09:30Z", pier.hints().published().iso());
    assertEquals("Coastal Herald", pier.hints().outlet(), "the channel title, not the image title");
    RawDocument review = inputs.documents().get(1);
    assertEquals("Council to review flood defences & sea walls", review.hints().title());
    assertTrue(review.content().startsWith("<p>The council said"), "an escaped-HTML description is HTML");
    assertEquals("2024-03-13T08:00+01:00", review.hints().published().iso());
    assertEquals(List.of(new IngestError("https://herald.example.org/news/empty", ErrorCode.EMPTY,
        "item 3 has no content or description")), inputs.errors());
  }

  @Test
  void atomEntriesTakeTheAlternateLinkAndKeepXhtmlAsMarkup() throws Exception {
    FileIngest.Inputs inputs = ingest.read(List.of(fixture("harbour.atom")));
    assertEquals(List.of(), inputs.errors());
    RawDocument ferries = inputs.documents().get(0);
    assertEquals("https://gazette.example.org/ferries-return", ferries.hints().url());
    assertEquals("Ferries return to the pier", ferries.hints().title());
    assertEquals("2024-03-14T07:15Z", ferries.hints().published().iso(), "published wins over updated");
    assertEquals("Island Gazette", ferries.hints().outlet());
    assertTrue(ferries.content().contains("<p>The first ferries in three weeks"), ferries.content());
    assertTrue(ferries.content().contains("smoothly &amp; on time"), "text inside markup stays escaped");
    RawDocument plain = inputs.documents().get(1);
    assertEquals(SourceFormat.TEXT, plain.format());
    assertEquals("2024-03-15T10:00Z", plain.hints().published().iso(), "updated when nothing else dates it");
  }

  @Test
  void entityExpansionAndExternalEntitiesAreRefused() throws Exception {
    for (String name : List.of("billion-laughs.xml", "xxe.rss")) {
      FileIngest.Inputs inputs = ingest.read(List.of(fixture(name)));
      assertEquals(List.of(), inputs.documents(), name);
      assertEquals(ErrorCode.MALFORMED, inputs.errors().get(0).code(), name);
      assertFalse(inputs.errors().get(0).message().contains("root:"), "no file content leaks into messages");
    }
  }

  @Test
  void aTruncatedFeedKeepsTheItemsBeforeTheBreak() throws Exception {
    Path feed = fixture("truncated.rss");
    FileIngest.Inputs inputs = ingest.read(List.of(feed));
    assertEquals(List.of("https://cut.example.org/1"), inputs.documents().stream().map(RawDocument::source).toList());
    IngestError error = inputs.errors().get(0);
    assertEquals(ErrorCode.MALFORMED, error.code());
    assertTrue(error.message().endsWith("(1 items before it were read)"), error.message());
  }

  @Test
  void xmlThatIsNotAFeedIsUnsupported() throws Exception {
    FileIngest.Inputs inputs = ingest.read(List.of(fixture("sitemap.xml")));
    assertEquals(ErrorCode.UNSUPPORTED, inputs.errors().get(0).code());
  }

  @Test
  void deepNestingStopsTheFeedWithANamedError() throws Exception {
    Path feed = temp.resolve("deep.rss");
    Files.writeString(feed, "<rss><channel>" + "<x>".repeat(100_000), StandardCharsets.UTF_8);
    FileIngest.Inputs inputs = ingest.read(List.of(feed));
    assertEquals(ErrorCode.TOO_LARGE, inputs.errors().get(0).code());
    assertTrue(inputs.errors().get(0).message().startsWith("elements nested deeper than 256"));
  }

  @Test
  void invalidBytesAreAnEncodingErrorAndAnEmptyFeedIsEmpty() throws Exception {
    Path bad = temp.resolve("bad.rss");
    Files.write(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>\u00ff\u00fe</title></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(ErrorCode.INVALID_ENCODING, ingest.read(List.of(bad)).errors().get(0).code());
    Path none = temp.resolve("none.atom");
    Files.writeString(none, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>");
    assertEquals(List.of(new IngestError(none.toString(), ErrorCode.EMPTY, "the feed has no items")),
        ingest.read(List.of(none)).errors());
  }

  @Test
  void feedDatesReadRfc822VariantsAndDropTheRest() {
    assertEquals("2024-03-12T09:30-05:00", FeedDates.parse("Tue, 12 Mar 2024 09:30:00 EST").iso());
    assertEquals("2024-03-02T09:30Z", FeedDates.parse("2 Mar 24 09:30 GMT").iso());
    assertEquals("2024-03-12T09:30:15+02:00", FeedDates.parse("Tue, 12 March 2024 09:30:15 +0200").iso());
    assertEquals("2024-03-12", FeedDates.parse("2024-03-12").iso());
    assertNull(FeedDates.parse("last Tuesday"));
    assertNull(FeedDates.parse("Tue, 31 Feb 2024 09:30:00 GMT"));
    assertNull(FeedDates.parse("Tue, 12 Mar 2024 09:30:00 XYZ"));
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(FeedReaderTest.class.getResource("/dev/parallax/ingest/feeds/" + name).toURI());
  }
}
