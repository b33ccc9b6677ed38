package dev.parallax.cli;

import dev.parallax.ingest.FileIngest;
import dev.parallax.model.IngestError;
import java.util.function.Supplier;

/**
 * What {@code ingest} and {@code analyze} show on stderr while they run: each rejected input on
 * a line of its own, and a bar ({@link TerminalProgress}) when stderr is a terminal, else
 * nothing until the one-line summary ({@link QuietProgress}). Calls come in the order of the
 * methods below, from one thread.
 */
interface IngestProgress extends AutoCloseable {

  /** Reading starts; {@code total} measures the inputs, and is asked only by a bar. */
  void start(Supplier<FileIngest.Volume> total);

  /** An input was rejected. */
  void rejected(IngestError error);

  /** A batch was ingested; {@code read} is how much of the inputs was read by then. */
  void batch(FileIngest.Volume read, IngestTally tally);

  /** Everything was ingested: prints the summary line. */
  void finish(IngestTally tally);

  /** Takes the bar away, whether or not the ingest finished. */
  @Override
  void close();
}
