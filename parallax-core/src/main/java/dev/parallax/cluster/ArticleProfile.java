package dev.parallax.cluster;

import dev.parallax.internal.ContentWords;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What clustering compares of an article: the weighted terms of its whole text (content words
 * and numbers; headline and lead count more; sublinear in repetition), the entities it names
 * (people by surname, so "Peskov" meets "Dmitry Peskov"), and the day its lead story happened
 * (with whether a publication date anchored it, and whether the text named that day). Terms
 * and entity keys are {@link Vocabulary} ids: {@code words} by ascending id, {@code entities}
 * ascending and distinct.
 */
record ArticleProfile(String id, TermVector words, int[] entities, LocalDate date, boolean anchored,
    boolean datedByText) {

  /**
   * The date that keeps articles of different days apart: only when the article has a
   * publication date to resolve its day names against ("on Tuesday"); a date read from an
   * undated text too often names an earlier happening it recalls.
   */
  LocalDate gateDate() {
    return anchored ? date : null;
  }

  /**
   * The first day the happening may have been on, for the date gate: the gate date, or the day
   * before when the gate date is only the publication day (news reports yesterday's events).
   */
  LocalDate earliestDay() {
    return gateDate() == null || datedByText ? gateDate() : gateDate().minusDays(1);
  }

  /** Extra count a term gets for each use in the headline, and in the lead segment. */
  static final int HEADLINE_BOOST = 2;
  static final int LEAD_BOOST = 1;

  /** The profile of an annotated article, its terms interned in {@code vocabulary}. */
  static ArticleProfile of(AnnotatedArticle annotated, Vocabulary vocabulary) {
    String body = annotated.body();
    Span lead = annotated.lead();
    Map<String, Integer> counts = new HashMap<>(ContentWords.count(body, 0, body.length()));
    countNumbers(body, 0, body.length(), 1, counts);
    ContentWords.count(body, lead.start(), lead.end()).forEach((w, c) -> counts.merge(w, LEAD_BOOST * c, Integer::sum));
    String headline = annotated.article().headline();
    if (headline != null) {
      ContentWords.count(headline, 0, headline.length())
          .forEach((word, count) -> counts.merge(word, HEADLINE_BOOST * count, Integer::sum));
      countNumbers(headline, 0, headline.length(), HEADLINE_BOOST, counts);
    }
    int[] ids = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int n = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      ids[n] = vocabulary.id(entry.getKey());
      weights[n++] = 1 + Math.log(entry.getValue());
    }
    LocalDate published = annotated.article().published() == null ? null : annotated.article().published().date();
    Set<String> entities = new HashSet<>();
    for (Mention mention : annotated.mentions()) {
      if (mention.type() != EntityType.OTHER) {
        entities.add(key(mention));
      }
    }
    int[] entityIds = new int[entities.size()];
    int e = 0;
    for (String entity : entities) {
      entityIds[e++] = vocabulary.id(entity);
    }
    Arrays.sort(entityIds);
    return new ArticleProfile(annotated.id(), TermVector.sorting(ids, weights), entityIds, annotated.eventDate(),
        published != null, annotated.eventDate() != null && !annotated.eventDate().equals(published));
  }

  /**
   * Counts the numbers of two or more digits ("23 pirates", "150 metres", "2011") as terms
   * "#23": two happenings of one kind rarely share their figures.
   */
  private static void countNumbers(String text, int from, int to, int weight, Map<String, Integer> counts) {
    int i = from;
    while (i < to) {
      if (!Character.isDigit(text.charAt(i)) || (i > from && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && (Character.isDigit(text.charAt(i))
          || (text.charAt(i) == ',' && i + 1 < to && Character.isDigit(text.charAt(i + 1))))) {
        i++;
      }
      if (i < to && Character.isLetter(text.charAt(i))) {
        continue;
      }
      String number = text.substring(start, i).replace(",", "");
      if (number.length() >= 2) {
        counts.merge("#" + number, weight, Integer::sum);
      }
    }
  }

  private static String key(Mention mention) {
    String name = mention.entity().toLowerCase(Locale.ROOT);
    if (mention.type() == EntityType.PERSON) {
      return "person:" + name.substring(name.lastIndexOf(' ') + 1);
    }
    return mention.type().name().toLowerCase(Locale.ROOT) + ":" + name;
  }
}
