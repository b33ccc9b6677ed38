package dev.parallax.cli;

import dev.parallax.ingest.FileIngest;
import dev.parallax.model.IngestError;
import java.io.PrintWriter;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Progress where no bar can be drawn: rejected inputs and the summary, one line each. */
final class QuietProgress implements IngestProgress {

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private long started;

  /** @param nanoTime the clock, {@code System::nanoTime} outside tests */
  QuietProgress(PrintWriter err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
  }

  @Override
  public void start(Supplier<FileIngest.Volume> total) {
    started = nanoTime.getAsLong();
  }

  @Override
  public void rejected(IngestError error) {
    err.println("parallax: " + error);
  }

  @Override
  public void batch(FileIngest.Volume read, IngestTally tally) {
    err.flush();
  }

  @Override
  public void finish(IngestTally tally) {
    err.println(ProgressText.summary(tally, nanoTime.getAsLong() - started));
    err.flush();
  }

  @Override
  public void close() {
    err.flush();
  }
}
