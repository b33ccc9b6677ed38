package dev.parallax.cluster;

import dev.parallax.internal.ContentWords;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What clustering compares of an article: the content words of its headline (counted twice)
 * and lead segment, the entities named there (people by surname, so "Peskov" meets "Dmitry
 * Peskov"), and the day its lead story happened.
 */
record ArticleProfile(String id, Map<String, Integer> words, Set<String> entities, LocalDate date) {

  static ArticleProfile of(AnnotatedArticle annotated) {
    Span lead = annotated.lead();
    Map<String, Integer> words = new HashMap<>(ContentWords.count(annotated.body(), lead.start(), lead.end()));
    String headline = annotated.article().headline();
    if (headline != null) {
      ContentWords.count(headline, 0, headline.length()).forEach((word, count) -> words.merge(word, 2 * count, Integer::sum));
    }
    Set<String> entities = new HashSet<>();
    for (Mention mention : annotated.mentions()) {
      if (lead.contains(mention.span()) && mention.type() != EntityType.OTHER) {
        entities.add(key(mention));
      }
    }
    return new ArticleProfile(annotated.id(), Map.copyOf(words), Set.copyOf(entities), annotated.eventDate());
  }

  private static String key(Mention mention) {
    String name = mention.entity().toLowerCase(Locale.ROOT);
    if (mention.type() == EntityType.PERSON) {
      return "person:" + name.substring(name.lastIndexOf(' ') + 1);
    }
    return mention.type().name().toLowerCase(Locale.ROOT) + ":" + name;
  }
}
