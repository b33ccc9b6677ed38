package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.model.Article;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search over the articles of a store, best matches first.",
        "Example: parallax search \"border closure\" --store my.store"})
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "Words to look for.")
  String query;

  @Mixin
  StoreOptions store;

  @Option(names = "--limit", defaultValue = "10", description = "At most this many results (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    try (Parallax parallax = store.open()) {
      var out = spec.commandLine().getOut();
      for (Article article : parallax.search(query, limit)) {
        out.println(article.id() + "  " + (article.outlet() == null ? "-" : article.outlet()) + "  "
            + (article.headline() == null ? "(no headline)" : article.headline()) + "  [" + article.source() + "]");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
