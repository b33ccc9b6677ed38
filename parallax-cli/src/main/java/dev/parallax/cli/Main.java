package dev.parallax.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: one event, seen from many outlets. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = {
        "Reads news articles from many outlets, finds which report the same happening, and shows "
            + "one event as the different outlets tell it.",
        "",
        "Start with:  parallax analyze samples/",
        "Keep a store between runs:  parallax ingest DIR --store my.store; parallax stories --store my.store"},
    subcommands = {
        AnalyzeCommand.class,
        IngestCommand.class,
        StoriesCommand.class,
        StoryCommand.class,
        ChangesCommand.class,
        ReclusterCommand.class,
        ExtractCommand.class,
        SearchCommand.class,
        CheckBriefCommand.class,
        CheckStoreCommand.class,
        ServeCommand.class,
        VersionsCommand.class,
        EvalCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything went through",
        "1:done, but some inputs were rejected (each is named on stderr)",
        "2:usage error (unknown option, missing argument)",
        "3:the store could not be opened, read or written"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final boolean systemStreams;

  private Main(boolean systemStreams) {
    this.systemStreams = systemStreams;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on standard output and error, always in UTF-8 (article text is rarely
   * ASCII, and a POSIX locale would turn every other character into '?'); returns the exit code.
   */
  public static int run(String... args) {
    return run(utf8(System.out), utf8(System.err), true, args);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /**
   * Runs the command line, printing to {@code out} and {@code err}; returns the exit code. No
   * progress bar is drawn: {@code err} is not known to be a terminal.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, false, args);
  }

  private static int run(PrintWriter out, PrintWriter err, boolean systemStreams, String... args) {
    CommandLine commandLine = new CommandLine(new Main(systemStreams));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Failures());
    return commandLine.execute(args);
  }

  /** Whether {@code err} is the process's stderr, so that a progress bar may be drawn on it. */
  boolean onSystemStreams() {
    return systemStreams;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
