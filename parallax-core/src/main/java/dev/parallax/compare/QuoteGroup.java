package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/** One utterance by one speaker, with each article's rendering of it. */
public record QuoteGroup(String speaker, List<QuoteVariant> variants) {
  public QuoteGroup {
    Objects.requireNonNull(speaker, "speaker");
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("a quote group has at least one variant");
    }
  }

  /** How many different articles render it. */
  public long articleCount() {
    return variants.stream().map(QuoteVariant::article).distinct().count();
  }
}
