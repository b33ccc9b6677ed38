package dev.parallax.cli;

import dev.parallax.Analysis;
import dev.parallax.Parallax;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"Prints one story: its brief, events, articles and quotes.",
        "Example: parallax story s1 --store my.store --format md"})
final class StoryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "The story id, as `stories` prints it (e.g. s1); an id merged into another shows that one.")
  String id;

  @Mixin
  StoreOptions store;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() {
    try (Parallax parallax = store.open()) {
      String current = parallax.resolve(id).filter(found -> found.startsWith("s")).orElse(null);
      if (current == null) {
        spec.commandLine().getErr().println("parallax: no story '" + id + "' in " + store.store);
        return ExitCodes.USAGE;
      }
      if (!current.equals(id)) {
        spec.commandLine().getErr().println("parallax: story " + id + " was merged into " + current + "; showing " + current);
      }
      Analysis one = StoriesCommand.of(List.of(parallax.story(current).orElseThrow()));
      AnalysisPrinter.print(one, output.format, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }
}
