package dev.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Fixtures;
import dev.parallax.SpanInvariants;
import dev.parallax.model.AnnotatedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

  private static final String DIR = "/dev/parallax/extract/text/";
  private final Annotator annotator = Annotator.standard();

  @Test
  void everyFixtureSatisfiesTheSpanInvariants() {
    for (String name : List.of("menu-byline-caption-footer.txt", "no-headline-credit-line.txt", "caption-credit-pitch.txt",
        "masthead-published-subscribe.txt", "roundup.txt")) {
      SpanInvariants.check(annotator.annotate(Fixtures.article(DIR + name)));
    }
  }

  @Test
  void eventDateComesFromTheLeadResolvedAgainstPublication() {
    AnnotatedArticle strike = annotator.annotate(Fixtures.article(DIR + "menu-byline-caption-footer.txt"));
    assertEquals(LocalDate.of(2025, 3, 3), strike.eventDate(), "'on Monday' in a piece of Tuesday 2025-03-04");
    AnnotatedArticle talks = annotator.annotate(Fixtures.article(DIR + "masthead-published-subscribe.txt"));
    assertEquals(LocalDate.of(2025, 3, 6), talks.eventDate(), "'on Thursday' in a piece of Thursday 2025-03-06");
  }

  @Test
  void undatedArticleHasNoEventDateFromRelativeWords() {
    AnnotatedArticle dam = annotator.annotate(Fixtures.article(DIR + "no-headline-credit-line.txt"));
    assertEquals(null, dam.eventDate());
  }

  @Test
  void roundupTailIsASeparateSegment() {
    AnnotatedArticle roundup = annotator.annotate(Fixtures.article(DIR + "roundup.txt"));
    assertTrue(roundup.segments().size() >= 2, roundup.segments().toString());
    String lead = roundup.lead().of(roundup.body());
    assertTrue(lead.contains("spillway walls"), lead);
    assertTrue(!lead.contains("Rovers") && !lead.contains("Quillon"), lead);
  }

  @Test
  void ordinaryArticleIsOneSegment() {
    AnnotatedArticle strike = annotator.annotate(Fixtures.article(DIR + "menu-byline-caption-footer.txt"));
    assertEquals(1, strike.segments().size());
  }
}
