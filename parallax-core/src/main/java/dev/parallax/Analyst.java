package dev.parallax;

import dev.parallax.brief.Brief;
import dev.parallax.brief.BriefWriter;
import dev.parallax.compare.Comparer;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.CoverageCounter;
import dev.parallax.compare.EntityTally;
import dev.parallax.compare.QuoteAligner;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.dedup.NearDuplicates;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes the stored analysis of one event or one story from its members alone, so that an
 * ingest recomputes only what it touched and the result equals a from-scratch analysis. Names
 * are linked across the analysed articles of the event (for its report) or of the story (for its
 * brief); very large events and stories are read through {@link AnalysisPolicy}. Thread-safe.
 */
final class Analyst {

  private final AnalysisPolicy policy;
  private final dev.parallax.nlp.EntityLinker linker = new dev.parallax.nlp.EntityLinker();
  private final Comparer comparer = new Comparer();

  Analyst(AnalysisPolicy policy) {
    this.policy = policy;
  }

  /** The report of an event from its members (in event order) and the changes naming it. */
  Analysis.EventReport event(Event event, List<AnnotatedArticle> members, List<ClusterChange> changes) {
    List<String> chosen = policy.sampleEvent(members);
    Set<String> analysed = new HashSet<>(chosen);
    List<AnnotatedArticle> linked = linker.link(members.stream().filter(m -> analysed.contains(m.id())).toList());
    List<QuoteGroup> quotes = new QuoteAligner().align(linked);
    Comparison comparison = comparer.compare(linked);
    if (linked.size() < members.size()) {
      comparison = new Comparison(new CoverageCounter().count(members), comparison.facts(), comparison.framing(),
          comparison.timeline());
    }
    return new Analysis.EventReport(event, new EntityTally().tally(linked), quotes,
        new NearDuplicates().origins(members.stream().map(AnnotatedArticle::article).toList()), comparison, changes,
        new Analysis.Sample(members.size(), chosen));
  }

  /**
   * The report of a story from its events' reports (in story order), the stored annotations
   * ({@code load} gives the articles of the ids asked, in that order) and the changes naming it
   * or its events.
   */
  Analysis.StoryReport story(Story story, List<Analysis.EventReport> events,
      Function<List<String>, List<AnnotatedArticle>> load, List<ClusterChange> changes) {
    List<String> chosen = policy.sampleStory(events.stream().map(e -> e.sample().analysed()).toList(),
        events.stream().map(e -> e.event().articles().size()).toList());
    Set<String> analysed = new HashSet<>(chosen);
    List<String> ids = events.stream().flatMap(e -> e.event().articles().stream()).filter(analysed::contains).toList();
    Map<String, AnnotatedArticle> linked = new HashMap<>();
    linker.link(load.apply(ids)).forEach(article -> linked.put(article.id(), article));
    List<BriefWriter.Event> briefEvents = new ArrayList<>();
    List<AnnotatedArticle> all = new ArrayList<>();
    int articles = 0;
    for (Analysis.EventReport event : events) {
      articles += event.event().articles().size();
      List<AnnotatedArticle> members = event.event().articles().stream().map(linked::get)
          .filter(java.util.Objects::nonNull).toList();
      all.addAll(members);
      briefEvents.add(new BriefWriter.Event(members, quotesOf(event.quotes(), linked.keySet())));
    }
    Comparison comparison = sameArticles(events, chosen) ? events.get(0).comparison() : comparer.compare(all);
    Brief brief = new BriefWriter().write(briefEvents, comparison);
    return new Analysis.StoryReport(new Story(story.id(), brief.title(), story.events()), brief, comparison, changes,
        new Analysis.Sample(articles, chosen));
  }

  /**
   * Whether a story's comparison is its one event's: a story of one event read whole reads the
   * same articles in the same order, linked alike, so comparing them again would give the same.
   */
  private static boolean sameArticles(List<Analysis.EventReport> events, List<String> chosen) {
    return events.size() == 1 && !events.get(0).sample().partial() && events.get(0).sample().analysed().equals(chosen);
  }

  /** The quote groups with only the variants of analysed articles; groups left empty go. */
  private static List<QuoteGroup> quotesOf(List<QuoteGroup> groups, Set<String> analysed) {
    List<QuoteGroup> kept = new ArrayList<>();
    for (QuoteGroup group : groups) {
      var variants = group.variants().stream().filter(v -> analysed.contains(v.article())).toList();
      if (variants.size() == group.variants().size()) {
        kept.add(group);
      } else if (!variants.isEmpty()) {
        kept.add(new QuoteGroup(group.speaker(), variants));
      }
    }
    return kept;
  }
}
