package dev.parallax.cli;

import dev.parallax.AnalysisPolicy;
import dev.parallax.Parallax;
import dev.parallax.cluster.Clusterer;
import picocli.CommandLine.Option;

/** The limits and options of the pipeline that {@code analyze} and {@code ingest} apply (docs/LIMITS.md). */
final class PipelineLimits {

  @Option(names = "--max-words", defaultValue = "" + Parallax.DEFAULT_MAX_WORDS_PER_ARTICLE, paramLabel = "N",
      description = "Refuse articles of more than N words, as too_large (default ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--max-event-size", defaultValue = "" + Clusterer.Settings.DEFAULT_MAX_EVENT_ARTICLES, paramLabel = "N",
      description = "An event with N articles takes no more; the next similar article starts a new event "
          + "(default ${DEFAULT-VALUE}).")
  int maxEventSize;

  @Option(names = "--max-analysed", defaultValue = "" + AnalysisPolicy.DEFAULT_MAX_ARTICLES, paramLabel = "N",
      description = "Analyse an event or story of more articles on a sample of N (every outlet and day first; "
          + "default ${DEFAULT-VALUE}). Keep one value per store: check-store compares with this policy.")
  int maxAnalysed;

  @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Let sentence embeddings (all-MiniLM-L6-v2 on CPU, in-process) decide the clusterer's uncertain "
          + "cuts (default on; the model loads on the first uncertain cut). --no-embeddings: similarities alone.")
  boolean embeddings;

  /** The builder with these limits set. */
  Parallax.Builder apply(Parallax.Builder builder) {
    if (maxEventSize < 1) {
      throw new IllegalArgumentException("--max-event-size must be at least 1, got " + maxEventSize);
    }
    if (maxWords < 1) {
      throw new IllegalArgumentException("--max-words must be at least 1, got " + maxWords);
    }
    if (maxAnalysed < 1) {
      throw new IllegalArgumentException("--max-analysed must be at least 1, got " + maxAnalysed);
    }
    if (embeddings) {
      builder.embeddings(Embeddings.check(null, null));
    }
    return builder.maxWordsPerArticle(maxWords).analysisPolicy(new AnalysisPolicy(maxAnalysed))
        .clusterSettings(Clusterer.Settings.DEFAULTS.withMaxEventArticles(maxEventSize));
  }
}
