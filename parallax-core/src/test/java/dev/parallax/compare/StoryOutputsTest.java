package dev.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Fixtures;
import dev.parallax.brief.BriefWriter;
import dev.parallax.dedup.NearDuplicates;
import dev.parallax.extract.Extractor;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.nlp.Annotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The per-story stages' outputs, recorded before they were indexed ({@code expected/*.txt},
 * written by the quadratic code of commit "StoryOutputsTest: outputs of the per-story stages"):
 * {@link Comparer#compare}, {@link QuoteAligner#align}, {@link NearDuplicates#origins} and
 * {@link BriefWriter#write} on the samples, the test fixtures, the seeds (skipped when {@code
 * ../shared/seeds} is absent) and generated stories must reproduce them line for line. Run with
 * {@code -Dparallax.record=true} to rewrite the files (only when an output is meant to change).
 */
class StoryOutputsTest {

  private static final Path EXPECTED = Path.of("src/test/resources/dev/parallax/compare/expected");
  private static final Annotator ANNOTATOR = Annotator.standard();

  @Test
  void samples() throws IOException {
    Path samples = Path.of("../samples");
    assumeTrue(Files.isDirectory(samples), "no samples folder");
    List<Article> articles = folder(samples);
    check("samples", events(articles, article -> article.source().replaceAll(".*/", "").substring(0, 2)));
  }

  @Test
  void fixtures() {
    List<String> resources = List.of(
        CompareFixtures.COURIER, CompareFixtures.HERALD, CompareFixtures.RADIO,
        "/dev/parallax/cluster/strike-begins-wire.txt", "/dev/parallax/cluster/talks-agreed-times.txt",
"/dev/parallax/cluster/bridge/flood-brigade.txt",
        "/dev/parallax/cluster/bridge/flood-council.txt", "/dev/parallax/cluster/bridge/flood-both.txt",
        "/dev/parallax/extract/text/menu-byline-caption-footer.txt",
        "/dev/parallax/extract/text/masthead-published-subscribe.txt", "/dev/parallax/extract/text/roundup.txt",
        "/dev/parallax/extract/text/no-headline-credit-line.txt", "/dev/parallax/extract/text/caption-credit-pitch.txt");
    List<Article> articles = resources.stream().map(Fixtures::article).toList();
    check("fixtures", events(articles, article -> article.source().replaceAll("/[^/]*$", "")));
  }

  @Test
  void seeds() throws IOException {
    Path seeds = Path.of("../../shared/seeds");
    assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds");
    check("seeds", events(folder(seeds), article -> "all"));
  }

  @Test
  void generatedStories() {
    check("generated-60", events(GeneratedStory.articles(60, 1), article -> "all"));
    check("generated-400", events(GeneratedStory.articles(400, 2),
        article -> article.id().compareTo("gen-00250") < 0 ? "first" : "second"));
  }

  /** A larger story, checked by the SHA-256 of its outputs (the text would take 10 MB). */
  @Test
  void largerGeneratedStory() {
    List<List<AnnotatedArticle>> events = events(GeneratedStory.articles(1500, 3),
        article -> "event " + (article.id().hashCode() & 3));
    Path file = EXPECTED.resolve("generated-1500.sha256");
    String actual = sha256(outputs(events)) + "\n";
    try {
      if (Boolean.getBoolean("parallax.record")) {
        Files.writeString(file, actual);
      }
      assertEquals(Files.readString(file), actual);
    } catch (IOException e) {
      throw new AssertionError("cannot read or write " + file, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The articles of a folder's {@code .txt} and {@code .html} files, by name. */
  private static List<Article> folder(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        SourceFormat format = name.endsWith(".html") ? SourceFormat.HTML : name.endsWith(".txt") ? SourceFormat.TEXT : null;
        if (format == null || name.equals("README.md")) {
          continue;
        }
        Extractor.Result result = new Extractor()
            .extract(RawDocument.of(name, format, Files.readString(file, StandardCharsets.UTF_8)));
        if (result.article() != null) {
          articles.add(result.article());
        }
      }
    }
    return articles;
  }

  /** The annotated articles grouped into events by {@code key}, in order of first article. */
  private static List<List<AnnotatedArticle>> events(List<Article> articles, Function<Article, String> key) {
    Map<String, List<AnnotatedArticle>> events = new LinkedHashMap<>();
    for (Article article : articles) {
      events.computeIfAbsent(key.apply(article), k -> new ArrayList<>()).add(ANNOTATOR.annotate(article));
    }
    return List.copyOf(events.values());
  }

  private static void check(String name, List<List<AnnotatedArticle>> events) {
    String actual = outputs(events);
    Path file = EXPECTED.resolve(name + ".txt");
    try {
      if (Boolean.getBoolean("parallax.record")) {
        Files.createDirectories(EXPECTED);
        Files.writeString(file, actual);
      }
      assertEquals(Files.readString(file), actual, name);
    } catch (IOException e) {
      throw new AssertionError("cannot read or write " + file, e);
    }
  }

  /** Every output of the per-event and per-story stages, one record per line. */
  static String outputs(List<List<AnnotatedArticle>> events) {
    StringBuilder out = new StringBuilder();
    Comparer comparer = new Comparer();
    List<BriefWriter.Event> briefEvents = new ArrayList<>();
    List<AnnotatedArticle> story = new ArrayList<>();
    for (List<AnnotatedArticle> event : events) {
      out.append("# event of ").append(event.size()).append(" articles\n");
      List<QuoteGroup> quotes = new QuoteAligner().align(event);
      quotes.forEach(group -> line(out, group));
      line(out, new NearDuplicates().origins(event.stream().map(AnnotatedArticle::article).toList()));
      comparison(out, comparer.compare(event));
      briefEvents.add(new BriefWriter.Event(event, quotes));
      story.addAll(event);
    }
    out.append("# story of ").append(story.size()).append(" articles\n");
    Comparison comparison = comparer.compare(story);
    comparison(out, comparison);
    dev.parallax.brief.Brief brief = new BriefWriter().write(briefEvents, comparison);
    line(out, brief.title());
    brief.sentences().forEach(sentence -> line(out, sentence));
    return out.toString();
  }

  private static void comparison(StringBuilder out, Comparison comparison) {
    line(out, comparison.coverage());
    comparison.facts().forEach(fact -> line(out, new Fact(fact.text(), fact.kind(), fact.statements(),
        List.of(fact.absent().size() + " absent, hash " + String.join(" ", fact.absent()).hashCode()))));
    comparison.framing().wordChoices().forEach(choice -> line(out, choice));
    comparison.framing().headlineVerbs().forEach(verbs -> line(out, verbs));
    comparison.framing().firstVoices().forEach(voice -> line(out, voice));
    comparison.framing().quoteOnlyWords().forEach(word -> line(out, word));
    comparison.timeline().entries().forEach(entry -> line(out, entry));
  }

  private static void line(StringBuilder out, Object value) {
    out.append(String.valueOf(value).replace("\n", "\\n")).append('\n');
  }
}
