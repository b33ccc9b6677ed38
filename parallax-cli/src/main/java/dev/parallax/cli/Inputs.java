package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.ingest.FileIngest;
import dev.parallax.ingest.IngestLimits;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("--max-bytes must be between 1 and " + Integer.MAX_VALUE + ", got " + maxBytes);
    }
    if (maxArchiveBytes < 1) {
      throw new IllegalArgumentException("--max-archive-bytes must be at least 1, got " + maxArchiveBytes);
    }
    IngestLimits limits = new IngestLimits(maxBytes, (int) maxBytes, IngestLimits.DEFAULTS.maxFolderDepth(), maxArchiveBytes);
    return new FileIngest(limits).read(paths);
  }

  /** Reads the inputs, ingests them batch by batch, reports every rejected input on {@code err}. */
  IngestReport ingestInto(Parallax parallax, int batch, PrintWriter err) {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
    }
    FileIngest.Inputs inputs = read();
    List<RawDocument> documents = inputs.documents();
    List<Article> added = new ArrayList<>();
    List<IngestReport.Duplicate> duplicates = new ArrayList<>();
    List<IngestReport.Version> versions = new ArrayList<>();
    List<IngestError> errors = new ArrayList<>();
    for (int from = 0; from < Math.max(1, documents.size()); from += batch) {
      List<IngestError> readErrors = from == 0 ? inputs.errors() : List.of();
      IngestReport part = parallax.ingest(documents.subList(from, Math.min(documents.size(), from + batch)), readErrors);
      added.addAll(part.added());
      duplicates.addAll(part.duplicates());
      versions.addAll(part.versions());
      errors.addAll(part.errors());
      part.errors().forEach(error -> err.println("parallax: " + error));
      err.flush();
    }
    return new IngestReport(added, duplicates, errors, versions);
  }

  static int exitCode(IngestReport report) {
    return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_REJECTED;
  }
}
