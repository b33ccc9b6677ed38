package dev.parallax.cli;

import dev.parallax.Parallax;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Prints the stories of a store, with their events and briefs.",
        "Example: parallax stories --store my.store --format json"})
final class StoriesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Parallax parallax = store.open()) {
      AnalysisPrinter.print(parallax.analysis(), format, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }
}
