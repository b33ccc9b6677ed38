package dev.parallax.cli;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;

/**
 * The phase a long command is in, shown on a terminal with how long it has run ({@code
 * reclustering every article of the store  12 s}) and redrawn every half second by a daemon
 * thread; nothing at all without a terminal. Closing takes the line away. Thread-safe.
 */
final class PhaseLine implements AutoCloseable {

  private final StatusLine line;
  private final ScheduledExecutorService ticker;
  private volatile String phase;
  private volatile long started = System.nanoTime();

  private PhaseLine(StatusLine line, String phase) {
    this.line = line;
    this.phase = phase;
    if (line == null) {
      ticker = null;
      return;
    }
    ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "parallax-phase");
      thread.setDaemon(true);
      return thread;
    });
    ticker.scheduleAtFixedRate(() -> line.show(ProgressText.phase(this.phase, System.nanoTime() - started)),
        0, 500, TimeUnit.MILLISECONDS);
  }

  /** Shows {@code phase} on {@code terminal}, if there is one. */
  static PhaseLine start(Optional<Terminal> terminal, String phase) {
    return new PhaseLine(terminal.map(StatusLine::new).orElse(null), phase);
  }

  /** The next phase; its time starts now. */
  void next(String phase) {
    this.phase = phase;
    this.started = System.nanoTime();
    if (line != null) {
      line.show(ProgressText.phase(phase, 0));
    }
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      line.close();
    }
  }
}
