package dev.parallax.eval;

import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Event;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Clusters a generated {@link ArticleStream} in batches, as ingest feeds the clusterer, and
 * measures the clustering stage alone (generation is not timed): throughput, time per article
 * early and late in the stream, heap, and the B-cubed scores against the generated events.
 */
public final class ScaleBenchmark {

  /**
   * The figures.
   *
   * @param articles articles clustered
   * @param articlesPerSecond clustering throughput over the whole stream, one thread, wall clock
   * @param articlesPerCpuSecond the same per second of the clustering thread's CPU time (what
   *     one core does, without the waits a busy machine adds)
   * @param earlyMicros median CPU microseconds per article over the batches of the first tenth
   *     (the first batch, which warms the JIT, left out)
   * @param lateMicros median CPU microseconds per article over the batches of the last tenth
   * @param heapMiB heap in use after a full collection at the end, clusterer still alive
   * @param scores B-cubed and pairwise scores against the generated events
   */
  public record Result(int articles, double articlesPerSecond, double articlesPerCpuSecond, double earlyMicros, double lateMicros, long heapMiB,
      ClusteringScores scores) {}

  private final Clusterer.Settings settings;

  private final EmbeddingCheck embeddings;

  public ScaleBenchmark(Clusterer.Settings settings) {
    this(settings, null);
  }

  /** With sentence embeddings deciding the uncertain cuts; {@code embeddings} may be null for none. */
  public ScaleBenchmark(Clusterer.Settings settings, EmbeddingCheck embeddings) {
    this.settings = settings;
    this.embeddings = embeddings;
  }

  /** Runs on {@code articles} generated articles in batches of {@code batchSize}; {@code progress} hears each tenth. */
  public Result run(int articles, int batchSize, long seed, Consumer<String> progress) {
    ArticleStream stream = new ArticleStream(articles, seed);
    Clusterer clusterer = Clusterer.create(settings).embeddings(embeddings);
    List<Double> micros = new ArrayList<>();
    List<Double> cpuMicros = new ArrayList<>();
    long totalNanos = 0;
    long cpuNanos = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int done = 0;
    int nextReport = articles / 10;
    while (done < articles) {
      List<AnnotatedArticle> batch = stream.next(batchSize);
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      clusterer.add(batch);
      long nanos = System.nanoTime() - start;
      cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
      totalNanos += nanos;
      micros.add(nanos / 1e3 / batch.size());
      cpuMicros.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / batch.size());
      done += batch.size();
      if (done >= nextReport) {
        progress.accept(String.format(java.util.Locale.ROOT,
            "%d articles, %.0f articles/s wall, %.0f per CPU second, last batch %.0f us CPU per article, heap %d MiB",
            done, done / (totalNanos / 1e9), done / (cpuNanos / 1e9), cpuMicros.get(cpuMicros.size() - 1),
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20));
        nextReport += articles / 10;
      }
    }
    int tenth = Math.max(1, micros.size() / 10);
    double early = median(cpuMicros.subList(Math.min(1, cpuMicros.size() - 1), Math.min(cpuMicros.size(), tenth + 1)));
    double late = median(cpuMicros.subList(cpuMicros.size() - tenth, cpuMicros.size()));
    Map<String, String> gold = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      gold.put("a" + i, stream.eventOf(i));
    }
    Map<String, String> predicted = new HashMap<>();
    for (Event event : clusterer.clustering().events()) {
      event.articles().forEach(id -> predicted.put(id, event.id()));
    }
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    Reference.reachabilityFence(clusterer);
    ClusteringScores scores = ClusteringScores.of(gold, predicted);
    return new Result(articles, articles / (totalNanos / 1e9), articles / (cpuNanos / 1e9), early, late, heap, scores);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
