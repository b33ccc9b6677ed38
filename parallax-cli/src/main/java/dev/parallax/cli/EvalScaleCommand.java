package dev.parallax.cli;

import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.eval.ScaleBenchmark;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval scale}: the clustering stage on a generated stream of articles. */
@Command(name = "scale", mixinStandardHelpOptions = true,
    description = {"Clusters a generated stream of articles (made-up vocabulary, stories, events, days) in batches "
        + "and prints throughput, time per article early and late in the stream, heap and B-cubed scores.",
        "Example: parallax eval scale --articles 100000"})
final class EvalScaleCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Articles to generate (default 10000).")
  int articles;

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N", description = "Articles per clustering batch (default 1000).")
  int batch;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Generator seed (default 1).")
  long seed;

  @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Let sentence embeddings decide the uncertain cuts (default on; see eval cluster).")
  boolean embeddings;

  @Override
  public Integer call() {
    if (articles <= 0 || batch <= 0) {
      throw new IllegalArgumentException("--articles and --batch must be positive");
    }
    var out = spec.commandLine().getOut();
    EmbeddingCheck check = embeddings ? Embeddings.check(null, null) : null;
    long processCpu = Embeddings.processCpuNanos();
    ScaleBenchmark.Result r = new ScaleBenchmark(Clusterer.Settings.DEFAULTS, check)
        .run(articles, batch, seed, line -> {
          spec.commandLine().getErr().println("  " + line);
          spec.commandLine().getErr().flush();
        });
    out.printf(Locale.ROOT, "articles: %d in batches of %d (seed %d)%n", r.articles(), batch, seed);
    out.printf(Locale.ROOT, "clustering: %.0f articles/s wall clock, %.0f articles per CPU second (one thread)%n",
        r.articlesPerSecond(), r.articlesPerCpuSecond());
    out.printf(Locale.ROOT, "per article: median %.0f us CPU in the first tenth, %.0f us in the last tenth (ratio %.2f)%n",
        r.earlyMicros(), r.lateMicros(), r.lateMicros() / r.earlyMicros());
    out.printf(Locale.ROOT, "process CPU (all threads, generation, JIT and any encoder included): %.0f articles per "
        + "CPU second%n", r.articles() / ((Embeddings.processCpuNanos() - processCpu) / 1e9));
    if (check != null) {
      out.printf(Locale.ROOT, "embeddings: %s, %d cuts referred, %d articles embedded (%.2f%%)%n", check.encoder().name(),
          check.consulted(), check.embedded(), 100.0 * check.embedded() / r.articles());
    }
    out.printf(Locale.ROOT, "heap after full GC: %d MiB%n", r.heapMiB());
    out.printf(Locale.ROOT, "events: generated %d, predicted %d; B-cubed P %.3f R %.3f F1 %.3f%n",
        r.scores().goldClusters(), r.scores().predictedClusters(), r.scores().bcubedPrecision(),
        r.scores().bcubedRecall(), r.scores().bcubedF1());
    out.flush();
    return ExitCodes.OK;
  }
}
