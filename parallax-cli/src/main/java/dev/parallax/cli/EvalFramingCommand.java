package dev.parallax.cli;

import dev.parallax.eval.FramingEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "framing", mixinStandardHelpOptions = true,
    description = {"Compares the articles of each gold event of a BASIL-style folder (docs.jsonl, annotations/) and "
        + "prints the share of annotated lexical-bias phrases that the framing output shows.",
        "Example: parallax eval framing --data ../shared/eval/clustering/basil"})
final class EvalFramingCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding docs.jsonl and annotations/.")
  Path data;

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireFile(data, "docs.jsonl");
    FramingEvaluation.Result r = new FramingEvaluation().run(data);
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "data: %s (%d events)%n", data, r.events());
    out.printf(Locale.ROOT, "lexical-bias phrases: %d, shown in the framing output: %d (%.1f %%)%n", r.phrases(), r.shown(),
        100 * r.share());
    out.printf(Locale.ROOT, "  of them inside quotes: %d, shown: %d%n", r.quotedPhrases(), r.quotedShown());
    out.flush();
    return ExitCodes.OK;
  }
}
