package dev.parallax.cli;

import dev.parallax.ingest.FileIngest;
import dev.parallax.model.IngestError;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * Progress on a terminal: one bar line, redrawn after each batch ({@link ProgressText#bar});
 * a rejected input is printed above it and the bar drawn again below. The totals are measured
 * before reading starts. Closing takes the bar away and closes the terminal.
 */
final class TerminalProgress implements IngestProgress {

  private final StatusLine line;
  private final LongSupplier nanoTime;
  private long started;
  private FileIngest.Volume total;

  TerminalProgress(Terminal terminal, LongSupplier nanoTime) {
    this.line = new StatusLine(terminal);
    this.nanoTime = nanoTime;
  }

  @Override
  public void start(Supplier<FileIngest.Volume> total) {
    started = nanoTime.getAsLong();
    line.show("measuring the inputs");
    this.total = total.get();
    line.show(ProgressText.bar(new FileIngest.Volume(0, 0), this.total, new IngestTally(), 0));
  }

  @Override
  public void rejected(IngestError error) {
    line.printAbove("parallax: " + error);
  }

  @Override
  public void batch(FileIngest.Volume read, IngestTally tally) {
    line.show(ProgressText.bar(read, total, tally, nanoTime.getAsLong() - started));
  }

  @Override
  public void finish(IngestTally tally) {
    line.printAbove(ProgressText.summary(tally, nanoTime.getAsLong() - started));
  }

  @Override
  public void close() {
    line.close();
  }
}
