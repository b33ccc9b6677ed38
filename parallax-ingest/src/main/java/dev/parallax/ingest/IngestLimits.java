package dev.parallax.ingest;

/**
 * Bounds on what ingest reads. Each has a default and a command-line option (docs/LIMITS.md).
 *
 * @param maxBytesPerFile larger files, feed items and WARC response bodies are refused with
 *     {@code too_large} (default 16 MiB; {@code --max-bytes})
 * @param maxBytesPerJsonLine longer JSON Lines records are refused with {@code too_large}
 *     (default 16 MiB; {@code --max-bytes})
 * @param maxFolderDepth folders nested deeper are not entered, with an error (default 32)
 * @param maxBytesPerArchive a WARC file (or a gzip-compressed one) that decompresses to more
 *     bytes than this stops there with {@code too_large}; the records read before are kept
 *     (default 4 GiB; {@code --max-archive-bytes}). Bounds gzip bombs.
 */
public record IngestLimits(long maxBytesPerFile, int maxBytesPerJsonLine, int maxFolderDepth, long maxBytesPerArchive) {

  public static final IngestLimits DEFAULTS = new IngestLimits(16L << 20, 16 << 20, 32, 4L << 30);

  public IngestLimits {
    if (maxBytesPerFile < 1 || maxBytesPerJsonLine < 1 || maxFolderDepth < 0 || maxBytesPerArchive < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxBytesPerFile + ", "
          + maxBytesPerJsonLine + ", " + maxFolderDepth + ", " + maxBytesPerArchive);
    }
  }
}
