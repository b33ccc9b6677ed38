package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.ingest.FileIngest;
import dev.parallax.model.IngestError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The input paths of {@code analyze} and {@code ingest}, and reading them into a pipeline. */
final class Inputs {

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders: .txt (scraped page text), .html/.htm, .jsonl (one record a line: "
          + "url, id, title, html or text, published, outlet). Folders are read recursively.")
  List<Path> paths;

  /** Reads the inputs, ingests them, reports every rejected input on {@code err}. */
  IngestReport ingestInto(Parallax parallax, PrintWriter err) {
    FileIngest.Inputs inputs = new FileIngest().read(paths);
    IngestReport report = parallax.ingest(inputs.documents(), inputs.errors());
    for (IngestError error : report.errors()) {
      err.println("parallax: " + error);
    }
    err.flush();
    return report;
  }

  static int exitCode(IngestReport report) {
    return report.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_REJECTED;
  }
}
