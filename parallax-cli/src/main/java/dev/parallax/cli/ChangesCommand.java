package dev.parallax.cli;

import dev.parallax.Parallax;
import dev.parallax.model.ClusterChange;
import dev.parallax.server.json.JsonReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "changes", mixinStandardHelpOptions = true,
    description = {"Lists the merges and splits of event and story ids recorded in a store, oldest first:",
        "events a later article made one (the older id survives), and what recluster merged or split.",
        "A merged-away id still works: parallax story OLDID shows the story it went into.",
        "Example: parallax changes --store my.store"})
final class ChangesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Mixin
  SummaryFormatOption output;

  @Override
  public Integer call() {
    try (Parallax parallax = store.open()) {
      List<ClusterChange> changes = parallax.changes();
      var out = spec.commandLine().getOut();
      if (output.format == Format.json) {
        out.println(JsonReport.ofChanges(changes));
      } else {
        if (changes.isEmpty()) {
          out.println("no id changes recorded");
        }
        changes.forEach(change -> out.println(ChangeLine.of(change, id -> id)));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
