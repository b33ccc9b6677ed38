package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.model.Article;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "versions", mixinStandardHelpOptions = true,
    description = {"Lists every stored version of the article at a URL, oldest first; the last is current",
        "and is the one analysis uses.",
        "Example: parallax versions https://example.org/news/story --store my.store"})
final class VersionsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL", description = "The article's URL (tracking parameters are ignored).")
  String url;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() {
    try (Parallax parallax = store.open()) {
      var out = spec.commandLine().getOut();
      List<Article> versions = parallax.versions(url);
      if (versions.isEmpty()) {
        out.println("no article stored at " + url);
      }
      for (int i = 0; i < versions.size(); i++) {
        Article article = versions.get(i);
        out.println((i == versions.size() - 1 ? "current  " : "earlier  ") + article.id() + "  "
            + (article.headline() == null ? "(no headline)" : article.headline()) + "  "
            + article.body().split("\\s+").length + " words  [" + article.source() + "]");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
