package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.ReclusterReport;
import dev.parallax.model.ClusterChange;
import dev.parallax.server.json.JsonReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recluster", mixinStandardHelpOptions = true,
    description = {"Re-clusters every article of a store at once (the best grouping, not the order of arrival),",
        "for archives. Event and story ids users have seen are kept: each new event takes the old id it shares",
        "most articles with; ids absorbed are recorded as merged, new parts as split (see: parallax changes).",
        "Stored in one atomic commit; running it again without new articles changes nothing.",
        "Example: parallax recluster --store my.store"})
final class ReclusterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  PipelineLimits limits;

  @Mixin
  StoreOptions store;

  @Mixin
  SummaryFormatOption output;

  @Mixin
  ProgressOption progress;

  @Override
  public Integer call() {
    ReclusterReport report;
    try (PhaseLine phase = progress.phase("opening the store")) {
      try (Parallax parallax = limits.apply(store.builder()).build()) {
        phase.next("reclustering every article of the store");
        report = parallax.recluster();
      }
    }
    var out = spec.commandLine().getOut();
    if (output.format == Format.json) {
      out.println(JsonReport.ofRecluster(report));
    } else {
      out.println("reclustered " + report.articles() + " articles: events " + report.eventsBefore() + " -> "
          + report.eventsAfter() + ", stories " + report.storiesBefore() + " -> " + report.storiesAfter() + ", "
          + report.count(ClusterChange.Kind.MERGE) + " merges, " + report.count(ClusterChange.Kind.SPLIT) + " splits"
          + (report.stored() ? "" : "; the stored clustering was already this one, nothing stored"));
      report.changes().forEach(change -> out.println("  " + ChangeLine.of(change, id -> id)));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
