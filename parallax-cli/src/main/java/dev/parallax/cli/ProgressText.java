package dev.parallax.cli;

import dev.parallax.ingest.FileIngest;
import java.util.Locale;

/** The words of progress: the bar line drawn on a terminal and the summary line printed after. */
final class ProgressText {

  private static final int BAR_WIDTH = 24;

  private ProgressText() {
  }

  /**
   * The one-line summary, for example {@code read 120 inputs, stored 118 articles in 3.2 s (37
   * articles/s), 2 rejected}; the already-stored count shows when it is not zero.
   */
  static String summary(IngestTally tally, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    return String.format(Locale.ROOT, "read %,d inputs, stored %,d articles in %.1f s (%,d articles/s)%s, %,d rejected",
        tally.inputs(), tally.stored(), seconds, rate(tally.stored(), elapsedNanos),
        tally.duplicates() == 0 ? "" : String.format(Locale.ROOT, ", %,d already stored", tally.duplicates()),
        tally.rejected());
  }

  /**
   * The bar: how much of {@code total} was read (bytes, else files; no bar when the total is
   * unknown or empty), inputs read, articles stored, articles per second and, once something
   * was read, the time left at the pace so far.
   */
  static String bar(FileIngest.Volume read, FileIngest.Volume total, IngestTally tally, long elapsedNanos) {
    StringBuilder line = new StringBuilder();
    double done = fraction(read, total);
    if (done >= 0) {
      int filled = (int) Math.round(done * BAR_WIDTH);
      line.append('[').append("=".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(done * 100))).append("  ");
      line.append(String.format(Locale.ROOT, "files %,d/%,d  ", read.files(), total.files()));
    }
    line.append(String.format(Locale.ROOT, "%,d inputs read  %,d stored  %,d articles/s", tally.inputs(),
        tally.stored(), rate(tally.stored(), elapsedNanos)));
    if (done > 0 && done < 1) {
      line.append("  ETA ").append(duration((long) (elapsedNanos * (1 - done) / done)));
    }
    return line.toString();
  }

  /** A phase and how long it has run: {@code reclustering the store  12 s}. */
  static String phase(String phase, long elapsedNanos) {
    return phase + "  " + duration(elapsedNanos);
  }

  /** {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
  static String duration(long nanos) {
    long seconds = Math.max(0, nanos / 1_000_000_000L);
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  private static double fraction(FileIngest.Volume read, FileIngest.Volume total) {
    if (total == null) {
      return -1;
    }
    if (total.bytes() > 0) {
      return Math.min(1, (double) read.bytes() / total.bytes());
    }
    return total.files() > 0 ? Math.min(1, (double) read.files() / total.files()) : -1;
  }

  private static long rate(long count, long elapsedNanos) {
    return elapsedNanos <= 0 ? 0 : Math.round(count / (elapsedNanos / 1e9));
  }
}
