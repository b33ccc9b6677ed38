package dev.parallax.compare;

import dev.parallax.model.EntityType;
import java.util.List;
import java.util.Objects;

/** A person, organisation or place an event's articles name, with how often and where. */
public record EventEntity(String name, EntityType type, int mentions, List<String> articles) {
  public EventEntity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    articles = List.copyOf(articles);
  }
}
