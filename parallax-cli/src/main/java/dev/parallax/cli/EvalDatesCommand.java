package dev.parallax.cli;

import dev.parallax.eval.DateEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax eval dates}: publication dates on htmldate's evaluation set. */
@Command(name = "dates", mixinStandardHelpOptions = true,
    description = {"Finds the publication date of every page of a date benchmark in htmldate's layout "
        + "(eval_default.json, eval_mediacloud_2020.json; pages in test_set/, cache/, eval/) and prints "
        + "htmldate's precision, recall, accuracy and F-score.",
        "Example: parallax eval dates --data ../shared/eval/extraction/htmldate"})
final class EvalDatesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding eval_default.json and the pages.")
  Path data;

  @Option(names = "--errors", description = "Also list every page with a wrong or no date: gold date, date found "
      + "(or 'none'), HTML file, URL.")
  boolean errors;

  @Option(names = "--no-url", description = "Read each page without its URL, as htmldate's own comparison runs every "
      + "tool (a date in the URL's path then counts only where the page declares its URL itself).")
  boolean noUrl;

  @Override
  public Integer call() throws IOException {
    EvalCommand.requireFile(data, "eval_default.json");
    DateEvaluation.Result r = new DateEvaluation().run(data, !noUrl);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "data: %s%s%n", data, noUrl ? " (pages read without their URL)" : "");
    out.printf(Locale.ROOT, "pages: %d (right date %d, wrong date %d, no date %d; no HTML file %d)%n", r.pages(),
        r.truePositives(), r.falsePositives(), r.falseNegatives(), r.missing());
    out.printf(Locale.ROOT, "published date: precision %.3f  recall %.3f  accuracy %.3f  F-score %.3f%n",
        r.precision(), r.recall(), r.accuracy(), r.f1());
    if (errors) {
      for (DateEvaluation.Miss miss : r.misses()) {
        out.printf(Locale.ROOT, "  gold %s  found %-25s  %s  %s%n", miss.gold(), miss.found() == null ? "none"
            : miss.found(), miss.file(), miss.url());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
