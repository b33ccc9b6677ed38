package dev.parallax.nlp;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each person one canonical name across articles: an article that only says "Peskov"
 * takes the full name another article gives ("Dmitry Peskov"), when exactly one full name in
 * the set ends with that surname; so do quote speakers. Ambiguous surnames are left alone.
 * Thread-safe.
 */
public final class EntityLinker {

  /** The same articles with person short forms linked to the full names the set knows. */
  public List<AnnotatedArticle> link(List<AnnotatedArticle> articles) {
    Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      for (Mention mention : article.mentions()) {
        if (mention.type() == EntityType.PERSON && mention.entity().indexOf(' ') > 0) {
          fullNamesBySurname.computeIfAbsent(EntityRecognizer.lastWord(mention.entity()), key -> new HashSet<>())
              .add(mention.entity());
        }
      }
    }
    List<AnnotatedArticle> linked = new ArrayList<>(articles.size());
    for (AnnotatedArticle article : articles) {
      List<Mention> mentions = new ArrayList<>(article.mentions().size());
      boolean changed = false;
      for (Mention mention : article.mentions()) {
        Set<String> candidates = mention.entity().indexOf(' ') < 0
            && (mention.type() == EntityType.PERSON || mention.type() == EntityType.OTHER)
            ? fullNamesBySurname.getOrDefault(mention.entity(), Set.of()) : Set.of();
        if (candidates.size() == 1) {
          mentions.add(new Mention(mention.span(), EntityType.PERSON, candidates.iterator().next()));
          changed = true;
        } else {
          mentions.add(mention);
        }
      }
      List<Quote> quotes = new ArrayList<>(article.quotes().size());
      for (Quote quote : article.quotes()) {
        Set<String> candidates = quote.speaker() != null && quote.speaker().indexOf(' ') < 0
            ? fullNamesBySurname.getOrDefault(quote.speaker(), Set.of()) : Set.of();
        changed |= candidates.size() == 1;
        quotes.add(candidates.size() == 1 ? new Quote(quote.content(), candidates.iterator().next(), quote.speakerSpan(),
            quote.cue(), quote.kind()) : quote);
      }
      linked.add(changed ? new AnnotatedArticle(article.article(), article.sentences(), mentions, article.times(),
          article.quantities(), quotes, article.segments(), article.eventDate()) : article);
    }
    return linked;
  }
}
