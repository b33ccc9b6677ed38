package dev.parallax.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.Fixtures;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.QuoteAligner;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.nlp.Annotator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BriefWriterTest {

  private static final Annotator ANNOTATOR = Annotator.standard();

  private final List<AnnotatedArticle> strike = List.of(
      load("/dev/parallax/extract/text/menu-byline-caption-footer.txt"), load("/dev/parallax/cluster/strike-begins-wire.txt"));
  private final List<AnnotatedArticle> talks = List.of(
      load("/dev/parallax/extract/text/masthead-published-subscribe.txt"), load("/dev/parallax/cluster/talks-agreed-times.txt"));
  private final List<AnnotatedArticle> march = List.of(load("/dev/parallax/compare/march-courier.txt"),
      load("/dev/parallax/compare/march-herald.txt"), load("/dev/parallax/compare/march-radio.txt"));

  @Test
  void summaryHasOneCitedVerbatimSentencePerEventInOrder() {
    Brief brief = write(List.of(strike, talks));
    List<BriefSentence> summary = section(brief, BriefSentence.Section.SUMMARY);
    Map<String, AnnotatedArticle> byId = Stream.concat(strike.stream(), talks.stream())
        .collect(Collectors.toMap(AnnotatedArticle::id, a -> a));
    assertTrue(summary.size() >= 2);
    for (BriefSentence sentence : summary.subList(0, 2)) {
      Citation citation = sentence.citations().get(0);
      assertEquals(sentence.text(), citation.span().of(byId.get(citation.article()).body()));
    }
    assertTrue(strike.stream().anyMatch(a -> a.id().equals(summary.get(0).citations().get(0).article())));
    assertFalse(brief.title().isBlank());
  }

  @Test
  void briefHasTimelineQuotesAndDifferencesAndKeepsTheCitationRules() {
    Brief brief = write(List.of(march));
    assertFalse(section(brief, BriefSentence.Section.TIMELINE).isEmpty());
    assertFalse(section(brief, BriefSentence.Section.QUOTES).isEmpty());
    List<BriefSentence> differences = section(brief, BriefSentence.Section.DIFFERENCES);
    assertTrue(differences.stream().anyMatch(s -> s.text().contains("5,000") && s.text().contains("12,000")),
        differences.toString());
    assertTrue(differences.stream().anyMatch(s -> s.text().contains("“rioters”")), differences.toString());
    Map<String, String> bodies = march.stream().collect(Collectors.toMap(AnnotatedArticle::id, AnnotatedArticle::body));
    assertEquals(List.of(), new BriefChecker().check(brief, bodies));
  }

  @Test
  void sectionsComeInReadingOrder() {
    List<BriefSentence.Section> order = write(List.of(march)).sentences().stream().map(BriefSentence::section).toList();
    List<BriefSentence.Section> sorted = order.stream().sorted().toList();
    assertEquals(sorted, order);
    assertEquals(Set.of(BriefSentence.Section.values()), Set.copyOf(order));
  }

  @Test
  void aTitleFromALongSentenceWithoutSpacesIsCutNotBroken() {
    String noSpaces = "x".repeat(150);
    assertEquals("x".repeat(87) + "…", BriefWriter.shorten(noSpaces));
    assertEquals("short title", BriefWriter.shorten("short title"));
    assertTrue(BriefWriter.shorten("word ".repeat(40)).endsWith("word…"));
  }

  @Test
  void storyWithoutArticlesHasAnEmptyBrief() {
    assertEquals(List.of(), write(List.of()).sentences());
  }

  private static Brief write(List<List<AnnotatedArticle>> events) {
    List<BriefWriter.Event> input = events.stream()
        .map(articles -> new BriefWriter.Event(articles, new QuoteAligner().align(articles))).toList();
    return new BriefWriter().write(input, new Comparer().compare(events.stream().flatMap(List::stream).toList()));
  }

  private static List<BriefSentence> section(Brief brief, BriefSentence.Section section) {
    return brief.sentences().stream().filter(s -> s.section() == section).toList();
  }

  private static AnnotatedArticle load(String resource) {
    return ANNOTATOR.annotate(Fixtures.article(resource));
  }
}
