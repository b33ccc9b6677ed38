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

  /** The outcome: counts and htmldate's scores; {@code missing} pages had no HTML file. */
  public record Result(int pages, int truePositives, int falsePositives, int falseNegatives, int missing) {
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
    Extractor extractor = new Extractor();
    int pages = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int missing = 0;
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
        Path page = ExtractionEvaluation.gzippedPage(folder, FOLDERS, entry.path("file").asText());
        if (page == null) {
          missing++;
          fn++;
          continue;
        }
        PublicationTime found = extractor.htmlPublished(HtmlCharset.decode(gunzip(page), null), url);
        if (found == null) {
          fn++;
        } else if (found.date().toString().equals(entry.path("date").asText())) {
          tp++;
        } else {
          fp++;
        }
      }
    }
    return new Result(pages, tp, fp, fn, missing);
  }

  static byte[] gunzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return in.readAllBytes();
    }
  }
}
