package dev.parallax.cli;

import dev.parallax.eval.QuoteEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax eval quotes}: quote finding against PolNeAR-style attribution annotations. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Finds the quotes of every article of a PolNeAR-layout benchmark (SPLIT/text/*.txt, "
        + "SPLIT/attributions/*.ann) and prints content-span precision/recall/F1 (exact and >= 50%% token "
        + "overlap), per kind (direct, indirect), speaker accuracy and the annotation speed.",
        "Example: parallax eval quotes --data ../shared/eval/quotes/polnear --split dev"})
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding the split folders.")
  Path data;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME", description = "Split folder (default: dev).")
  String split;

  @Option(names = "--cues", defaultValue = "0", paramLabel = "N",
      description = "Also list the N most frequent gold cues (with recall) and predicted cues (with precision).")
  int cues;

  @Option(names = "--misses", paramLabel = "FILE",
      description = "Write every unmatched gold quote (article, cue, content, nearest prediction) to FILE.")
  Path misses;

  @Option(names = "--false-positives", paramLabel = "FILE",
      description = "Write every unmatched predicted quote (article, cue, content, nearest gold) to FILE.")
  Path falsePositives;

  @Option(names = "--agreement",
      description = "Score the annotators against each other instead, on the articles annotated more than once: "
          + "every pair of annotations, and the majority of the others against each annotator (the human ceiling "
          + "of these figures).")
  boolean agreement;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "data: %s (split %s)%n", data, split);
    if (agreement) {
      QuoteEvaluation.Agreement a = new QuoteEvaluation().agreement(data, split);
      out.printf(Locale.ROOT, "annotator pairs: %d (each pair of annotations of the articles annotated more than once)%n",
          a.pairs().articles());
      printScores(out, a.pairs());
      out.printf(Locale.ROOT, "majority of the others against each annotator: %d annotators (articles with 3 or more)%n",
          a.consensus().articles());
      printScores(out, a.consensus());
      out.printf(Locale.ROOT, "this system against each annotator of the same articles: %d annotators%n",
          a.system().articles());
      printScores(out, a.system());
      out.flush();
      return ExitCodes.OK;
    }
    QuoteEvaluation.Result r;
    try (PrintWriter missWriter = writer(misses); PrintWriter falsePositiveWriter = writer(falsePositives)) {
      r = new QuoteEvaluation().run(data, split, missWriter, falsePositiveWriter);
    }
    out.printf(Locale.ROOT, "articles: %d%n", r.articles());
    printScores(out, r);
    out.printf(Locale.ROOT, "speed: %.0f articles per CPU second (full annotation, one thread)%n", r.articlesPerSecond());
    if (cues > 0) {
      printCues(out, "gold cue, recall", r.goldCues());
      printCues(out, "predicted cue, precision", r.predictedCues());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printScores(PrintWriter out, QuoteEvaluation.Result r) {
    print(out, "all", r.all());
    print(out, "direct", r.direct());
    print(out, "indirect", r.indirect());
    out.printf(Locale.ROOT, "speaker accuracy: %.3f (%d of %d matched quotes with a gold source)%n",
        r.speakerAccuracy(), r.speakerRight(), r.speakerPairs());
  }

  /** A UTF-8 writer to {@code file}, or null when no file was asked for. */
  private static PrintWriter writer(Path file) throws IOException {
    return file == null ? null : new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  private void printCues(PrintWriter out, String title, Map<String, QuoteEvaluation.CueTally> tallies) {
    out.printf(Locale.ROOT, "%s:%n", title);
    tallies.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, QuoteEvaluation.CueTally> e) -> -e.getValue().count()))
        .limit(cues)
        .forEach(e -> out.printf(Locale.ROOT, "  %5d %5d %.3f  %s%n", e.getValue().count(), e.getValue().matched(),
            e.getValue().ratio(), e.getKey()));
  }

  private static void print(PrintWriter out, String kind, QuoteEvaluation.Scores s) {
    out.printf(Locale.ROOT, "%-8s gold %5d predicted %5d | overlap P %.3f R %.3f F1 %.3f | exact P %.3f R %.3f F1 %.3f%n",
        kind, s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.exactPrecision(), s.exactRecall(),
        s.exactF1());
  }
}
