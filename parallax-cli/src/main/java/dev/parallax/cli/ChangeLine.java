package dev.parallax.cli;

import dev.parallax.model.ClusterChange;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A recorded id change as one line of text. */
final class ChangeLine {

  private ChangeLine() {}

  /**
   * "e5 merged into e1 (ingest, 2025-03-04, bridged by Harbour Herald)" or "e3 split into e3,
   * e9 (recluster, 2025-03-05)"; {@code articleName} names the bridging article.
   */
  static String of(ClusterChange change, UnaryOperator<String> articleName) {
    String ids = change.kind() == ClusterChange.Kind.MERGE
        ? String.join(", ", change.from().subList(1, change.from().size())) + " merged into " + change.to().get(0)
        : change.from().get(0) + " split into " + String.join(", ", change.to());
    String bridge = change.article() == null ? "" : ", bridged by " + articleName.apply(change.article());
    return ids + " (" + change.cause().name().toLowerCase(Locale.ROOT) + ", " + change.at().toString().substring(0, 10)
        + bridge + ")";
  }
}
