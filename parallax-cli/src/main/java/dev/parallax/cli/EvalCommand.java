package dev.parallax.cli;

import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
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
        EvalQuotesCommand.class, EvalFramingCommand.class, EvalScaleCommand.class,
        EvalPipelineCommand.class})
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

    @Option(names = "--group-threshold", paramLabel = "X",
        description = "Mean similarity at which articles of a batch are grouped (for tuning on dev data).")
    Double groupThreshold;

    @Option(names = "--split-ratio", paramLabel = "X",
        description = "Across/within similarity ratio below which a group is split (for tuning on dev data).")
    Double splitRatio;

    @Option(names = "--split-markers", paramLabel = "N",
        description = "Terms that must significantly mark one part against the other for a split to be kept; 0 for "
            + "no such test (for tuning on dev data).")
    Integer splitMarkers;

    @Option(names = "--merge-ratio", paramLabel = "X",
        description = "Across/within similarity ratio from which two parts of a split group rejoin; above 1 never "
            + "(for tuning on dev data).")
    Double mergeRatio;

    @Option(names = "--entity-weight", paramLabel = "X",
        description = "Weight of shared entities against shared words, in [0, 1] (for tuning on dev data).")
    Double entityWeight;

    @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Let sentence embeddings (all-MiniLM-L6-v2, CPU) decide the uncertain cuts of a group "
            + "(default on); --no-embeddings: similarities alone.")
    boolean embeddings;

    @Option(names = "--embed-band", paramLabel = "X", description = "Distance of a cut's across/within ratio from "
        + "the split ratio within which the embeddings decide (for tuning on dev data).")
    Double embedBand;

    @Option(names = "--embed-same", paramLabel = "X", description = "Cosine of two parts' mean embeddings from which "
        + "an uncertain cut is dropped (for tuning on dev data).")
    Double embedSame;

    @Option(names = "--errors", description = "Also list each gold event split or mixed by the clustering.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
      requireFile(data, "docs.jsonl");
      Clusterer.Settings settings = Clusterer.Settings.DEFAULTS;
      if (groupThreshold != null || splitRatio != null) {
        settings = settings.withGrouping(groupThreshold == null ? settings.groupThreshold() : groupThreshold,
            splitRatio == null ? settings.splitRatio() : splitRatio);
      }
      if (entityWeight != null) {
        settings = settings.withEntityWeight(entityWeight);
      }
      if (splitMarkers != null) {
        settings = settings.withSplitMarkers(splitMarkers);
      }
      if (mergeRatio != null) {
        settings = settings.withMergeRatio(mergeRatio);
      }
      EmbeddingCheck check = embeddings ? Embeddings.check(embedBand, embedSame) : null;
      ClusterEvaluation.Result result = new ClusterEvaluation(settings, check).run(data, split);
      ClusteringScores s = result.scores();
      var out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "data: %s%s%n", data, split == null ? "" : " (split " + split + ")");
      out.printf(Locale.ROOT, "articles: %d  clusters: gold %d, predicted %d%n", s.items(), s.goldClusters(), s.predictedClusters());
      out.printf(Locale.ROOT, "B-cubed:  precision %.3f  recall %.3f  F1 %.3f%n", s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
      out.printf(Locale.ROOT, "pairwise: precision %.3f  recall %.3f  F1 %.3f%n", s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1());
      out.printf(Locale.ROOT, "NMI: %.3f%n", s.nmi());
      ClusteringScores st = result.storyScores();
      out.printf(Locale.ROOT, "stories as clusters: predicted %d  B-cubed F1 %.3f (P %.3f R %.3f)  NMI %.3f%n",
          st.predictedClusters(), st.bcubedF1(), st.bcubedPrecision(), st.bcubedRecall(), st.nmi());
      out.printf(Locale.ROOT, "time: %.2f ms per article (annotation + clustering, one thread)%n", result.millisPerArticle());
      if (check != null) {
        out.printf(Locale.ROOT, "embeddings: %s, band %.3f, same cosine %.3f: %d cuts referred, %d articles embedded%n",
            check.encoder().name(), check.band(), check.sameCosine(), check.consulted(), check.embedded());
      }
      if (errors) {
        result.errors().forEach(out::println);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
