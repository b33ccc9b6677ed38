package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.compare.Framing;
import dev.parallax.compare.FramingAnalyzer;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.nlp.Annotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures how much of the lexical bias that annotators marked in a BASIL-style benchmark
 * ({@code docs.jsonl} with gold {@code event}, and {@code annotations/<id>_ann.json} with
 * phrase-level annotations, {@code "bias": "lex"}) the framing stage shows: the articles of
 * each gold event are compared, and a marked phrase counts as shown when a word the framing
 * output lists for that article (a word choice, a quote-only word, a headline verb) lies
 * inside the phrase, or the phrase inside it.
 */
public final class FramingEvaluation {

  /** Lexical-bias phrases, how many the framing output shows, overall and for quoted phrases. */
  public record Result(int phrases, int shown, int quotedPhrases, int quotedShown, int events) {
    public double share() {
      return phrases == 0 ? 0 : (double) shown / phrases;
    }
  }

  public Result run(Path folder) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<AnnotatedArticle>> byEvent = new LinkedHashMap<>();
    Annotator annotator = Annotator.standard();
    try (BufferedReader reader = Files.newBufferedReader(folder.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode record = mapper.readTree(line);
          byEvent.computeIfAbsent(record.get("event").asText(), event -> new ArrayList<>())
              .add(annotator.annotate(ClusterEvaluation.article(record)));
        }
      }
    }
    FramingAnalyzer analyzer = new FramingAnalyzer();
    int phrases = 0;
    int shown = 0;
    int quotedPhrases = 0;
    int quotedShown = 0;
    for (List<AnnotatedArticle> event : byEvent.values()) {
      Map<String, Set<String>> words = framingWords(analyzer.analyze(event), event);
      for (AnnotatedArticle article : event) {
        Path annotation = folder.resolve("annotations").resolve(article.id() + "_ann.json");
        if (!Files.isRegularFile(annotation)) {
          continue;
        }
        for (JsonNode phrase : mapper.readTree(annotation.toFile()).path("phrase-level-annotations")) {
          if (!"lex".equals(phrase.path("bias").asText())) {
            continue;
          }
          boolean quoted = "yes".equals(phrase.path("quote").asText());
          boolean hit = shows(words.getOrDefault(article.id(), Set.of()), phrase.path("txt").asText());
          phrases++;
          shown += hit ? 1 : 0;
          quotedPhrases += quoted ? 1 : 0;
          quotedShown += quoted && hit ? 1 : 0;
        }
      }
    }
    return new Result(phrases, shown, quotedPhrases, quotedShown, byEvent.size());
  }

  /** Per article, the lower-case words the framing output lists for it. */
  private static Map<String, Set<String>> framingWords(Framing framing, List<AnnotatedArticle> event) {
    Map<String, String> bodies = new HashMap<>();
    event.forEach(article -> bodies.put(article.id(), article.body()));
    Map<String, Set<String>> words = new HashMap<>();
    List<Framing.Wording> wordings = new ArrayList<>();
    framing.wordChoices().forEach(choice -> wordings.addAll(choice.wordings()));
    framing.quoteOnlyWords().forEach(word -> wordings.addAll(word.uses()));
    for (Framing.Wording wording : wordings) {
      String text = wording.inHeadline() ? wording.term() : wording.span().of(bodies.get(wording.article()));
      words.computeIfAbsent(wording.article(), id -> new HashSet<>()).add(text.toLowerCase(Locale.ROOT));
    }
    for (Framing.HeadlineVerb verb : framing.headlineVerbs()) {
      words.computeIfAbsent(verb.article(), id -> new HashSet<>()).addAll(verb.verbs());
    }
    return words;
  }

  private static boolean shows(Set<String> words, String phrase) {
    String lower = " " + phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    for (String word : words) {
      String normal = word.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (!normal.isEmpty() && (lower.contains(" " + normal + " ") || normal.contains(lower.strip()))) {
        return true;
      }
    }
    return false;
  }
}
