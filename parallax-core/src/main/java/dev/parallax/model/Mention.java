package dev.parallax.model;

import java.util.Objects;

/**
 * A named-entity mention: where it stands in the body, its kind, and the canonical name
 * of the entity it refers to ("Peskov" and "Kremlin spokesman Dmitry Peskov" both refer to
 * "Dmitry Peskov").
 */
public record Mention(Span span, EntityType type, String entity) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
  }
}
