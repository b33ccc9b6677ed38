package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --no-progress} option, and the progress a long command shows: a bar or a phase
 * line when the command runs on the process's own stderr and that is a terminal, else none.
 */
final class ProgressOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--no-progress", description = "Draw no progress bar on a terminal (the summary line is still printed).")
  boolean off;

  /** The progress of an ingest: a bar on a terminal, else one summary line on {@code err}. */
  IngestProgress ingest(PrintWriter err) {
    Optional<Terminal> terminal = terminal();
    if (terminal.isPresent()) {
      err.flush();
      return new TerminalProgress(terminal.get(), System::nanoTime);
    }
    return new QuietProgress(err, System::nanoTime);
  }

  /** A phase line on a terminal; shows nothing elsewhere. */
  PhaseLine phase(String phase) {
    return PhaseLine.start(terminal(), phase);
  }

  private Optional<Terminal> terminal() {
    boolean systemStreams = command != null && command.root().userObject() instanceof Main main && main.onSystemStreams();
    return off || !systemStreams ? Optional.empty() : StatusLine.stderr();
  }
}
