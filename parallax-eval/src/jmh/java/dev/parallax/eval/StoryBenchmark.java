package dev.parallax.eval;

import dev.parallax.brief.Brief;
import dev.parallax.brief.BriefWriter;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.GeneratedStory;
import dev.parallax.compare.QuoteAligner;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.nlp.Annotator;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The per-story work of one generated story ({@code GeneratedStory}, parallax-core's test jar)
 * of {@code articles} articles, annotated beforehand, as one event: quote groups, the
 * comparison ({@link Comparer#compare}) and the brief ({@link BriefWriter#write}). Time per
 * story; divide by {@code articles} for the time per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class StoryBenchmark {

  @Param({"100", "1000", "5000"})
  public int articles;

  private List<AnnotatedArticle> story;

  @Setup
  public void generate() {
    Annotator annotator = Annotator.standard();
    story = GeneratedStory.articles(articles, 7).stream().map(annotator::annotate).toList();
  }

  @Benchmark
  public Brief compareAndWrite() {
    List<QuoteGroup> quotes = new QuoteAligner().align(story);
    Comparison comparison = new Comparer().compare(story);
    return new BriefWriter().write(List.of(new BriefWriter.Event(story, quotes)), comparison);
  }
}
