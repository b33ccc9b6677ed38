package dev.parallax.cli;

import dev.parallax.server.json.JsonReport;
import dev.parallax.extract.Extractor;
import dev.parallax.ingest.FileIngest;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts articles (body, headline, outlet, date, boilerplate removed) without storing them.",
        "Example: parallax extract page.html --format json"})
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--format", defaultValue = "json", description = "Output: text or json (default ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    FileIngest.Inputs read = inputs.read();
    List<IngestError> errors = new ArrayList<>(read.errors());
    List<Article> articles = new ArrayList<>();
    Extractor extractor = new Extractor();
    for (RawDocument document : read.documents()) {
      Extractor.Result result = extractor.extract(document);
      if (result.article() != null) {
        articles.add(result.article());
      } else {
        errors.add(result.error());
      }
    }
    var err = spec.commandLine().getErr();
    errors.forEach(error -> err.println("parallax: " + error));
    err.flush();
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(JsonReport.ofArticles(articles, errors));
    } else {
      for (Article article : articles) {
        out.println("== " + article.source());
        out.println("headline:  " + article.headline());
        out.println("outlet:    " + article.outlet());
        out.println("published: " + (article.published() == null ? null : article.published().iso()));
        if (article.modified() != null) {
          out.println("modified:  " + article.modified().iso());
        }
        if (article.section() != null) {
          out.println("section:   " + article.section());
        }
        out.println("authors:   " + String.join(", ", article.authors()));
        out.println();
        out.println(article.body());
        out.println();
      }
    }
    out.flush();
    return errors.isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_REJECTED;
  }
}
