package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.extract.Extractor;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Evaluates body extraction on a folder in the layout of the Scrapinghub article-extraction
 * benchmark: {@code html/ID.html.gz} pages and {@code ground-truth.json} ({@code {ID:
 * {articleBody, url}}}). The metric is the benchmark's: word tokens ({@code \w+}) in 4-token
 * shingles; per page, true and false positives and false negatives of the shingle multisets,
 * each divided by their sum; precision and recall from those per-page shares summed over pages
 * (each page weighs the same); F1 their harmonic mean. Also reports the median extraction time.
 */
public final class ExtractionEvaluation {

  /** The outcome over all pages. */
  public record Result(int pages, double precision, double recall, double f1, double medianMillis, int failures) {}

  public Result run(Path folder) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
    Extractor extractor = new Extractor();
    double tp = 0;
    double fp = 0;
    double fn = 0;
    int pages = 0;
    int failures = 0;
    List<Double> millis = new ArrayList<>();
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      Path page = folder.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(page)) {
        continue;
      }
      String html = gunzip(page);
      JsonNode expected = truth.get(id);
      long start = System.nanoTime();
      Extractor.Result result = extractor.extract(new RawDocument(page.toString(), SourceFormat.HTML, html,
          new RawDocument.Hints(expected.path("url").asText(null), id, null, null, null)));
      millis.add((System.nanoTime() - start) / 1e6);
      String body = result.article() == null ? "" : result.article().body();
      if (result.article() == null) {
        failures++;
      }
      double[] counts = ShingleMatch.of(expected.path("articleBody").asText(""), body);
      tp += counts[0];
      fp += counts[1];
      fn += counts[2];
      pages++;
    }
    double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    return new Result(pages, precision, recall, ClusteringScores.f1(precision, recall), median, failures);
  }

  private static String gunzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      byte[] bytes = in.readAllBytes();
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
