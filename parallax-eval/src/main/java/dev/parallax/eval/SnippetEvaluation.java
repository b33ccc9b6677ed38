package dev.parallax.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.extract.Extractor;
import dev.parallax.extract.HtmlCharset;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Evaluates body extraction on a folder in the layout of trafilatura's evaluation set: {@code
 * evaldata.json} ({@code {url: {file, with: [...], without: [...]}}}) and gzipped pages in
 * {@code cache/} then {@code eval/}. The metric is trafilatura's: with text and snippets
 * whitespace-normalised, a "with" snippet found in the body is a true positive (else a false
 * negative), a "without" snippet found is a false positive (else a true negative); counts are
 * summed over all pages. A page without an article counts as an empty output.
 */
public final class SnippetEvaluation {

  static final String DATA = "evaldata.json";
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final List<String> FOLDERS = List.of("cache", "eval");

  /** The counts over all pages and trafilatura's scores. */
  public record Result(int pages, int truePositives, int falseNegatives, int falsePositives, int trueNegatives,
      int noArticle) {
    public double precision() {
      return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double accuracy() {
      int all = truePositives + falseNegatives + falsePositives + trueNegatives;
      return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
    }

    public double f1() {
      return ClusteringScores.f1(precision(), recall());
    }
  }

  public Result run(Path folder) throws IOException {
    JsonNode entries = JSON.readTree(folder.resolve(DATA).toFile());
    Extractor extractor = new Extractor();
    int pages = 0;
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    int noArticle = 0;
    for (Iterator<String> urls = entries.fieldNames(); urls.hasNext(); ) {
      String url = urls.next();
      JsonNode entry = entries.get(url);
      Path page = ExtractionEvaluation.gzippedPage(folder, FOLDERS, entry.path("file").asText());
      String body = "";
      if (page != null) {
        Extractor.Result result = extractor.extract(new RawDocument(url, SourceFormat.HTML,
            HtmlCharset.decode(DateEvaluation.gunzip(page), null), new RawDocument.Hints(url, null, null, null, null)));
        body = result.article() == null ? "" : normalize(result.article().body());
        noArticle += result.article() == null ? 1 : 0;
      }
      pages++;
      for (JsonNode snippet : entry.path("with")) {
        if (body.contains(normalize(snippet.asText()))) {
          tp++;
        } else {
          fn++;
        }
      }
      for (JsonNode snippet : entry.path("without")) {
        if (body.contains(normalize(snippet.asText()))) {
          fp++;
        } else {
          tn++;
        }
      }
    }
    return new Result(pages, tp, fn, fp, tn, noArticle);
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
