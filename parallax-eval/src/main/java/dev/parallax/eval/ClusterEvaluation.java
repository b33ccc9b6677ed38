package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.Clusterer;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the clustering stage on a benchmark folder holding {@code docs.jsonl} (one
 * article a line: {@code id}, {@code title}, {@code text}, optional {@code published} and
 * {@code split}, gold {@code event}). The texts are taken as already extracted: each line of
 * {@code text} is a paragraph. Articles are annotated and clustered online as Parallax does,
 * and each article's event is compared with its gold event.
 */
public final class ClusterEvaluation {

  /**
   * The outcome: scores of the events, scores of the stories (for benchmarks whose gold
   * clusters are broad stories), the time annotation plus clustering took per article, and one
   * line per gold cluster the events split or mixed.
   */
  public record Result(ClusteringScores scores, ClusteringScores storyScores, double millisPerArticle,
      List<String> errors) {}

  private final Clusterer.Settings settings;

  private final EmbeddingCheck embeddings;

  public ClusterEvaluation(Clusterer.Settings settings) {
    this(settings, null);
  }

  /** With sentence embeddings deciding the uncertain cuts; {@code embeddings} may be null for none. */
  public ClusterEvaluation(Clusterer.Settings settings, EmbeddingCheck embeddings) {
    this.settings = settings;
    this.embeddings = embeddings;
  }

  /**
   * Runs on {@code folder/docs.jsonl}. When {@code split} is not null only the records of that
   * split are scored; the others are clustered all the same, as the background a running
   * Parallax would have seen (their gold labels are never read).
   */
  public Result run(Path folder, String split) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(folder.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = mapper.readTree(line);
        Article article = article(record);
        if (split == null || split.equals(record.path("split").asText(null))) {
          gold.put(article.id(), record.get("event").asText());
        }
        articles.add(article);
      }
    }
    long start = System.nanoTime();
    Annotator annotator = Annotator.standard();
    List<AnnotatedArticle> annotated = new ArrayList<>(articles.size());
    for (Article article : articles) {
      annotated.add(annotator.annotate(article));
    }
    Clusterer clusterer = Clusterer.create(settings).embeddings(embeddings);
    clusterer.add(annotated);
    double millis = (System.nanoTime() - start) / 1e6 / Math.max(1, articles.size());
    Map<String, String> predicted = new HashMap<>();
    Map<String, String> predictedStory = new HashMap<>();
    for (Event event : clusterer.clustering().events()) {
      for (String member : event.articles()) {
        predicted.putIfAbsent(member, event.id());
        predictedStory.putIfAbsent(member, event.story());
      }
    }
    for (Map<String, String> labels : List.of(predicted, predictedStory)) {
      gold.keySet().forEach(id -> labels.putIfAbsent(id, "unplaced:" + id));
      labels.keySet().retainAll(gold.keySet());
    }
    return new Result(ClusteringScores.of(gold, predicted), ClusteringScores.of(gold, predictedStory), millis,
        ClusterErrors.of(gold, predicted));
  }

  /** A benchmark record as an already extracted article: each line of {@code text} a paragraph. */
  static Article article(JsonNode record) {
    String id = record.get("id").asText();
    String title = record.hasNonNull("title") ? record.get("title").asText() : null;
    List<String> paragraphs = new ArrayList<>();
    for (String line : record.path("text").asText("").split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    String body = String.join("\n\n", paragraphs);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String paragraph : paragraphs) {
      spans.add(new Span(at, at + paragraph.length()));
      at += paragraph.length() + 2;
    }
    PublicationTime published = null;
    if (record.hasNonNull("published")) {
      try {
        published = PublicationTime.parse(record.get("published").asText());
      } catch (RuntimeException e) {
        published = null;
      }
    }
    String outlet = record.hasNonNull("outlet") ? record.get("outlet").asText() : null;
    return new Article(id, record.path("url").asText(id), null, outlet, title, published, List.of(), body, spans,
        List.of(), List.of(), List.of(), null);
  }
}
