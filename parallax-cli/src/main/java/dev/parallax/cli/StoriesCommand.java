package dev.parallax.cli;

import dev.parallax.Parallax;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    try (Parallax parallax = store.open()) {
      AnalysisPrinter.print(parallax.analysis(), output.format, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }
}
