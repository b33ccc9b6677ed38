package dev.parallax.cli;

import dev.parallax.cluster.Clusterer;
import dev.parallax.eval.ClusterEvaluation;
import dev.parallax.eval.ClusteringScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Measures quality on a public benchmark folder, in the benchmark's own metric.",
        "Example: parallax eval cluster --data ../shared/eval/clustering/ecbplus --split dev"},
    subcommands = {EvalCommand.Cluster.class, EvalExtractCommand.class, EvalDatesCommand.class,
        EvalQuotesCommand.class, EvalFramingCommand.class})
final class EvalCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path requireFile(Path data, String name) {
    Path file = data.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(data + " has no " + name + ": not a benchmark folder of this kind");
    }
    return file;
  }

  @Command(name = "cluster", mixinStandardHelpOptions = true,
      description = {"Clusters the articles of a docs.jsonl benchmark (id, title, text, event) and prints B-cubed "
          + "precision/recall/F1, pairwise F1, NMI and the cluster counts.",
          "Example: parallax eval cluster --data ../shared/eval/clustering/basil"})
  static final class Cluster implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding docs.jsonl.")
    Path data;

    @Option(names = "--split", paramLabel = "NAME", description = "Only records of this split (e.g. dev).")
    String split;

    @Override
    public Integer call() throws IOException {
      requireFile(data, "docs.jsonl");
      ClusterEvaluation.Result result = new ClusterEvaluation(Clusterer.Settings.DEFAULTS).run(data, split);
      ClusteringScores s = result.scores();
      var out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "data: %s%s%n", data, split == null ? "" : " (split " + split + ")");
      out.printf(Locale.ROOT, "articles: %d  clusters: gold %d, predicted %d%n", s.items(), s.goldClusters(), s.predictedClusters());
      out.printf(Locale.ROOT, "B-cubed:  precision %.3f  recall %.3f  F1 %.3f%n", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
      out.printf(Locale.ROOT, "pairwise: precision %.3f  recall %.3f  F1 %.3f%n", s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1());
      out.printf(Locale.ROOT, "NMI: %.3f%n", s.nmi());
      out.printf(Locale.ROOT, "time: %.2f ms per article (annotation + clustering, one thread)%n", result.millisPerArticle());
      out.flush();
      return ExitCodes.OK;
    }
  }
}
