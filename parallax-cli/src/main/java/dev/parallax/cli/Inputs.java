package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.ingest.FileIngest;
import dev.parallax.ingest.IngestLimits;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input paths of {@code analyze} and {@code ingest}, and reading them into a pipeline. */
final class Inputs {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders: .txt (scraped page text), .html/.htm, .jsonl (one record a line: "
          + "url, id, title, html or text, published, outlet), .rss/.atom/.xml feeds (one article an item), "
          + ".warc/.warc.gz (HTML responses). Folders are read recursively.")
  List<Path> paths;

  @Option(names = "--max-bytes", defaultValue = "16777216", paramLabel = "BYTES",
      description = "Refuse files (and JSON Lines records) larger than this (default ${DEFAULT-VALUE}, 16 MiB).")
  long maxBytes;

  @Option(names = "--max-archive-bytes", defaultValue = "4294967296", paramLabel = "BYTES",
      description = "Stop reading a WARC file once it has decompressed to this many bytes (default ${DEFAULT-VALUE}, "
          + "4 GiB); bounds gzip bombs.")
  long maxArchiveBytes;

  /** The documents and read errors of the inputs, within the limits given. */
  FileIngest.Inputs read() {
    return new FileIngest(limits()).read(paths);
  }

  private IngestLimits limits() {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("--max-bytes must be between 1 and " + Integer.MAX_VALUE + ", got " + maxBytes);
    }
    if (maxArchiveBytes < 1) {
      throw new IllegalArgumentException("--max-archive-bytes must be at least 1, got " + maxArchiveBytes);
    }
    return new IngestLimits(maxBytes, (int) maxBytes, IngestLimits.DEFAULTS.maxFolderDepth(), maxArchiveBytes);
  }

  /**
   * Reads the inputs batch by batch ({@link FileIngest#stream}) and ingests each batch as it is
   * read, so that memory is bounded by {@code batch}, not by the inputs; every rejected input
   * goes to {@code progress} as it is met.
   */
  IngestReport ingestInto(Parallax parallax, int batch, IngestProgress progress) {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
    }
    FileIngest ingest = new FileIngest(limits());
    IngestTally tally = new IngestTally();
    progress.start(() -> ingest.measure(paths));
    ingest.stream(paths, batch, part -> {
      IngestReport report = parallax.ingest(part.documents(), part.errors());
      tally.add(part.size(), report);
      report.errors().forEach(progress::rejected);
      progress.batch(part.read(), tally);
    });
    progress.finish(tally);
    return tally.report();
  }

  static int exitCode(IngestReport report) {
    return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_REJECTED;
  }
}
