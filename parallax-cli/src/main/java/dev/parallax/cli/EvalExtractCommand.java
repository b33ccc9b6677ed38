package dev.parallax.cli;

import dev.parallax.eval.ExtractionEvaluation;
import dev.parallax.eval.Readability4jBodies;
import dev.parallax.eval.SnippetEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval extract}: body extraction on an article-extraction benchmark folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts the body of every page of an article-extraction benchmark and prints its own "
        + "metric. Scrapinghub layout (html/*.html.gz, ground-truth.json): shingle precision/recall/F1 and the "
        + "median CPU time per page (after warm-up passes), beside the same figures for Readability4J run on "
        + "the same pages. Trafilatura layout (evaldata.json, cache/, eval/): snippet precision/recall/"
        + "accuracy/F1.",
        "Example: parallax eval extract --data ../shared/eval/extraction/scrapinghub"})
final class EvalExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding ground-truth.json and html/.")
  Path data;

  @Option(names = "--pages", paramLabel = "N", defaultValue = "0",
      description = "Also list the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
  int worstPages;

  @Option(names = "--no-reference", description = "Do not run Readability4J beside Parallax.")
  boolean noReference;

  @Override
  public Integer call() throws IOException {
    if (Files.isRegularFile(data.resolve("evaldata.json"))) {
      return snippets();
    }
    EvalCommand.requireFile(data, "ground-truth.json");
    ExtractionEvaluation evaluation = new ExtractionEvaluation();
    ExtractionEvaluation.Result r = evaluation.run(data);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "data: %s%n", data);
    out.printf(Locale.ROOT, "pages: %d (no article found: %d)%n", r.pages(), r.failures());
    out.printf(Locale.ROOT, "body: precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
    out.printf(Locale.ROOT, "time: median %.2f ms per page (thread CPU time, warm)%n", r.medianMillis());
    for (ExtractionEvaluation.Page page : r.perPage().subList(0, Math.min(worstPages, r.perPage().size()))) {
      out.printf(Locale.ROOT, "  %s  precision %.3f  recall %.3f  F1 %.3f%n", page.id(), page.precision(),
          page.recall(), page.f1());
    }
    if (!noReference) {
      ExtractionEvaluation.Result reference = evaluation.run(data, new Readability4jBodies());
      out.printf(Locale.ROOT, "Readability4J on the same pages: precision %.3f  recall %.3f  F1 %.3f  "
          + "median %.2f ms (no article: %d)%n", reference.precision(), reference.recall(), reference.f1(),
          reference.medianMillis(), reference.failures());
      out.printf(Locale.ROOT, "speed ratio: Parallax is %.1fx as fast (median to median)%n",
          reference.medianMillis() / r.medianMillis());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Integer snippets() throws IOException {
    SnippetEvaluation.Result r = new SnippetEvaluation().run(data);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "data: %s%n", data);
    out.printf(Locale.ROOT, "pages: %d (no article found: %d)%n", r.pages(), r.noArticle());
    out.printf(Locale.ROOT, "snippets: %d of %d text found, %d of %d boilerplate found%n", r.truePositives(),
        r.truePositives() + r.falseNegatives(), r.falsePositives(), r.falsePositives() + r.trueNegatives());
    out.printf(Locale.ROOT, "body: precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f%n", r.precision(), r.recall(),
        r.accuracy(), r.f1());
    out.flush();
    return ExitCodes.OK;
  }
}
