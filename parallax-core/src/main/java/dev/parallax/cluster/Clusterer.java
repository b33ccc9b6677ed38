package dev.parallax.cluster;

import dev.parallax.internal.SparseVectors;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The clustering stage: places each arriving article in an event (one happening) and each new
 * event in a story (a chain of related happenings), online.
 *
 * <p>An article joins the most similar event when the similarity reaches {@link
 * Settings#eventThreshold()}; otherwise it starts an event, which joins the most similar story
 * of the last {@link Settings#storyWindowDays()} days above {@link Settings#storyThreshold()}, or
 * starts one. Similarity mixes the cosine of IDF-weighted content words of headline and lead
 * with the IDF-weighted share of the article's entities the candidate names; events more than
 * {@link Settings#eventWindowDays()} days apart never merge. Candidates come from an index of
 * entities and rare words, not a scan of all events. Within a batch, articles are placed in order of the day
 * they report, then by id, so the outcome does not depend on input order. An event holding
 * {@link Settings#maxEventArticles()} articles takes no more: the next similar article starts
 * a new event (in the same story when it is similar enough). Ids are never
 * renumbered: a resumed clusterer continues the numbering. Not thread-safe: one writer.
 */
public final class Clusterer {

  /** Tuning of the clusterer; defaults from the seeds and the sample corpus. */
  public record Settings(double eventThreshold, double storyThreshold, int eventWindowDays, int storyWindowDays,
      double entityWeight, int maxEventArticles) {
    /** Default for {@link #maxEventArticles()}: a full event takes no more articles; the next starts a new one. */
    public static final int DEFAULT_MAX_EVENT_ARTICLES = 5_000;
    public static final Settings DEFAULTS = new Settings(0.30, 0.12, 2, 30, 0.4);

    /** Settings with the default cap of {@value #DEFAULT_MAX_EVENT_ARTICLES} articles an event. */
    public Settings(double eventThreshold, double storyThreshold, int eventWindowDays, int storyWindowDays,
        double entityWeight) {
      this(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, DEFAULT_MAX_EVENT_ARTICLES);
    }

    public Settings {
      if (eventThreshold <= 0 || eventThreshold > 1 || storyThreshold <= 0 || storyThreshold > eventThreshold) {
        throw new IllegalArgumentException("need 0 < storyThreshold <= eventThreshold <= 1, got "
            + storyThreshold + " and " + eventThreshold);
      }
      if (eventWindowDays < 0 || storyWindowDays < eventWindowDays) {
        throw new IllegalArgumentException("need 0 <= eventWindowDays <= storyWindowDays, got "
            + eventWindowDays + " and " + storyWindowDays);
      }
      if (entityWeight < 0 || entityWeight > 1) {
        throw new IllegalArgumentException("entityWeight must be in [0, 1], got " + entityWeight);
      }
      if (maxEventArticles < 1) {
        throw new IllegalArgumentException("maxEventArticles must be at least 1, got " + maxEventArticles);
      }
    }

    /** These settings with another cap on the articles of one event. */
    public Settings withMaxEventArticles(int max) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, max);
    }
  }

  /** How many of an article's rarest words index it for candidate retrieval. */
  static final int INDEXED_WORDS = 8;

  private final Settings settings;
  private final Frequencies frequencies = new Frequencies();
  private final Map<String, EventState> events = new LinkedHashMap<>();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  /** Candidate index: entity keys and each article's rarest words, to the events holding them. */
  private final Map<String, Set<EventState>> eventsByKey = new HashMap<>();
  private final Set<String> placed = new HashSet<>();
  private int nextEvent = 1;
  private int nextStory = 1;

  private Clusterer(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public static Clusterer create(Settings settings) {
    return new Clusterer(settings);
  }

  /**
   * A clusterer that continues from a stored clustering: {@code articles} are the stored
   * articles it covers (any order), whose profiles rebuild the events' and stories' state.
   */
  public static Clusterer resume(Settings settings, Clustering clustering, List<AnnotatedArticle> articles) {
    Clusterer clusterer = new Clusterer(settings);
    Map<String, ArticleProfile> profiles = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      ArticleProfile profile = ArticleProfile.of(article);
      profiles.put(profile.id(), profile);
      clusterer.frequencies.add(keys(profile));
    }
    for (Story story : clustering.stories()) {
      clusterer.stories.put(story.id(), new StoryState(story.id()));
      clusterer.nextStory = Math.max(clusterer.nextStory, number(story.id()) + 1);
    }
    for (Event event : clustering.events()) {
      EventState state = new EventState(event.id(), event.story());
      clusterer.events.put(event.id(), state);
      clusterer.nextEvent = Math.max(clusterer.nextEvent, number(event.id()) + 1);
      StoryState story = clusterer.stories.computeIfAbsent(event.story(), StoryState::new);
      story.events.add(state);
      for (String member : event.articles()) {
        ArticleProfile profile = profiles.get(member);
        if (profile == null) {
          throw new IllegalArgumentException("event " + event.id() + " names article " + member + " not given");
        }
        clusterer.addTo(state, profile);
      }
    }
    return clusterer;
  }

  /** Places a batch of new articles; articles already placed are ignored. */
  public void add(List<AnnotatedArticle> batch) {
    List<ArticleProfile> profiles = new ArrayList<>();
    for (AnnotatedArticle article : batch) {
      if (!placed.contains(article.id())) {
        ArticleProfile profile = ArticleProfile.of(article);
        profiles.add(profile);
        frequencies.add(keys(profile));
      }
    }
    profiles.sort(Comparator.comparing(ArticleProfile::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ArticleProfile::id));
    for (ArticleProfile profile : profiles) {
      place(profile);
    }
  }

  /** The events and stories so far, events in creation order, each story's events by date. */
  public Clustering clustering() {
    List<Event> eventList = new ArrayList<>();
    for (EventState event : events.values()) {
      eventList.add(new Event(event.id, event.date(), event.members, event.story));
    }
    List<Story> storyList = new ArrayList<>();
    for (StoryState story : stories.values()) {
      List<String> ids = story.events.stream()
          .sorted(Comparator.comparing(EventState::date, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(event -> number(event.id)))
          .map(event -> event.id)
          .toList();
      storyList.add(new Story(story.id, "", ids));
    }
    return new Clustering(eventList, storyList);
  }

  private void place(ArticleProfile profile) {
    EventState best = null;
    double bestScore = 0;
    for (EventState candidate : candidates(profile)) {
      double score = similarity(profile, candidate.words, candidate.entities, candidate.members.size());
      if (score > bestScore && withinDays(profile.date(), candidate.date(), settings.eventWindowDays())
          && candidate.members.size() < settings.maxEventArticles()) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.eventThreshold()) {
      best = new EventState("e" + nextEvent++, storyFor(profile).id);
      events.put(best.id, best);
      stories.get(best.story).events.add(best);
    }
    addTo(best, profile);
  }

  private StoryState storyFor(ArticleProfile profile) {
    StoryState best = null;
    double bestScore = 0;
    for (StoryState story : stories.values()) {
      if (!withinDays(profile.date(), story.lastDate(), settings.storyWindowDays())) {
        continue;
      }
      double score = similarity(profile, story.words(), story.entities(), story.articleCount());
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.storyThreshold()) {
      best = new StoryState("s" + nextStory++);
      stories.put(best.id, best);
    }
    return best;
  }

  private Set<EventState> candidates(ArticleProfile profile) {
    Set<EventState> candidates = new HashSet<>();
    for (String key : indexKeys(profile)) {
      candidates.addAll(eventsByKey.getOrDefault(key, Set.of()));
    }
    return candidates;
  }

  private void addTo(EventState event, ArticleProfile profile) {
    event.add(profile);
    placed.add(profile.id());
    for (String key : indexKeys(profile)) {
      eventsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(event);
    }
  }

  /** The article's entities and its {@value #INDEXED_WORDS} rarest content words. */
  private List<String> indexKeys(ArticleProfile profile) {
    List<String> keys = new ArrayList<>(profile.entities());
    profile.words().keySet().stream()
        .sorted(Comparator.comparingDouble((String word) -> -frequencies.idf(word)).thenComparing(word -> word))
        .limit(INDEXED_WORDS)
        .forEach(keys::add);
    return keys;
  }

  /**
   * Weighted mix of word cosine and the share of the article's entity weight the candidate
   * names; the word cosine alone for an article that names no entity.
   */
  double similarity(ArticleProfile profile, Map<String, Double> words, Map<String, Integer> entities, int size) {
    double text = SparseVectors.cosine(profile.words(), words, frequencies::idf);
    double entityTotal = 0;
    double entityShared = 0;
    for (String entity : profile.entities()) {
      double weight = frequencies.idf(entity);
      entityTotal += weight;
      if (entities.containsKey(entity)) {
        entityShared += weight * Math.min(1.0, 2.0 * entities.get(entity) / Math.max(1, size));
      }
    }
    if (entityTotal == 0) {
      return text;
    }
    return (1 - settings.entityWeight()) * text + settings.entityWeight() * entityShared / entityTotal;
  }

  private static boolean withinDays(LocalDate a, LocalDate b, int days) {
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  private static Set<String> keys(ArticleProfile profile) {
    Set<String> keys = new HashSet<>(profile.words().keySet());
    keys.addAll(profile.entities());
    return keys;
  }

  private static int number(String id) {
    try {
      return Integer.parseInt(id.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a Parallax cluster id: '" + id + "'", e);
    }
  }
}
