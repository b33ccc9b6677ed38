package dev.parallax.cli;

import dev.parallax.server.json.JsonReport;
import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Adds articles to a store and places them in events and stories.",
        "Ingesting the same input again stores nothing new; an article at a stored URL with other text is stored",
        "as a new version of it (see: parallax versions URL).",
        "Example: parallax ingest samples/ --store my.store"})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Mixin
  BatchOption batch;

  @Mixin
  ProgressOption progress;

  @Mixin
  PipelineLimits limits;

  @Mixin
  StoreOptions store;

  @Mixin
  SummaryFormatOption output;

  @Override
  public Integer call() {
    try (Parallax parallax = limits.apply(store.builder()).build()) {
      IngestReport report;
      try (IngestProgress shown = progress.ingest(spec.commandLine().getErr())) {
        report = inputs.ingestInto(parallax, batch.size, shown);
      }
      var out = spec.commandLine().getOut();
      if (output.format == Format.json) {
        out.println(JsonReport.ofIngest(report));
      } else {
        out.println("added " + report.added().size() + " articles (" + report.versions().size()
            + " of them new versions of stored or earlier ones), " + report.duplicates().size()
            + " already stored, " + report.errors().size() + " rejected");
      }
      out.flush();
      return Inputs.exitCode(report);
    }
  }
}
