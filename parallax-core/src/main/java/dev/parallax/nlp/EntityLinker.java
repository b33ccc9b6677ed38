package dev.parallax.nlp;

import dev.parallax.internal.WordLists;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each person and organisation one canonical name across articles. An article that only
 * says "Peskov" takes the full name another article gives ("Dmitry Peskov"), when exactly one
 * full name in the set ends with that surname; ambiguous surnames are left alone. Organisation
 * names that differ only in case, a leading "the", a possessive or a country named by its
 * demonym ("Russia's foreign ministry", "the Russian Foreign Ministry") take one form: the
 * recognised name used most often. Quote speakers are linked the same way. Thread-safe.
 */
public final class EntityLinker {

  private final Gazetteer gazetteer = Gazetteer.bundled();

  /** The same articles with short forms and variants linked to the names the set knows. */
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
    Map<String, String> organizations = organizationNames(articles);
    List<AnnotatedArticle> linked = new ArrayList<>(articles.size());
    for (AnnotatedArticle article : articles) {
      List<Mention> mentions = new ArrayList<>(article.mentions().size());
      boolean changed = false;
      for (Mention mention : article.mentions()) {
        Set<String> candidates = mention.entity().indexOf(' ') < 0
            && (mention.type() == EntityType.PERSON || mention.type() == EntityType.OTHER)
            ? fullNamesBySurname.getOrDefault(mention.entity(), Set.of()) : Set.of();
        String organization = mention.type() == EntityType.ORGANIZATION
            ? organizations.getOrDefault(key(mention.entity()), mention.entity()) : mention.entity();
        if (candidates.size() == 1) {
          mentions.add(new Mention(mention.span(), EntityType.PERSON, candidates.iterator().next()));
          changed = true;
        } else if (!organization.equals(mention.entity())) {
          mentions.add(new Mention(mention.span(), mention.type(), organization));
          changed = true;
        } else {
          mentions.add(mention);
        }
      }
      List<Quote> quotes = new ArrayList<>(article.quotes().size());
      for (Quote quote : article.quotes()) {
        String speaker = linkedSpeaker(quote.speaker(), fullNamesBySurname, organizations);
        changed |= speaker != null && !speaker.equals(quote.speaker());
        quotes.add(speaker == null || speaker.equals(quote.speaker()) ? quote
            : new Quote(quote.content(), speaker, quote.speakerSpan(), quote.cue(), quote.kind()));
      }
      linked.add(changed ? new AnnotatedArticle(article.article(), article.sentences(), mentions, article.times(),
          article.quantities(), quotes, article.segments(), article.eventDate()) : article);
    }
    return linked;
  }

  private String linkedSpeaker(String speaker, Map<String, Set<String>> fullNamesBySurname,
      Map<String, String> organizations) {
    if (speaker == null) {
      return null;
    }
    Set<String> candidates = speaker.indexOf(' ') < 0 ? fullNamesBySurname.getOrDefault(speaker, Set.of()) : Set.of();
    return candidates.size() == 1 ? candidates.iterator().next() : organizations.getOrDefault(key(speaker), speaker);
  }

  /**
   * The canonical form of each organisation key named in the set: among the recognised
   * organisation mentions with that key, the most frequent form (then the longest).
   */
  private Map<String, String> organizationNames(List<AnnotatedArticle> articles) {
    Map<String, Map<String, Integer>> formsByKey = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      for (Mention mention : article.mentions()) {
        if (mention.type() == EntityType.ORGANIZATION) {
          formsByKey.computeIfAbsent(key(mention.entity()), key -> new HashMap<>()).merge(mention.entity(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> canonical = new HashMap<>();
    formsByKey.forEach((key, forms) -> canonical.put(key, forms.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> form) -> form.getValue())
            .thenComparingInt(form -> form.getKey().length()).thenComparing(Map.Entry::getKey))
        .orElseThrow().getKey()));
    return canonical;
  }

  /**
   * An organisation name reduced to what tells it apart: lower case, without "the" and
   * possessives, countries for their demonyms ("Russia's foreign ministry" and "the Russian
   * Foreign Ministry" → "russia foreign ministry").
   */
  private String key(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.split("\\s+")) {
      String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
      String lower = WordLists.lower(bare);
      if (lower.isEmpty() || lower.equals("the")) {
        continue;
      }
      String country = gazetteer.countryOfDemonym(bare);
      key.append(key.isEmpty() ? "" : " ").append(country == null ? lower : WordLists.lower(country));
    }
    return key.toString();
  }
}
