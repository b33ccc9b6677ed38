package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.eval.PipelineBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax eval pipeline}: the whole path, extraction to on-disk store, on a generated stream. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Ingests a generated stream of raw news documents (templated English prose with people, "
        + "organisations, places, quotes, figures and dates; heavy-tailed events and stories; wire copies) through "
        + "the whole path (extract, annotate, cluster, analyse, commit to an on-disk Lucene store) in batches, then "
        + "times the reads of the full store. Progress goes to stderr; the report to stdout.",
        "Per tenth of the stream: articles, wall seconds, process CPU ms per article, heap after a GC hint, store "
            + "bytes. Totals: articles/s, articles per CPU second, last tenth's CPU per article over the first's. "
            + "Reads, each with wall and CPU ms: reopen the store, the first page of 20 stories, the full story list, "
            + "the largest story, a random story, three searches, one incremental batch of 100 new articles.",
        "--format json prints one object: articles, batch, seed, embeddings, generatedEvents, generatedStories; "
            + "tenths[] {tenth, articles, stored, wallSeconds, cpuMsPerArticle, threadCpuMsPerArticle, heapBytes, "
            + "storeBytes}; totals {articles, stored, duplicates, errors, wallSeconds, cpuSeconds, articlesPerSecond, "
            + "articlesPerCpuSecond, lastOverFirst, wallLastOverFirst, peakHeapBytes, storeBytes}; reads[] {name, "
            + "argument, results, wallMs, cpuMs}; stories, largestStory, largestStoryArticles "
            + "(docs/PERFORMANCE.md, End-to-end pipeline).",
        "Example: parallax eval pipeline --articles 2000 --no-embeddings"})
final class EvalPipelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N",
      description = "Articles to ingest, at least 10 (100 more come after as the incremental batch).")
  int articles;

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N", description = "Articles per ingest (default 1000).")
  int batch;

  @Option(names = "--store", paramLabel = "DIR",
      description = "A new or empty folder for the store, kept after the run (default: a temporary folder, deleted).")
  Path store;

  @Option(names = "--max-analysed", defaultValue = "" + dev.parallax.AnalysisPolicy.DEFAULT_MAX_ARTICLES, paramLabel = "N",
      description = "Analyse an event or story on at most N of its articles (default ${DEFAULT-VALUE}).")
  int maxAnalysed;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Generator seed (default 1).")
  long seed;

  @Option(names = "--embeddings", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Let sentence embeddings decide the clusterer's uncertain cuts (default on, as in ingest).")
  boolean embeddings;

  @Mixin
  SummaryFormatOption output;

  @Override
  public Integer call() throws JsonProcessingException {
    if (output.format != Format.text && output.format != Format.json) {
      throw new IllegalArgumentException("eval pipeline prints text or json, not " + output.format);
    }
    PipelineBenchmark.Options options = new PipelineBenchmark.Options(articles, batch, seed, store);
    PrintWriter err = spec.commandLine().getErr();
    PipelineBenchmark.Result result = new PipelineBenchmark(embeddings ? Embeddings.check(null, null) : null,
        new dev.parallax.AnalysisPolicy(maxAnalysed))
        .run(options, line -> {
          err.println("  " + line);
          err.flush();
        });
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      print(result, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PipelineBenchmark.Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "articles: %d in batches of %d (seed %d, embeddings %s); generated %d events, %d stories%n",
        r.articles(), r.batch(), r.seed(), r.embeddings() ? "on" : "off", r.generatedEvents(), r.generatedStories());
    out.println("tenth  articles  stored  wall s  CPU ms/article  thread ms/article  heap MiB  store MiB");
    for (PipelineBenchmark.Tenth t : r.tenths()) {
      out.printf(Locale.ROOT, "%5d  %8d  %6d  %6.1f  %14.2f  %17.2f  %8d  %9.1f%n", t.tenth(), t.articles(), t.stored(),
          t.wallSeconds(), t.cpuMsPerArticle(), t.threadCpuMsPerArticle(), t.heapBytes() >> 20, t.storeBytes() / 1048576.0);
    }
    PipelineBenchmark.Totals t = r.totals();
    out.printf(Locale.ROOT, "ingest: %d stored, %d duplicates, %d errors; %.1f s wall, %.1f s CPU; %.1f articles/s, "
        + "%.1f articles per CPU second%n", t.stored(), t.duplicates(), t.errors(), t.wallSeconds(), t.cpuSeconds(),
        t.articlesPerSecond(), t.articlesPerCpuSecond());
    out.printf(Locale.ROOT, "last tenth over first, per article: %.2f CPU, %.2f wall; peak heap %d MiB; store %.1f MiB%n",
        t.lastOverFirst(), t.wallLastOverFirst(), t.peakHeapBytes() >> 20, t.storeBytes() / 1048576.0);
    out.printf(Locale.ROOT, "stories: %d; largest %s with %d articles%n", r.stories(), r.largestStory(),
        r.largestStoryArticles());
    out.println("read          argument                  results   wall ms    CPU ms");
    for (PipelineBenchmark.Read read : r.reads()) {
      out.printf(Locale.ROOT, "%-12s  %-24s  %7d  %8.1f  %8.1f%n", read.name(), read.argument(), read.results(),
          read.wallMs(), read.cpuMs());
    }
  }
}
