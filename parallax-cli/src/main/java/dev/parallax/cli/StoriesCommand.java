package dev.parallax.cli;

import dev.parallax.Analysis;
import dev.parallax.Parallax;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Prints the stories of a store, latest first, with their events and briefs: one page at a time",
        "(--offset, --limit), read from the stored analysis, or everything the store holds with --all.",
        "Example: parallax stories --store my.store --format json --limit 5"})
final class StoriesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Mixin
  FormatOption output;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
      description = "Skip the N latest stories (default ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "Print at most N stories (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--all", description = "Print every article, error, event and story of the store (a whole-store read).")
  boolean all;

  @Override
  public Integer call() {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("--offset must be at least 0 and --limit at least 1, got " + offset
          + " and " + limit);
    }
    try (Parallax parallax = store.open()) {
      if (all) {
        AnalysisPrinter.print(parallax.analysis(), output.format, spec.commandLine().getOut());
        return ExitCodes.OK;
      }
      StoryPage page = parallax.stories(offset, limit);
      List<StoryView> views = page.stories().stream().map(StorySummary::id).map(parallax::story)
          .flatMap(Optional::stream).toList();
      AnalysisPrinter.print(of(views), output.format, spec.commandLine().getOut());
      if (offset + views.size() < page.total() || offset > 0) {
        spec.commandLine().getErr().println("parallax: stories " + (views.isEmpty() ? 0 : offset + 1) + "-"
            + (offset + views.size()) + " of " + page.total() + " (latest first); --offset and --limit for others, "
            + "--all for everything");
      }
      return ExitCodes.OK;
    }
  }

  /** The stored analysis of these stories, their events and the articles they read, as one report. */
  static Analysis of(List<StoryView> views) {
    List<dev.parallax.model.Article> articles = new ArrayList<>();
    List<Analysis.EventReport> events = new ArrayList<>();
    List<Analysis.StoryReport> stories = new ArrayList<>();
    List<dev.parallax.model.ClusterChange> changes = new ArrayList<>();
    for (StoryView view : views) {
      articles.addAll(view.articles());
      events.addAll(view.events());
      stories.add(view.story());
      view.story().changes().stream().filter(change -> !changes.contains(change)).forEach(changes::add);
    }
    return new Analysis(articles, List.of(), events, stories, changes);
  }
}
