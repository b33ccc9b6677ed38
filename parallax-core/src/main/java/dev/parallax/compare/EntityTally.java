package dev.parallax.compare;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the people, organisations and places an event's articles name (by canonical name),
 * ordered by how many articles name them, then by mentions, then by name. Names the rules
 * could not type ({@link EntityType#OTHER}) are left out. Thread-safe.
 */
public final class EntityTally {

  public List<EventEntity> tally(List<AnnotatedArticle> articles) {
    record Key(String name, EntityType type) {}
    Map<Key, Integer> mentions = new LinkedHashMap<>();
    Map<Key, Set<String>> namedIn = new LinkedHashMap<>();
    for (AnnotatedArticle article : articles) {
      for (Mention mention : article.mentions()) {
        if (mention.type() == EntityType.OTHER) {
          continue;
        }
        Key key = new Key(mention.entity(), mention.type());
        mentions.merge(key, 1, Integer::sum);
        namedIn.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(article.id());
      }
    }
    List<EventEntity> entities = new ArrayList<>();
    mentions.forEach((key, count) -> entities.add(
        new EventEntity(key.name(), key.type(), count, List.copyOf(namedIn.get(key)))));
    entities.sort(Comparator.comparingInt((EventEntity e) -> e.articles().size()).reversed()
        .thenComparing(Comparator.comparingInt(EventEntity::mentions).reversed())
        .thenComparing(EventEntity::name));
    return entities;
  }
}
