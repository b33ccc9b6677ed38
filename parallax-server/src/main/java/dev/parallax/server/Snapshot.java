package dev.parallax.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Analysis;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.server.json.JsonReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis of one store commit, indexed for reading: articles, events and stories by id,
 * the story list in display order (latest first), and each story's page rendered once and
 * kept. Immutable once built, so any number of requests read it at the same time; an ingest
 * builds a new one.
 */
final class Snapshot {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Analysis analysis;
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, Analysis.EventReport> events = new LinkedHashMap<>();
  private final Map<String, Analysis.StoryReport> stories = new LinkedHashMap<>();
  private final Map<String, String> eventOfArticle = new LinkedHashMap<>();
  private final List<StorySummary> storyList;
  private final Map<String, byte[]> storyPages = new ConcurrentHashMap<>();

  /** A story as the list shows it; {@code lead} is the first sentence of its brief, or null. */
  record StorySummary(String id, String title, String lead, int events, int articles, List<String> outlets,
      LocalDate first, LocalDate last) {}

  Snapshot(Analysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    analysis.articles().forEach(article -> articles.put(article.id(), article));
    for (Analysis.EventReport report : analysis.events()) {
      events.put(report.event().id(), report);
      report.event().articles().forEach(article -> eventOfArticle.put(article, report.event().id()));
    }
    analysis.stories().forEach(report -> stories.put(report.story().id(), report));
    this.storyList = analysis.stories().stream().map(this::summary)
        .sorted(Comparator.comparing(StorySummary::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StorySummary::articles, Comparator.reverseOrder())
            .thenComparing(StorySummary::id))
        .toList();
  }

  Analysis analysis() {
    return analysis;
  }

  List<StorySummary> stories() {
    return storyList;
  }

  List<Analysis.EventReport> events() {
    return analysis.events();
  }

  Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  Optional<Analysis.EventReport> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  /**
   * The current event or story that {@code id} stands for when it was merged away (see
   * {@link ClusterChange#resolve}); empty when it is current or unknown.
   */
  Optional<String> mergedInto(String id) {
    if (events.containsKey(id) || stories.containsKey(id)) {
      return Optional.empty();
    }
    Set<String> current = new java.util.HashSet<>(events.keySet());
    current.addAll(stories.keySet());
    return ClusterChange.resolve(analysis.changes(), current, id);
  }

  /** The story an article belongs to, if it is clustered. */
  Optional<String> storyOfArticle(String articleId) {
    return Optional.ofNullable(eventOfArticle.get(articleId)).map(event -> events.get(event).event().story());
  }

  /** The event an article belongs to, if it is clustered. */
  Optional<String> eventOfArticle(String articleId) {
    return Optional.ofNullable(eventOfArticle.get(articleId));
  }

  Optional<StorySummary> storySummary(String id) {
    return stories.containsKey(id) ? Optional.of(summary(stories.get(id))) : Optional.empty();
  }

  /**
   * Everything the story page shows, as JSON bytes: the story and its brief, a summary, its
   * events by date (entities, quote groups, facts), its articles in full, and the coverage:
   * articles per publication day.
   */
  Optional<byte[]> storyPage(String id) {
    if (!stories.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(storyPages.computeIfAbsent(id, this::renderStoryPage));
  }

  private byte[] renderStoryPage(String id) {
    Analysis.StoryReport report = stories.get(id);
    ObjectNode root = MAPPER.createObjectNode();
    JsonReport.story(root.putObject("story"), report);
    root.set("summary", summaryNode(summary(report)));
    List<Analysis.EventReport> members = eventsOf(report);
    ArrayNode eventNodes = root.putArray("events");
    members.forEach(event -> JsonReport.event(eventNodes.addObject(), event));
    ArrayNode articleNodes = root.putArray("articles");
    List<Article> storyArticles = articlesOf(members);
    storyArticles.forEach(article -> JsonReport.article(articleNodes.addObject(), article));
    ArrayNode coverage = root.putArray("coverage");
    coverage(members).forEach((day, count) -> coverage.addObject().put("date", day.toString()).put("articles", count));
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render story " + id, e);
    }
  }

  static ObjectNode summaryNode(StorySummary summary) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", summary.id()).put("title", summary.title()).put("lead", summary.lead())
        .put("events", summary.events()).put("articles", summary.articles());
    ArrayNode outlets = node.putArray("outlets");
    summary.outlets().forEach(outlets::add);
    node.put("first", summary.first() == null ? null : summary.first().toString());
    node.put("last", summary.last() == null ? null : summary.last().toString());
    return node;
  }

  private StorySummary summary(Analysis.StoryReport report) {
    List<Analysis.EventReport> members = eventsOf(report);
    List<Article> storyArticles = articlesOf(members);
    Set<String> outlets = new LinkedHashSet<>();
    storyArticles.forEach(article -> outlets.add(article.outlet() == null ? "unknown outlet" : article.outlet()));
    List<LocalDate> days = new ArrayList<>(coverage(members).keySet());
    String lead = report.brief().sentences().isEmpty() ? null : report.brief().sentences().get(0).text();
    return new StorySummary(report.story().id(), report.story().title(), lead, members.size(), storyArticles.size(),
        List.copyOf(outlets), days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1));
  }

  /** The story's events, dated ones first by date, then undated in story order. */
  private List<Analysis.EventReport> eventsOf(Analysis.StoryReport report) {
    return report.story().events().stream().map(events::get).filter(Objects::nonNull)
        .sorted(Comparator.comparing((Analysis.EventReport event) -> event.event().date(),
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private List<Article> articlesOf(List<Analysis.EventReport> members) {
    return members.stream().flatMap(event -> event.event().articles().stream())
        .map(articles::get).filter(Objects::nonNull).toList();
  }

  /** Articles per day: the publication day, or the event's day for an undated article. */
  private TreeMap<LocalDate, Integer> coverage(List<Analysis.EventReport> members) {
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    for (Analysis.EventReport event : members) {
      for (String id : event.event().articles()) {
        Article article = articles.get(id);
        LocalDate day = article != null && article.published() != null ? article.published().date() : event.event().date();
        if (day != null) {
          days.merge(day, 1, Integer::sum);
        }
      }
    }
    return days;
  }
}
