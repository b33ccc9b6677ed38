package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.Clusterer;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.nlp.Annotator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A clustering benchmark fed as a stream, a benchmark rather than a test (its name keeps it
 * out of the normal run): the articles of {@code docs.jsonl} in order of publication, in
 * batches, against one batch of all of them (what {@code parallax recluster} computes); prints
 * both scores and every event merge the stream recorded with the gold events of its members.
 * Skips when the data is absent. Run:
 *
 * <pre>
 * nice -n 10 mvn -q -o -pl parallax-eval -am test -Dtest=StreamBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.data=../shared/eval/clustering/ecbplus -Dbench.batch=20 -Dbench.split=dev
 * </pre>
 */
class StreamBenchmark {

  @Test
  void streamAgainstOneBatch() throws Exception {
    String data = System.getProperty("bench.data");
    Assumptions.assumeTrue(data != null && Files.isRegularFile(Path.of(data, "docs.jsonl")), "no -Dbench.data");
    int batchSize = Integer.getInteger("bench.batch", 20);
    String split = System.getProperty("bench.split", "dev");
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    Map<String, String> scored = new HashMap<>();
    Annotator annotator = Annotator.standard();
    List<AnnotatedArticle> articles = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(data, "docs.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode record = mapper.readTree(line);
        Article article = ClusterEvaluation.article(record);
        articles.add(annotator.annotate(article));
        gold.put(article.id(), record.get("event").asText());
        if (split.equals("all") || split.equals(record.path("split").asText(null))) {
          scored.put(article.id(), record.get("event").asText());
        }
      }
    }
    articles.sort(Comparator.comparing((AnnotatedArticle a) -> a.article().published() == null ? "9999"
        : a.article().published().iso()).thenComparing(AnnotatedArticle::id));
    Clusterer stream = Clusterer.create(Clusterer.Settings.DEFAULTS);
    for (int from = 0; from < articles.size(); from += batchSize) {
      stream.add(articles.subList(from, Math.min(articles.size(), from + batchSize)));
    }
    Clusterer batch = Clusterer.create(Clusterer.Settings.DEFAULTS);
    batch.add(articles);
    System.out.println("stream, batches of " + batchSize + ": " + scores(stream.clustering(), scored));
    System.out.println("one batch: " + scores(batch.clustering(), scored));
    for (ClusterChange change : stream.clustering().changes()) {
      if (!change.aboutStories()) {
        Map<String, Integer> labels = new TreeMap<>();
        stream.clustering().events().stream().filter(event -> event.id().equals(change.to().get(0)))
            .forEach(event -> event.articles().forEach(id -> labels.merge(gold.get(id), 1, Integer::sum)));
        System.out.println(change.from() + " merged, bridged by gold " + gold.get(change.article()) + ": " + labels);
      }
    }
    System.out.println(stream.clustering().changes().size() + " changes recorded by the stream");
  }

  private static ClusteringScores scores(Clustering clustering, Map<String, String> gold) {
    Map<String, String> predicted = new HashMap<>();
    for (Event event : clustering.events()) {
      event.articles().stream().filter(gold::containsKey).forEach(id -> predicted.put(id, event.id()));
    }
    return ClusteringScores.of(gold, predicted);
  }
}
