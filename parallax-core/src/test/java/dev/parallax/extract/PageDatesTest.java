package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.Fixtures;
import org.junit.jupiter.api.Test;

class PageDatesTest {

  private final HtmlPageExtractor extractor = new HtmlPageExtractor();

  @Test
  void metaTagsBeyondOpenGraphAndLooseTimestampsAreRead() {
    assertEquals("2019-11-18T10:05+01:00", extractor.published(
        "<head><meta name=\"parsely-pub-date\" content=\"2019-11-18T10:05:00+01:00\"></head>", null).iso());
    assertEquals("2021-03-04T09:00+02:00", extractor.published(
        "<head><meta property=\"article:published_time\" content=\"2021-03-04T09:00:00+02:00CET\"></head>", null).iso());
    assertEquals("2020-12-05T23:15Z", extractor.published(
        "<head><meta property=\"article:published_time\" content=\"2020-12-05T23:15:0Z\"></head>", null).iso());
    assertEquals("2019-10-19T00:04+02:00", extractor.published(
        "<head><meta name=\"date\" content=\"Sat, 19 Oct 2019 00:04:00 +0200\"></head>", null).iso());
    assertEquals("2018-06-30", extractor.published("<head><meta name=\"date\" content=\"20180630\"></head>", null).iso());
  }

  @Test
  void urlPathDatesConfirmDeclaredOnesAndBeatGenericOnes() {
    assertEquals("2019-11-18", PageDates.dateInUrl("https://a.example/2019/11/18/story").iso());
    assertEquals("2020-02-29", PageDates.dateInUrl("https://a.example/news/2020-02-29-leap").iso());
    assertEquals("2017-05-03", PageDates.dateInUrl("https://a.example/story_20170503.html").iso());
    assertNull(PageDates.dateInUrl("https://a.example/2019/13/45/no"));
    assertNull(PageDates.dateInUrl("https://a.example/id/1234567890"));
    assertEquals("2017-07-12", PageDates.dateInUrl("https://a.example/home/2017/7/12/story").iso());
    assertNull(PageDates.dateInUrl("https://a.example/2023/10/3-questions-for-tina"), "a year-month and a title");
    assertEquals("2019-11-18", extractor.published(
        "<head><meta name=\"date\" content=\"2019-11-19T01:00:00+01:00\"></head>", "https://a.example/2019/11/18/story").iso());
    assertEquals("2019-11-18T09:00+01:00", extractor.published(
        "<head><meta name=\"date\" content=\"2019-11-18T09:00:00+01:00\"></head>", "https://a.example/2019/11/18/story").iso());
    assertEquals("2020-07-09T10:04:04Z", extractor.published(
        "<head><meta property=\"article:published_time\" content=\"2020-07-09T10:04:04Z\"></head>",
        "https://a.example/politics/2020/07/08/story.html").iso(), "a declared publication date beats the URL's");
  }

  @Test
  void declarationsThatDisagreeAreSettledByTheDateTheArticleShows() {
    String page = "<head><script type=\"application/ld+json\">{\"datePublished\": \"2022-01-04T07:29:00Z\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34\"></head><body><article>"
        + "<h1>Vanlife in Sweden</h1><div class=\"article-info\">06.01.2022</div>"
        + "<p>Three weeks in a van along the lakes of Värmland taught us more about rain than about Sweden itself.</p>"
        + "</article></body>";
    assertEquals("2022-01-06T08:29:34", extractor.published(page, null).iso());
  }

  @Test
  void aGenericMetaDateLosesToTheDateTheArticleShows() {
    String page = "<head><meta name=\"date\" content=\"2020-04-30\"></head><body><article><h2>Rent strike</h2>"
        + "<ul class=\"Infoline\"><li class=\"Author\">Von Moritz Wichmann</li><li class=\"Date\">29.04.2020, 12:01 Uhr</li></ul>"
        + "<p>Tenants in several cities have stopped paying rent, saying that the pandemic left them without income.</p>"
        + "</article></body>";
    assertEquals("2020-04-29", extractor.published(page, null).iso());
  }

  @Test
  void sidebarTimeElementsBeforeTheArticleAreNotItsDate() {
    PageContent page = page("dates-sidebar-time-first.html", null);
    assertEquals("2024-09-12T10:30+02:00", page.published().iso());
  }

  @Test
  void aModifiedDateDeclaredFirstIsNeverTakenAsPublished() {
    PageContent page = page("dates-modified-meta-first.html", null);
    assertEquals("2023-05-02T07:45+02:00", page.published().iso());
    assertEquals("2023-05-04T16:20+02:00", page.modified().iso());
    assertEquals("Lokales", page.section());
  }

  @Test
  void commentDatesAreNotTheArticlesDate() {
    PageContent page = page("dates-comments.html", null);
    assertEquals("2021-03-14", page.published().iso());
    assertNull(page.modified());
  }

  @Test
  void aYearMonthUrlAloneInventsNoDayButPrefersShownDatesOfItsMonth() {
    assertNull(page("dates-year-month-url.html", "https://juliablog.example/2018/08/roadtrip-irland.html").published());
    String shown = "<body><article><h1>Roadtrip</h1><p class=\"meta\">Nachtrag vom 3. September 2018</p>"
        + "<p class=\"date\">Donnerstag, 2. August 2018</p><p>Drei Wochen lang sind wir die Westküste entlang gefahren, "
        + "von Kerry bis nach Donegal.</p></article></body>";
    assertEquals("2018-08-02", extractor.published(shown, "https://juliablog.example/2018/08/roadtrip.html").iso());
    assertEquals("2018-09-03", extractor.published(shown, "https://juliablog.example/roadtrip.html").iso());
  }

  @Test
  void aUtcTimestampTakesTheLocalDayTheArticleShows() {
    PageContent page = page("dates-utc-timestamp.html", null);
    assertEquals("2021-11-05", page.published().iso());
    assertEquals("2021-11-05T12:42Z", page.modified().iso());
  }

  @Test
  void aUtcTimestampIsGivenInTheOffsetThePageStatesTheSameInstantWith() {
    String page = "<head><meta property=\"article:published_time\" content=\"2023-11-09T06:35:29+00:00\"></head>"
        + "<body><article><h1>Arrest made</h1><p>Posted: <time datetime=\"2023-11-08T22:35:29-08:00\">Nov 8, 2023 / "
        + "10:35 PM PST</time></p><p>Police arrested a man on Wednesday in connection with the case, officials said.</p>"
        + "</article></body>";
    assertEquals("2023-11-08T22:35:29-08:00", extractor.published(page, null).iso());
    String localTime = "<head><meta property=\"article:published_time\" content=\"2023-11-09T01:09:55Z\"></head>"
        + "<body><article><h1>Playoffs</h1><div class=\"meta\"><time datetime=\"2023-11-08T18:09:55\">November 8, "
        + "2023 at 6:09 p.m.</time></div><p>The second weekend of the high school football playoffs brought three "
        + "upsets.</p></article></body>";
    assertEquals("2023-11-08T18:09:55-07:00", extractor.published(localTime, null).iso());
  }

  @Test
  void aJsonLdGraphGivesBothDatesAndTheSection() {
    PageContent page = page("dates-json-ld-graph.html", null);
    assertEquals("2022-10-05T21:40+01:00", page.published().iso());
    assertEquals("2022-10-06T18:02:11+01:00", page.modified().iso());
    assertEquals("Transport", page.section());
  }

  @Test
  void listsOfOtherArticlesDatesAndImplausibleDatesAreSkipped() {
    StringBuilder list = new StringBuilder("<body><article><h1>Weekly column</h1><p class=\"publication\">Le "
        + "<time datetime=\"2019-06-28T13:49:45Z\">28 juin 2019</time></p></article><div class=\"main\">");
    for (int i = 10; i < 20; i++) {
      list.append("<article><p class=\"publication\"><time pubdate datetime=\"2019-09-").append(i)
          .append("T10:00:00Z\">").append(i).append(" septembre</time></p><p>Another article of the site, one of many "
          + "listed below the column with a short summary.</p></article>");
    }
    assertEquals("2019-06-28T13:49:45Z", extractor.published(list.append("</div></body>").toString(), null).iso());
    assertEquals("2019-09-28", extractor.published("<body><p><span>28.09.19</span><span>12:44</span> "
        + "Posted 28 September 2019</p></body>", null).iso());
  }

  @Test
  void visibleDatesInEuropeanAndAsianLanguagesAndNumericForms() {
    assertEquals("2019-06-13", WrittenDates.first("Publié le 13 juin 2019 à 10h").iso());
    assertEquals("2020-03-03", WrittenDates.first("Madrid, 3 de marzo de 2020").iso());
    assertEquals("2021-08-01", WrittenDates.first("1er août 2021").iso());
    assertEquals("2014-07-19", WrittenDates.first("Veröffentlicht am 19. Juli 2014 von Redaktion").iso());
    assertEquals("2012-12-16", WrittenDates.first("Beitrag vom 16.12.2012, 14:03 Uhr").iso());
    assertEquals("2019-11-18", WrittenDates.first("Posted Nov 18, 2019; updated 19.11.2019").iso());
    assertEquals("2015-01-21", WrittenDates.first("Georg Quaas, 21. Jan. 2015").iso());
    assertEquals("2023-03-06", WrittenDates.first("Aktualisiert am 06. Mär. 2023").iso());
    assertEquals("2019-07-30", WrittenDates.first("30 juil. 2019").iso());
    assertEquals("2017-07-12", WrittenDates.first("Juli 12, 2017").iso());
    assertEquals("2020-07-12", WrittenDates.first("2020年07月12日").iso());
    assertEquals("2023-11-02", WrittenDates.first("2023.11.02. 오후 8:06").iso());
    assertEquals("2020-04-17", WrittenDates.first("2020/04/17 01:43:09").iso());
    assertNull(WrittenDates.first("Release 1.2.3 of the tool, build 31.13.2019"));
    assertNull(WrittenDates.first("28.09.1912:44"), "a year run into a time of day");
    assertEquals("2016-12-23", extractor.published("<body><nav>Home</nav><p>Posted on December 23, 2016 by admin</p></body>", null)
        .date().toString());
  }

  private PageContent page(String name, String url) {
    return extractor.extract(Fixtures.read("/dev/parallax/extract/html/" + name), url);
  }
}
