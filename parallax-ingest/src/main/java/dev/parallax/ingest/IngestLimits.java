package dev.parallax.ingest;

/**
 * Bounds on what ingest reads.
 *
 * @param maxBytesPerFile larger files are refused with {@code too_large} (default 16 MiB)
 * @param maxBytesPerJsonLine longer JSON Lines records are refused with {@code too_large} (default 16 MiB)
 * @param maxFolderDepth folders nested deeper are not entered, with an error (default 32)
 */
public record IngestLimits(long maxBytesPerFile, int maxBytesPerJsonLine, int maxFolderDepth) {

  public static final IngestLimits DEFAULTS = new IngestLimits(16L << 20, 16 << 20, 32);

  public IngestLimits {
    if (maxBytesPerFile < 1 || maxBytesPerJsonLine < 1 || maxFolderDepth < 0) {
      throw new IllegalArgumentException("limits must be positive: " + maxBytesPerFile + ", "
          + maxBytesPerJsonLine + ", " + maxFolderDepth);
    }
  }
}
