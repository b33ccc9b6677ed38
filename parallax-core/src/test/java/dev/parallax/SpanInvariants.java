package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.Quantity;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.model.TimeExpression;
import java.util.List;

/**
 * Checks every stage's spans against the text they point into: inside the body, sorted, and
 * (for sentences, paragraphs and segments) not overlapping. Applied to every annotated fixture.
 */
public final class SpanInvariants {

  private SpanInvariants() {}

  public static void check(AnnotatedArticle annotated) {
    String body = annotated.body();
    String where = annotated.article().source();
    checkOrdered(annotated.article().paragraphs(), body, where + " paragraphs", true);
    checkOrdered(annotated.sentences(), body, where + " sentences", true);
    checkOrdered(annotated.segments(), body, where + " segments", true);
    checkOrdered(annotated.mentions().stream().map(Mention::span).toList(), body, where + " mentions", true);
    checkOrdered(annotated.times().stream().map(TimeExpression::span).toList(), body, where + " times", true);
    checkOrdered(annotated.quantities().stream().map(Quantity::span).toList(), body, where + " quantities", true);
    checkOrdered(annotated.quotes().stream().map(Quote::content).toList(), body, where + " quotes", true);
    for (Span sentence : annotated.sentences()) {
      String text = sentence.of(body);
      assertEquals(text.strip(), text, where + ": sentence " + sentence + " has outer white space");
    }
    for (Quote quote : annotated.quotes()) {
      if (quote.speakerSpan() != null) {
        assertTrue(quote.speakerSpan().end() <= body.length(), where + ": speaker span outside body");
      }
    }
  }

  private static void checkOrdered(List<Span> spans, String body, String what, boolean disjoint) {
    Span previous = null;
    for (Span span : spans) {
      assertTrue(span.end() <= body.length(), what + ": " + span + " beyond body length " + body.length());
      assertTrue(span.length() > 0, what + ": empty span " + span);
      if (previous != null) {
        assertTrue(previous.compareTo(span) <= 0, what + ": " + previous + " before " + span + " out of order");
        if (disjoint) {
          assertTrue(previous.end() <= span.start(), what + ": " + previous + " overlaps " + span);
        }
      }
      previous = span;
    }
  }
}
