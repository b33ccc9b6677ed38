package dev.parallax.eval;

import dev.parallax.extract.Extractor;
import dev.parallax.extract.HtmlCharset;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time to extract one page of the Scrapinghub benchmark (all pages in turn), one
 * thread. {@code data} is the benchmark folder ({@code html/*.html.gz}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionBenchmark {

  @Param("../shared/eval/extraction/scrapinghub")
  public String data;

  private final Extractor extractor = new Extractor();
  private final List<RawDocument> pages = new ArrayList<>();
  private int next;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(data).resolve("html"))) {
      for (Path file : files.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          pages.add(RawDocument.of(file.toString(), SourceFormat.HTML, HtmlCharset.decode(in.readAllBytes(), null)));
        }
      }
    }
  }

  @Benchmark
  public Extractor.Result extractOnePage() {
    RawDocument page = pages.get(next);
    next = (next + 1) % pages.size();
    return extractor.extract(page);
  }
}
