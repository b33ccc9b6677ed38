package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.extract.Extractor;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Evaluates body extraction on a folder in the layout of the Scrapinghub article-extraction
 * benchmark: {@code html/ID.html.gz} pages and {@code ground-truth.json} ({@code {ID:
 * {articleBody, url}}}). The metric is the benchmark's: word tokens ({@code \w+}) in 4-token
 * shingles; per page, true and false positives and false negatives of the shingle multisets,
 * each divided by their sum; precision and recall from those per-page shares summed over pages
 * (each page weighs the same); F1 their harmonic mean.
 *
 * <p>Timing: all pages are first extracted {@value #WARM_UP_PASSES} times untimed (warm-up, so the JIT has compiled the
 * extractor), then each page is timed {@value #TIMED_RUNS} times in a row, as CPU time of the
 * extracting thread (one core; other processes on a shared machine inflate it less than wall
 * time), keeping the fastest run; the median over pages is reported.
 */
public final class ExtractionEvaluation {

  /** Untimed passes over all pages before the timed one, so that the JIT has compiled the extractor. */
  static final int WARM_UP_PASSES = 5;

  /** Timed runs per page; the fastest counts (the others met more interference on a shared machine). */
  static final int TIMED_RUNS = 3;

  /** One page's shares and time. */
  public record Page(String id, double precision, double recall, double f1, double millis) {}

  /** The outcome over all pages; {@code pages} worst F1 first. */
  public record Result(int pages, double precision, double recall, double f1, double medianMillis, int failures,
      List<Page> perPage) {}

  /** A page loaded for evaluation. */
  private record Loaded(String id, String url, String html, String expected) {}

  /** Evaluates Parallax's extractor. */
  public Result run(Path folder) throws IOException {
    Extractor extractor = new Extractor();
    return run(folder, (html, url) -> {
      Extractor.Result result = extractor.extract(new RawDocument(url == null ? "page" : url, SourceFormat.HTML,
          html, new RawDocument.Hints(url, null, null, null, null)));
      return result.article() == null ? null : result.article().body();
    });
  }

  /**
   * Evaluates any extractor given as a function from (html, url) to body text (null when it
   * finds no article), so that another extractor can be measured on the same pages.
   */
  public Result run(Path folder, BodyExtractor bodies) throws IOException {
    List<Loaded> loaded = load(folder);
    Function<Loaded, String> extract = page -> bodies.body(page.html(), page.url());
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (Loaded page : loaded) {
        extract.apply(page);
      }
    }
    double tp = 0;
    double fp = 0;
    double fn = 0;
    int failures = 0;
    List<Page> perPage = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (Loaded page : loaded) {
      String body = null;
      double millis = Double.MAX_VALUE;
      for (int run = 0; run < TIMED_RUNS; run++) {
        long start = threads.getCurrentThreadCpuTime();
        body = extract.apply(page);
        millis = Math.min(millis, (threads.getCurrentThreadCpuTime() - start) / 1e6);
      }
      if (body == null) {
        failures++;
        body = "";
      }
      double[] counts = ShingleMatch.of(page.expected(), body);
      tp += counts[0];
      fp += counts[1];
      fn += counts[2];
      double precision = counts[0] + counts[1] == 0 ? 0 : counts[0] / (counts[0] + counts[1]);
      double recall = counts[0] + counts[2] == 0 ? 0 : counts[0] / (counts[0] + counts[2]);
      perPage.add(new Page(page.id(), precision, recall, ClusteringScores.f1(precision, recall), millis));
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    double[] sorted = perPage.stream().mapToDouble(Page::millis).sorted().toArray();
    double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    perPage.sort(Comparator.comparingDouble(Page::f1));
    return new Result(perPage.size(), precision, recall, ClusteringScores.f1(precision, recall), median, failures,
        List.copyOf(perPage));
  }

  /** An extractor under evaluation: the body text of a page, or null when it finds none. */
  @FunctionalInterface
  public interface BodyExtractor {
    String body(String html, String url);
  }

  private static List<Loaded> load(Path folder) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
    List<Loaded> loaded = new ArrayList<>();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      Path page = folder.resolve("html").resolve(id + ".html.gz");
      if (Files.exists(page)) {
        JsonNode expected = truth.get(id);
        loaded.add(new Loaded(id, expected.path("url").asText(null), gunzip(page),
            expected.path("articleBody").asText("")));
      }
    }
    return loaded;
  }

  /** The page {@code name + ".gz"} in the first of {@code subfolders} of {@code folder} that holds it, or null. */
  static Path gzippedPage(Path folder, List<String> subfolders, String name) {
    for (String sub : subfolders) {
      Path page = folder.resolve(sub).resolve(name + ".gz");
      if (Files.isRegularFile(page)) {
        return page;
      }
    }
    return null;
  }

  private static String gunzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
