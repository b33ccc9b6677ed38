package dev.parallax.eval;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.nlp.Annotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Articles annotated per second (sentences, entities, times, numbers, quotes, segments), one
 * thread, over the texts of a PolNeAR split in turn. {@code data} is the split folder ({@code
 * text/*.txt}); the bar is 200 articles per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AnnotationBenchmark {

  @Param("../shared/eval/quotes/polnear/train")
  public String data;

  private final Annotator annotator = Annotator.standard();
  private final List<Article> articles = new ArrayList<>();
  private int next;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(data).resolve("text"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        articles.add(QuoteEvaluation.article(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
  }

  @Benchmark
  public AnnotatedArticle annotateOneArticle() {
    Article article = articles.get(next);
    next = (next + 1) % articles.size();
    return annotator.annotate(article);
  }
}
