package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.extract.Extractor;
import dev.parallax.extract.HtmlCharset;
import dev.parallax.model.PublicationTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Evaluates publication dates on a folder in the layout of htmldate's evaluation set: JSON files
 * {@code {url: {file, date}}} ({@value #DEFAULT_SET} and {@value #MEDIACLOUD_SET}) and gzipped
 * pages looked up in {@code test_set/}, {@code cache/}, {@code eval/} in that order. The metric
 * is htmldate's: per page, no date is a false negative, the gold day a true positive, another
 * day a false positive; accuracy is true positives over all pages.
 */
public final class DateEvaluation {

  static final String DEFAULT_SET = "eval_default.json";
  static final String MEDIACLOUD_SET = "eval_mediacloud_2020.json";
  /** Upstream's files are written by Python and hold {@code NaN} for absent values. */
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final List<String> FOLDERS = List.of("test_set", "cache", "eval");

  /**
   * A page whose date was wrong or not found.
   *
   * @param found the date found (ISO form, with time and offset where known), or null
   */
  public record Miss(String url, String file, String gold, String found) {}

  /**
   * The outcome: counts and htmldate's scores; {@code missing} pages had no HTML file; {@code
   * misses} lists the pages with a wrong or no date, in the benchmark's order.
   */
  public record Result(int pages, int truePositives, int falsePositives, int falseNegatives, int missing,
      List<Miss> misses) {
    public Result {
      misses = List.copyOf(misses);
    }

    public double precision() {
      return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double accuracy() {
      return pages == 0 ? 0 : (double) truePositives / pages;
    }

    public double f1() {
      return ClusteringScores.f1(precision(), recall());
    }
  }

  public Result run(Path folder) throws IOException {
    return run(folder, true);
  }

  /**
   * Runs the benchmark; with {@code withUrls} false the pages are read without their URL, as
   * upstream's comparison runs every tool (dates in the URL's path then count only where the page
   * itself declares its URL, as in {@code <link rel=canonical>}).
   */
  public Result run(Path folder, boolean withUrls) throws IOException {
    Extractor extractor = new Extractor();
    int pages = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int missing = 0;
    List<Miss> misses = new ArrayList<>();
    for (String set : List.of(DEFAULT_SET, MEDIACLOUD_SET)) {
      Path file = folder.resolve(set);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      JsonNode entries = JSON.readTree(file.toFile());
      for (Iterator<String> urls = entries.fieldNames(); urls.hasNext(); ) {
        String url = urls.next();
        JsonNode entry = entries.get(url);
        pages++;
        String name = entry.path("file").asText();
        String gold = entry.path("date").asText();
        Path page = ExtractionEvaluation.gzippedPage(folder, FOLDERS, name);
        if (page == null) {
          missing++;
          fn++;
          misses.add(new Miss(url, name, gold, null));
          continue;
        }
        PublicationTime found = extractor.htmlPublished(HtmlCharset.decode(gunzip(page), null), withUrls ? url : null);
        if (found == null) {
          fn++;
          misses.add(new Miss(url, name, gold, null));
        } else if (found.date().toString().equals(gold)) {
          tp++;
        } else {
          fp++;
          misses.add(new Miss(url, name, gold, found.iso()));
        }
      }
    }
    return new Result(pages, tp, fp, fn, missing, misses);
  }

  static byte[] gunzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }
}
