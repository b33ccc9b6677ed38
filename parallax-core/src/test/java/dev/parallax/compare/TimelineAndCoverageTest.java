package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineAndCoverageTest {

  private final List<AnnotatedArticle> march = CompareFixtures.march();

  @Test
  void daysAreInCalendarOrderEachWithTheSentencesThatDateIt() {
    Timeline timeline = new TimelineBuilder().build(march);
    List<LocalDate> days = timeline.entries().stream().map(Timeline.Entry::date).toList();
    assertEquals(List.of(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 13)), days);
    Timeline.Entry march13 = timeline.entries().get(1);
    assertEquals(3, march13.sources().size(), march13.toString());
    for (Timeline.Source source : march13.sources()) {
      AnnotatedArticle article = march.stream().filter(a -> a.id().equals(source.article())).findFirst().orElseThrow();
      assertTrue(source.span().of(article.body()).contains("Tuesday"));
    }
  }

  @Test
  void coverageOrdersReportsByPublicationAndNamesTheFirst() {
    Coverage coverage = new CoverageCounter().count(march);
    assertEquals(3, coverage.outlets());
    assertEquals(CompareFixtures.of(march, CompareFixtures.HERALD).id(), coverage.first());
    assertEquals("Harbour Herald", coverage.reports().get(0).outlet());
  }
}
