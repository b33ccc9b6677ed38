package dev.parallax.cli;

import dev.parallax.Parallax;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check-store", mixinStandardHelpOptions = true,
    description = {"Checks that a store's stored analysis is what a from-scratch analysis gives: recomputes",
        "randomly drawn events and their stories from the stored clustering and annotations and compares them",
        "field by field. Exit code 0 when all agree, 3 when some differ (they are listed).",
        "Example: parallax check-store --store my.store --events 100"})
final class CheckStoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--events", defaultValue = "100", paramLabel = "N",
      description = "Events to recompute, drawn at random (default ${DEFAULT-VALUE}; all when the store has fewer).")
  int events;

  @Option(names = "--max-analysed", defaultValue = "" + dev.parallax.AnalysisPolicy.DEFAULT_MAX_ARTICLES,
      paramLabel = "N", description = "The analysis policy the store was written with (default ${DEFAULT-VALUE}).")
  int maxAnalysed;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the draw (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (events < 1) {
      throw new IllegalArgumentException("--events must be at least 1, got " + events);
    }
    try (Parallax parallax = store.builder().analysisPolicy(new dev.parallax.AnalysisPolicy(maxAnalysed)).build()) {
      List<String> differing = parallax.check(events, seed);
      var out = spec.commandLine().getOut();
      if (differing.isEmpty()) {
        out.println("the stored analysis of " + Math.min(events, parallax.store().eventCount())
            + " events and their stories equals a from-scratch analysis");
      } else {
        out.println("stored analysis differs from a from-scratch one for: " + String.join(", ", differing));
      }
      out.flush();
      return differing.isEmpty() ? ExitCodes.OK : ExitCodes.STORE_FAILURE;
    }
  }
}
