package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisPolicyTest {

  @Test
  void anEventSmallEnoughIsReadWholeInItsOrder() {
    List<AnnotatedArticle> members = List.of(member("a", "Herald", 2), member("b", "Herald", 1), member("c", "Times", 1));
    assertEquals(List.of("a", "b", "c"), new AnalysisPolicy(3).sampleEvent(members));
  }

  @Test
  void aLargeEventGivesEveryOutletAndDayOneArticleBeforeAnyGetsTwo() {
    List<AnnotatedArticle> members = List.of(member("h1", "Herald", 1), member("h2", "Herald", 1),
        member("h3", "Herald", 1), member("t1", "Times", 1), member("h4", "Herald", 2), member("t2", "Times", 2),
        member("u1", null, 1));
    // groups in day order, then outlet: (1, ""), (1, Herald), (1, Times), (2, Herald), (2, Times)
    assertEquals(List.of("u1", "h1", "t1", "h4", "t2"), new AnalysisPolicy(5).sampleEvent(members));
    assertEquals(List.of("u1", "h1", "t1", "h4", "t2", "h2"), new AnalysisPolicy(6).sampleEvent(members));
  }

  @Test
  void aStoryGoesRoundTheEventsLargestFirst() {
    AnalysisPolicy policy = new AnalysisPolicy(4);
    List<String> chosen = policy.sampleStory(List.of(List.of("a1"), List.of("b1", "b2", "b3"), List.of("c1", "c2")),
        List.of(1, 9, 2));
    assertEquals(List.of("b1", "c1", "a1", "b2"), chosen);
  }

  @Test
  void aPolicyReadsAtLeastOneArticle() {
    assertThrows(IllegalArgumentException.class, () -> new AnalysisPolicy(0));
  }

  private static AnnotatedArticle member(String id, String outlet, int day) {
    String body = "Body of " + id + ".";
    Article article = new Article(id, id + ".txt", null, outlet, "Headline " + id,
        PublicationTime.of(LocalDate.of(2024, 5, day)), List.of(), body, List.of(new Span(0, body.length())),
        List.of(), List.of(), List.of(), "en");
    return new AnnotatedArticle(article, List.of(new Span(0, body.length())), List.of(), List.of(), List.of(),
        List.of(), List.of(new Span(0, body.length())), null);
  }
}
