package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Fixtures;
import dev.parallax.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPageExtractorTest {

  private static final String DIR = "/dev/parallax/extract/text/";

  @Test
  void menuBylineCaptionAndFooterAreRemovedAndMetadataRead() {
    Article article = Fixtures.article(DIR + "menu-byline-caption-footer.txt");
    assertEquals("Harbour cranes fall silent as Kelmar dockworkers strike", article.headline());
    assertEquals("The Harbour Herald", article.outlet());
    assertEquals("2025-03-04T10:15", article.published().iso());
    assertEquals(List.of("Marta Osk"), article.authors());
    assertEquals(1, article.captions().size());
    assertTrue(article.captions().get(0).endsWith("[Photo/Agencies]"));
    assertTrue(article.body().startsWith("Dockworkers at the port of Kelmar walked off"));
    assertTrue(article.body().endsWith("according to harbour officials."));
    assertEquals(4, article.paragraphs().size());
    for (String leftover : List.of("weekend picks", "Home | Business", "Global Edition", "BACK TO THE TOP",
        "Registration Number: 442817")) {
      assertFalse(article.body().contains(leftover), leftover);
      assertTrue(article.boilerplate().contains(leftover), leftover);
    }
    assertFalse(article.body().contains("Copyright"));
  }

  @Test
  void pageWithoutHeadlineKeepsItsFirstSentenceAndReadsTheCreditLine() {
    Article article = Fixtures.article(DIR + "no-headline-credit-line.txt");
    assertNull(article.headline());
    assertNull(article.outlet());
    assertNull(article.published());
    assertTrue(article.body().startsWith("Engineers at the Vasselo dam opened all six spillway gates"));
    assertEquals(List.of("Jonas Peltt"), article.authors());
    assertEquals(List.of("Meridian Wire"), article.credits());
    assertEquals(List.of("Rescue crews moved some 2,000 residents from three villages below the dam as a precaution. (Photo: Valley Courier)"),
        article.captions());
    for (String leftover : List.of("Jonas Peltt (Source: Meridian Wire)", "Source", "Comment (3)")) {
      assertTrue(article.boilerplate().contains(leftover), leftover);
    }
    assertFalse(article.body().contains("Comment (3)"));
    assertFalse(article.body().contains("Photo: Valley Courier"));
  }

  @Test
  void captionBeforeAPhotoCreditAndAClosingPitchLeaveTheBody() {
    Article article = Fixtures.article(DIR + "caption-credit-pitch.txt");
    assertEquals("Strikers Block Port Gates as Talks Stall", article.headline());
    assertEquals("The Northgate Times", article.outlet());
    assertTrue(article.captions().get(0).startsWith("Workers gather at the north gate"));
    assertFalse(article.body().contains("Workers gather"));
    assertFalse(article.body().contains("ANNA VOSS"));
    assertFalse(article.body().contains("Do you have a tip"));
    assertTrue(article.boilerplate().containsAll(List.of("0", "12", "ANNA VOSS/Meridian Wire/Getty Images")));
    assertTrue(article.body().contains("The Northgate Times has contacted the port authority"));
  }

  @Test
  void mastheadWithSectionNamesTheOutletAndPublishedLineDatesIt() {
    Article article = Fixtures.article(DIR + "masthead-published-subscribe.txt");
    assertEquals("Union and port authority agree to resume talks", article.headline());
    assertEquals("Meridian Wire", article.outlet());
    assertEquals("2025-03-06", article.published().iso());
    assertEquals(List.of("Union leader Tomas Brell (MW Photo)"), article.captions());
    for (String leftover : List.of("Contact Us", "Meridian Wire BUSINESS", "Subscribe", "Published March 6,2025")) {
      assertTrue(article.boilerplate().contains(leftover), leftover);
      assertFalse(article.body().contains(leftover), leftover);
    }
  }

  @Test
  void subHeadingBetweenParagraphsStaysInTheBody() {
    Article article = Fixtures.article(DIR + "roundup.txt");
    assertTrue(article.body().contains("\n\nTech briefs\n\n"));
    assertEquals("Valley Courier", article.outlet());
    assertEquals(List.of("Ira Mohn"), article.authors());
  }

  @Test
  void paragraphSpansPointIntoTheBody() {
    Article article = Fixtures.article(DIR + "menu-byline-caption-footer.txt");
    assertEquals("The port authority said it regretted the walkout and called for talks to resume before the end of the week.",
        article.paragraphs().get(2).of(article.body()));
  }
}
