package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Reads articles and prints the stories and events they report, in one go.",
        "Uses a temporary store unless --store is given.",
        "Example: parallax analyze samples/ --format md"})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Mixin
  BatchOption batch;

  @Mixin
  ProgressOption progress;

  @Mixin
  PipelineLimits limits;

  @Option(names = "--store", paramLabel = "DIR", description = "Keep the analysis in this store directory.")
  Path store;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() throws IOException {
    Path directory = store != null ? store : Files.createTempDirectory("parallax-store-");
    try (Parallax parallax = limits.apply(Parallax.builder().store(LuceneStore.open(directory))).build()) {
      IngestReport report;
      try (IngestProgress shown = progress.ingest(spec.commandLine().getErr())) {
        report = inputs.ingestInto(parallax, batch.size, shown);
      }
      AnalysisPrinter.print(parallax.analysis(), output.format, spec.commandLine().getOut());
      return Inputs.exitCode(report);
    } finally {
      if (store == null) {
        deleteTree(directory);
      }
    }
  }

  static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
