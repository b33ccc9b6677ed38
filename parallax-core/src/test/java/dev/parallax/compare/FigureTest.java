package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

  private static List<Figure> figures(String text) {
    Article article = new Article("t", "test", null, null, null, null, List.of(), text,
        List.of(new Span(0, text.length())), List.of(), List.of(), List.of(), null);
    AnnotatedArticle annotated = Annotator.standard().annotate(article);
    return annotated.quantities().stream().map(quantity -> Figure.of(quantity, text)).toList();
  }

  @Test
  void lengthsInDifferentUnitsAgreeAndKeepWhatTheyMeasure() {
    Figure km = figures("The canal runs along a 2,150-kilometer frontier.").get(0);
    Figure miles = figures("It guards its 1,336-mile frontier closely.").get(0);
    assertEquals("frontier", km.thing());
    assertTrue(km.sameMeasure(miles));
    assertTrue(km.consistentWith(miles), "2,150 km is about 1,336 miles");
    assertFalse(km.consistentWith(figures("A 900 km frontier.").get(0)));
  }

  @Test
  void qualifiersMakeRanges() {
    Figure about = figures("About 4,000 travellers crossed.").get(0);
    Figure moreThan = figures("More than 3,000 travellers crossed.").get(0);
    Figure exact = figures("Exactly 2,000 travellers crossed.").get(0);
    assertEquals(Figure.Bound.ABOUT, about.bound());
    assertEquals(Figure.Bound.AT_LEAST, moreThan.bound());
    assertTrue(about.consistentWith(moreThan));
    assertFalse(exact.consistentWith(moreThan));
  }

  @Test
  void countsOfOneFramingFamilyAreOneMeasureButRatesAndTotalsAreNot() {
    Figure protesters = figures("About 5,000 protesters marched.").get(0);
    Figure rioters = figures("Some 12,000 rioters blocked the road.").get(0);
    assertTrue(protesters.sameMeasure(rioters));
    assertFalse(protesters.consistentWith(rioters));
    Figure perDay = figures("About 300 passengers used the ferry each day.").get(0);
    Figure month = figures("Some 900 passengers were stranded this month.").get(0);
    assertFalse(perDay.sameMeasure(month));
  }
}
