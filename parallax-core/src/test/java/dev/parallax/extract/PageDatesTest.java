package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageDatesTest {

  private final HtmlPageExtractor extractor = new HtmlPageExtractor();

  @Test
  void metaTagsBeyondOpenGraphAndBadOffsetsAreRead() {
    assertEquals("2019-11-18T10:05+01:00", extractor.published(
        "<head><meta name=\"parsely-pub-date\" content=\"2019-11-18T10:05:00+01:00\"></head>", null).iso());
    assertEquals("2021-03-04", extractor.published(
        "<head><meta property=\"article:published_time\" content=\"2021-03-04T09:00:00+02:00CET\"></head>", null).iso());
    assertEquals("2018-06-30", extractor.published("<head><meta name=\"date\" content=\"20180630\"></head>", null).iso());
  }

  @Test
  void urlPathDatesWinOverDeclaredOnesThatDisagree() {
    assertEquals("2019-11-18", HtmlPageExtractor.dateInUrl("https://a.example/2019/11/18/story").iso());
    assertEquals("2020-02-29", HtmlPageExtractor.dateInUrl("https://a.example/news/2020-02-29-leap").iso());
    assertEquals("2017-05-03", HtmlPageExtractor.dateInUrl("https://a.example/story_20170503.html").iso());
    assertNull(HtmlPageExtractor.dateInUrl("https://a.example/2019/13/45/no"));
    assertNull(HtmlPageExtractor.dateInUrl("https://a.example/id/1234567890"));
    assertEquals("2017-07-12", HtmlPageExtractor.dateInUrl("https://a.example/home/2017/7/12/story").iso());
    assertEquals("2019-11-18", extractor.published(
        "<head><meta name=\"date\" content=\"2019-11-19T01:00:00+01:00\"></head>", "https://a.example/2019/11/18/story").iso());
    assertEquals("2019-11-18T09:00+01:00", extractor.published(
        "<head><meta name=\"date\" content=\"2019-11-18T09:00:00+01:00\"></head>", "https://a.example/2019/11/18/story").iso());
  }

  @Test
  void visibleDatesInEuropeanLanguagesAndDayFirstNumericForms() {
    assertEquals("2019-06-13", WrittenDates.first("Publié le 13 juin 2019 à 10h").iso());
    assertEquals("2020-03-03", WrittenDates.first("Madrid, 3 de marzo de 2020").iso());
    assertEquals("2021-08-01", WrittenDates.first("1er août 2021").iso());
    assertEquals("2014-07-19", WrittenDates.first("Veröffentlicht am 19. Juli 2014 von Redaktion").iso());
    assertEquals("2012-12-16", WrittenDates.first("Beitrag vom 16.12.2012, 14:03 Uhr").iso());
    assertEquals("2019-11-18", WrittenDates.first("Posted Nov 18, 2019; updated 19.11.2019").iso());
    assertNull(WrittenDates.first("Release 1.2.3 of the tool, build 31.13.2019"));
    assertEquals("2016-12-23", extractor.published("<body><nav>Home</nav><p>Posted on December 23, 2016 by admin</p></body>", null)
        .date().toString());
  }
}
