package dev.parallax.cluster;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Clustering;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The clustering stage: places each arriving article in an event (one happening) and each new
 * event in a story (a chain of related happenings), online, batch by batch.
 *
 * <p>An article joins the most similar existing event when the similarity reaches {@link
 * Settings#eventThreshold()}. The articles of a batch that join none are grouped among
 * themselves by {@link AverageLinkage} (mean similarity from {@link Settings#groupThreshold()},
 * within {@link Settings#eventWindowDays()} days) and each group is cut by {@link Bisection}
 * while it holds several similar happenings; each resulting group starts an event, which joins
 * the most similar story of the last {@link Settings#storyWindowDays()} days above {@link
 * Settings#storyThreshold()}, or starts one. Similarity mixes the cosine of IDF-weighted terms
 * of the whole text with the IDF-weighted share of entities. Candidates come from a bounded
 * inverted index of entities and characteristic words, never a scan of all events or stories;
 * events past the date window and idle stories are closed to keep memory bounded. Within a
 * batch, articles are placed in order of the day they report, then by id, so the outcome does
 * not depend on input order. Ids are never renumbered: a resumed clusterer continues the
 * numbering. An event holding {@link Settings#maxEventArticles()} articles takes no more: the
 * next similar article starts a new event. Two existing events that a later article bridges
 * merge when their centroids have become alike; the older id survives and a {@link
 * ClusterChange} records it (see {@link IdMapping} for re-clustering). Given an {@link
 * EmbeddingCheck}, sentence embeddings decide the cuts that are near the split ratio; without
 * one, the similarities alone. Not thread-safe: one writer.
 */
public final class Clusterer {

  /**
   * Tuning of the clusterer; defaults tuned on the ECB+ train and dev topics.
   *
   * @param eventThreshold mean similarity a group of new articles needs to join an existing event
   * @param storyThreshold similarity a new event needs to join a story
   * @param eventWindowDays days apart beyond which two articles never share an event
   * @param storyWindowDays days after a story's last event in which it can still grow
   * @param entityWeight weight of shared entities against shared words, in [0, 1]
   * @param groupThreshold mean similarity at which average linkage joins two groups of a batch
   * @param splitRatio a group is cut in two while the mean similarity across the halves stays
   *     below this share of the mean similarity within them (see {@link Bisection})
   * @param maxEventArticles a full event takes no more articles; the next similar one starts a new event
   * @param splitMarkers a cut is kept only when at least this many terms mark one part against
   *     the other (see {@link Markers}); 0 turns the test off
   * @param mergeRatio after the cuts, two parts of a group rejoin while their mean similarity
   *     across reaches this share of the smaller of their within-means (above 1: never)
   */
  public record Settings(double eventThreshold, double storyThreshold, int eventWindowDays, int storyWindowDays,
      double entityWeight, double groupThreshold, double splitRatio, int maxEventArticles, int splitMarkers,
      double mergeRatio) {
    /** Default for {@link #maxEventArticles()}: a full event takes no more articles; the next starts a new one. */
    public static final int DEFAULT_MAX_EVENT_ARTICLES = 5_000;
    /** Default for {@link #splitMarkers()}. */
    public static final int DEFAULT_SPLIT_MARKERS = 3;
    /** Default for {@link #mergeRatio()}: off (it did not help on the ECB+ dev topics, see docs/NEXT-cluster.md). */
    public static final double DEFAULT_MERGE_RATIO = 2;
    public static final Settings DEFAULTS = new Settings(0.30, 0.12, 2, 30, 0.2, 0.08, 0.7);

    /** Settings with the default marker test and merge-back ratio. */
    public Settings(double eventThreshold, double storyThreshold, int eventWindowDays, int storyWindowDays,
        double entityWeight, double groupThreshold, double splitRatio, int maxEventArticles) {
      this(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, groupThreshold, splitRatio,
          maxEventArticles, DEFAULT_SPLIT_MARKERS, DEFAULT_MERGE_RATIO);
    }

    /** Settings with the default cap of {@value #DEFAULT_MAX_EVENT_ARTICLES} articles an event. */
    public Settings(double eventThreshold, double storyThreshold, int eventWindowDays, int storyWindowDays,
        double entityWeight, double groupThreshold, double splitRatio) {
      this(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, groupThreshold, splitRatio,
          DEFAULT_MAX_EVENT_ARTICLES);
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
      if (groupThreshold <= 0 || groupThreshold > 1 || splitRatio < 0 || splitRatio > 1) {
        throw new IllegalArgumentException("need groupThreshold in (0, 1] and splitRatio in [0, 1], got "
            + groupThreshold + " and " + splitRatio);
      }
      if (maxEventArticles < 1) {
        throw new IllegalArgumentException("maxEventArticles must be at least 1, got " + maxEventArticles);
      }
      if (splitMarkers < 0) {
        throw new IllegalArgumentException("splitMarkers must not be negative, got " + splitMarkers);
      }
      if (!(mergeRatio > 0)) {
        throw new IllegalArgumentException("mergeRatio must be positive, got " + mergeRatio);
      }
    }

    /** These settings with another entity weight. */
    public Settings withEntityWeight(double weight) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, weight, groupThreshold,
          splitRatio, maxEventArticles, splitMarkers, mergeRatio);
    }

    /** These settings with another batch grouping threshold and split ratio. */
    public Settings withGrouping(double threshold, double ratio) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, threshold,
          ratio, maxEventArticles, splitMarkers, mergeRatio);
    }

    /** These settings with another cap on the articles of one event. */
    public Settings withMaxEventArticles(int max) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, groupThreshold,
          splitRatio, max, splitMarkers, mergeRatio);
    }

    /** These settings with another merge-back ratio (above 1 turns the merge-back pass off). */
    public Settings withMergeRatio(double ratio) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, groupThreshold,
          splitRatio, maxEventArticles, splitMarkers, ratio);
    }

    /** These settings with another number of marker terms a cut needs (0: no marker test). */
    public Settings withSplitMarkers(int markers) {
      return new Settings(eventThreshold, storyThreshold, eventWindowDays, storyWindowDays, entityWeight, groupThreshold,
          splitRatio, maxEventArticles, markers, mergeRatio);
    }
  }

  /** How many of an article's most characteristic words (weight times IDF) index it for candidate retrieval. */
  static final int INDEXED_WORDS = 20;
  /** At most this many articles of a batch (those sharing most index keys) are compared with each article of it. */
  static final int MAX_CANDIDATES = 50;
  /** Events kept per key of the candidate index, latest first. */
  static final int POSTINGS = 32;
  /** Existing events an article is compared with, at most. */
  static final int EVENT_CANDIDATES = 24;
  /** Groups larger than this are not tested for a split (the test compares all their pairs). */
  static final int MAX_SPLIT = 400;

  private final Settings settings;
  private final Vocabulary vocabulary = new Vocabulary();
  private final Frequencies frequencies = new Frequencies();
  private final Map<String, EventState> events = new LinkedHashMap<>();
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  /**
   * Candidate index: entity keys and each article's most characteristic words, to the latest
   * {@value #POSTINGS} events holding them (older ones are outside every time window that matters).
   */
  private final List<ArrayDeque<EventState>> eventsByKey = new ArrayList<>();
  /** Counter of {@link #candidates} calls, marking which events the current call has counted. */
  private int round;
  private final Set<String> placed = new HashSet<>();
  /** Events and stories whose vectors are kept, oldest first; and the latest anchored day seen. */
  private final ArrayDeque<EventState> openEvents = new ArrayDeque<>();
  private final ArrayDeque<StoryState> openStories = new ArrayDeque<>();
  private LocalDate latestDay;
  /** Per batch (the weights change between batches): each article's index keys and weighted vector. */
  private final Map<ArticleProfile, int[]> keysOf = new IdentityHashMap<>();
  private final Map<ArticleProfile, TermVector> vectorsOf = new IdentityHashMap<>();
  private int nextEvent = 1;
  private int nextStory = 1;
  /** Merges and splits recorded so far, oldest first (see {@link ClusterChange}). */
  private final List<ClusterChange> changes = new ArrayList<>();
  /** What changed since the last {@link #update()}: events and stories touched, and ids gone. */
  private final Set<String> dirtyEvents = new java.util.LinkedHashSet<>();
  private final Set<String> dirtyStories = new java.util.LinkedHashSet<>();
  private final Set<String> removedEvents = new java.util.LinkedHashSet<>();
  private final Set<String> removedStories = new java.util.LinkedHashSet<>();
  /** Touched events and stories dropped from memory before an {@link #update()} handed them out. */
  private final List<Event> forgottenEvents = new ArrayList<>();
  private final List<Story> forgottenStories = new ArrayList<>();
  /** How many of {@link #changes} an {@link #update()} has handed out. */
  private int changesReported;
  /** Whether closed stories and their events are dropped from memory (see {@link #forgetClosed()}). */
  private boolean forgetClosed;
  private Clock clock = Clock.systemUTC();
  /** Second opinion on uncertain cuts, or null; and, per batch, the article behind each profile. */
  private EmbeddingCheck embeddings;
  private final Map<ArticleProfile, AnnotatedArticle> articlesOf = new IdentityHashMap<>();

  private Clusterer(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public static Clusterer create(Settings settings) {
    return new Clusterer(settings);
  }

  /** Uses {@code clock} to time the changes it records (default: the system clock, UTC). */
  public Clusterer clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Lets sentence embeddings decide the cuts of a batch group that are near the split ratio
   * (see {@link EmbeddingCheck}); null (the default) for none, the similarities alone.
   */
  public Clusterer embeddings(EmbeddingCheck check) {
    this.embeddings = check;
    return this;
  }

  /**
   * Drops closed stories and their events from memory, so the clusterer holds only its working
   * set (open events and stories, the candidate index, the vocabulary and its frequencies) on an
   * endless stream; {@link #clustering()} then covers only what is held, and a caller keeps the
   * rest from {@link #update()}. Recorded changes are then kept only until handed out.
   */
  public Clusterer forgetClosed() {
    this.forgetClosed = true;
    for (StoryState story : List.copyOf(stories.values())) {
      if (story.centroid.closed()) {
        forget(story);
      }
    }
    return this;
  }

  /**
   * What changed since the last call (or since creation): the events and stories that gained,
   * lost or moved members (as they stand now; a story listed with all its events), the ids that
   * were merged away, and the changes recorded.
   */
  public ClusterUpdate update() {
    List<Event> eventList = new ArrayList<>(forgottenEvents);
    List<Story> storyList = new ArrayList<>(forgottenStories);
    forgottenEvents.clear();
    forgottenStories.clear();
    for (String id : dirtyEvents) {
      EventState event = events.get(id);
      if (event != null) {
        eventList.add(record(event));
      }
    }
    for (String id : dirtyStories) {
      StoryState story = stories.get(id);
      if (story != null) {
        storyList.add(record(story));
      }
    }
    ClusterUpdate update = new ClusterUpdate(eventList, storyList, removedEvents, removedStories,
        changes.subList(changesReported, changes.size()));
    dirtyEvents.clear();
    dirtyStories.clear();
    removedEvents.clear();
    removedStories.clear();
    if (forgetClosed) {
      changes.clear();
      changesReported = 0;
    } else {
      changesReported = changes.size();
    }
    return update;
  }

  /**
   * Lets a new version of an article take the earlier one's place in its event, without
   * re-clustering (the event's vector keeps the earlier text); false when the clusterer does
   * not hold the event of {@code earlier} (it was dropped, see {@link #forgetClosed()}).
   */
  public boolean rename(String earlier, String newer) {
    for (EventState event : events.values()) {
      int at = event.members.indexOf(earlier);
      if (at >= 0) {
        event.members.set(at, newer);
        placed.remove(earlier);
        placed.add(newer);
        touch(event);
        return true;
      }
    }
    return false;
  }

  /** Marks an event and its story as changed for the next {@link #update()}. */
  private void touch(EventState event) {
    dirtyEvents.add(event.id);
    dirtyStories.add(event.story);
  }

  /** The embedding check in use, or null. */
  public EmbeddingCheck embeddings() {
    return embeddings;
  }

  /**
   * A clusterer that continues from a stored clustering: {@code articles} are the stored
   * articles it covers (any order), whose profiles rebuild the events' and stories' state.
   */
  public static Clusterer resume(Settings settings, Clustering clustering, List<AnnotatedArticle> articles) {
    Clusterer clusterer = new Clusterer(settings);
    Map<String, ArticleProfile> profiles = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      ArticleProfile profile = ArticleProfile.of(article, clusterer.vocabulary);
      profiles.put(profile.id(), profile);
      clusterer.frequencies.add(profile.words().ids(), profile.entities());
    }
    clusterer.changes.addAll(clustering.changes());
    for (ClusterChange change : clustering.changes()) {
      for (String id : change.from()) {
        clusterer.reserve(id);
      }
      for (String id : change.to()) {
        clusterer.reserve(id);
      }
    }
    for (Story story : clustering.stories()) {
      clusterer.stories.put(story.id(), new StoryState(story.id()));
      clusterer.nextStory = Math.max(clusterer.nextStory, Clustering.number(story.id()) + 1);
    }
    for (Event event : clustering.events()) {
      EventState state = new EventState(event.id(), Clustering.number(event.id()), event.story());
      clusterer.events.put(event.id(), state);
      clusterer.nextEvent = Math.max(clusterer.nextEvent, Clustering.number(event.id()) + 1);
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
    clusterer.keysOf.clear();
    clusterer.vectorsOf.clear();
    clusterer.openEvents.addAll(clusterer.events.values());
    clusterer.openStories.addAll(clusterer.stories.values());
    clusterer.closeOldGroups(List.copyOf(profiles.values()));
    clusterer.dirtyEvents.clear();
    clusterer.dirtyStories.clear();
    clusterer.changesReported = clusterer.changes.size();
    return clusterer;
  }

  private static final int CHECKPOINT_MAGIC = 0x50584331;

  /**
   * Writes the clusterer's whole state — vocabulary and frequencies, the events and stories it
   * holds with their vectors, the open queues, the candidate index, the id counters — so that
   * {@link #restore} continues exactly as this one would: the same batches then give the same
   * events. Not written: the clock, the embedding check and recorded changes (the caller's log).
   * With {@link #forgetClosed()} the size follows the working set, not the archive.
   *
   * @throws IllegalStateException if changes are waiting to be handed out by {@link #update()}
   */
  public void checkpoint(java.io.OutputStream stream) throws java.io.IOException {
    if (!dirtyEvents.isEmpty() || !dirtyStories.isEmpty() || !removedEvents.isEmpty() || !removedStories.isEmpty()
        || !forgottenEvents.isEmpty() || !forgottenStories.isEmpty() || changesReported < changes.size()) {
      throw new IllegalStateException("changes are waiting for update(); take them before a checkpoint");
    }
    java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(stream, 1 << 16));
    out.writeInt(CHECKPOINT_MAGIC);
    out.writeBoolean(forgetClosed);
    out.writeInt(nextEvent);
    out.writeInt(nextStory);
    Checkpoints.writeDay(out, latestDay);
    vocabulary.write(out);
    frequencies.write(out);
    out.writeInt(events.size());
    for (EventState event : events.values()) {
      event.write(out);
    }
    out.writeInt(stories.size());
    for (StoryState story : stories.values()) {
      story.write(out);
    }
    out.writeInt(openEvents.size());
    for (EventState event : openEvents) {
      out.writeInt(event.number);
    }
    out.writeInt(openStories.size());
    for (StoryState story : openStories) {
      out.writeUTF(story.id);
    }
    out.writeInt(eventsByKey.size());
    for (ArrayDeque<EventState> postings : eventsByKey) {
      out.writeInt(postings == null ? -1 : postings.size());
      if (postings != null) {
        for (EventState event : postings) {
          out.writeInt(events.get(event.id) == event ? event.number : -1);
        }
      }
    }
    out.flush();
  }

  /**
   * A clusterer continuing from a {@link #checkpoint}; give it the clock and embedding check of
   * the one that wrote it.
   *
   * @throws java.io.IOException if the stream cannot be read or is not a checkpoint
   */
  public static Clusterer restore(Settings settings, java.io.InputStream stream) throws java.io.IOException {
    java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
    if (in.readInt() != CHECKPOINT_MAGIC) {
      throw new java.io.IOException("not a clusterer checkpoint");
    }
    Clusterer clusterer = new Clusterer(settings);
    clusterer.forgetClosed = in.readBoolean();
    clusterer.nextEvent = in.readInt();
    clusterer.nextStory = in.readInt();
    clusterer.latestDay = Checkpoints.readDay(in);
    clusterer.vocabulary.read(in);
    clusterer.frequencies.read(in);
    Map<Integer, EventState> byNumber = new HashMap<>();
    int eventCount = Checkpoints.length(in);
    for (int i = 0; i < eventCount; i++) {
      EventState event = EventState.read(in);
      clusterer.events.put(event.id, event);
      byNumber.put(event.number, event);
      clusterer.placed.addAll(event.members);
    }
    int storyCount = Checkpoints.length(in);
    for (int i = 0; i < storyCount; i++) {
      StoryState story = StoryState.read(in, clusterer.events);
      clusterer.stories.put(story.id, story);
    }
    int open = Checkpoints.length(in);
    for (int i = 0; i < open; i++) {
      clusterer.openEvents.addLast(byNumber.get(in.readInt()));
    }
    int openStories = Checkpoints.length(in);
    for (int i = 0; i < openStories; i++) {
      clusterer.openStories.addLast(clusterer.stories.get(in.readUTF()));
    }
    EventState forgotten = new EventState("e0", 0, "s0");
    forgotten.centroid.close();
    int keys = Checkpoints.length(in);
    for (int key = 0; key < keys; key++) {
      int size = in.readInt();
      if (size < 0) {
        clusterer.eventsByKey.add(null);
        continue;
      }
      ArrayDeque<EventState> postings = new ArrayDeque<>(size);
      for (int i = 0; i < size; i++) {
        int number = in.readInt();
        postings.addLast(number < 0 ? forgotten : byNumber.get(number));
      }
      clusterer.eventsByKey.add(postings);
    }
    return clusterer;
  }

  /**
   * Places a batch of new articles; articles already placed are ignored. Each article joins the
   * existing event most similar to it when that reaches the event threshold; the others are
   * grouped among themselves (average linkage, then {@link Bisection}) into new events.
   */
  public void add(List<AnnotatedArticle> batch) {
    List<ArticleProfile> profiles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnnotatedArticle article : batch) {
      if (!placed.contains(article.id()) && seen.add(article.id())) {
        ArticleProfile profile = ArticleProfile.of(article, vocabulary);
        profiles.add(profile);
        frequencies.add(profile.words().ids(), profile.entities());
        if (embeddings != null) {
          articlesOf.put(profile, article);
        }
      }
    }
    keysOf.clear();
    vectorsOf.clear();
    profiles.sort(Comparator.comparing(ArticleProfile::date, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ArticleProfile::id));
    List<ArticleProfile> fresh = new ArrayList<>();
    List<Match> bridges = new ArrayList<>();
    for (ArticleProfile profile : profiles) {
      Match match = closestEvent(profile);
      if (match == null) {
        fresh.add(profile);
      } else {
        addTo(match.best, profile);
        if (match.second != null) {
          bridges.add(match);
        }
      }
    }
    bridges.forEach(this::mergeBridged);
    for (List<Integer> group : groupBatch(fresh)) {
      int number = nextEvent++;
      EventState event = new EventState("e" + number, number, storyFor(fresh.get(group.get(0))).id);
      events.put(event.id, event);
      openEvents.addLast(event);
      stories.get(event.story).events.add(event);
      group.forEach(member -> addTo(event, fresh.get(member)));
      touch(event);
    }
    keysOf.clear();
    vectorsOf.clear();
    articlesOf.clear();
    closeOldGroups(profiles);
  }

  /**
   * Frees the vectors of events no dated article can join any more (their last day more than
   * the event window before the latest day seen) and of stories idle for longer than the story
   * window, so memory stays bounded on an endless stream. Events are checked in creation order,
   * which a stream keeps close to date order; an undated group at the head of the queue is
   * closed with them (only when the stream has dated articles at all).
   */
  private void closeOldGroups(List<ArticleProfile> batch) {
    for (ArticleProfile profile : batch) {
      if (profile.gateDate() != null && (latestDay == null || profile.gateDate().isAfter(latestDay))) {
        latestDay = profile.gateDate();
      }
    }
    if (latestDay == null) {
      return;
    }
    LocalDate eventCutoff = latestDay.minusDays(settings.eventWindowDays() + 1L);
    while (!openEvents.isEmpty() && before(openEvents.peekFirst().lastDate, eventCutoff)) {
      openEvents.pollFirst().centroid.close();
    }
    LocalDate storyCutoff = latestDay.minusDays(settings.storyWindowDays() + 1L);
    while (!openStories.isEmpty() && before(openStories.peekFirst().lastDate(), storyCutoff)) {
      StoryState story = openStories.pollFirst();
      story.centroid.close();
      for (EventState event : story.events) {
        if (!event.centroid.closed()) {
          event.centroid.close();
          openEvents.remove(event);
        }
      }
      if (forgetClosed) {
        forget(story);
      }
    }
  }

  /**
   * Drops a closed story and its events from memory; they stay in the candidate index as closed
   * entries (never candidates) until later events push them out, holding no members.
   */
  private void forget(StoryState story) {
    stories.remove(story.id);
    if (dirtyStories.remove(story.id)) {
      forgottenStories.add(record(story));
    }
    for (EventState event : story.events) {
      if (dirtyEvents.remove(event.id)) {
        forgottenEvents.add(record(event));
      }
      events.remove(event.id);
      event.members.forEach(placed::remove);
      event.members.clear();
    }
    story.events.clear();
  }

  /** Whether a group last dated {@code day} is past {@code cutoff}; an undated group reached in the queue is. */
  private static boolean before(LocalDate day, LocalDate cutoff) {
    return day == null || day.isBefore(cutoff);
  }

  /** Groups a batch's profiles among themselves; pairs come from the candidate keys they share. */
  private List<List<Integer>> groupBatch(List<ArticleProfile> profiles) {
    int n = profiles.size();
    List<TermVector> vectors = new ArrayList<>(n);
    double[] entityTotals = new double[n];
    Map<Integer, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ArticleProfile profile = profiles.get(i);
      vectors.add(vectorOf(profile));
      entityTotals[i] = entityTotal(profile.entities());
      for (int key : indexKeys(profile)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    List<long[]> days = profiles.stream()
        .map(profile -> profile.gateDate() == null ? null
            : new long[] {profile.earliestDay().toEpochDay(), profile.gateDate().toEpochDay()})
        .toList();
    AverageLinkage linkage = new AverageLinkage(days, settings.eventWindowDays());
    int[] shared = new int[n];
    int[] touched = new int[n];
    for (int i = 0; i < n; i++) {
      ArticleProfile profile = profiles.get(i);
      int count = 0;
      for (int key : indexKeys(profile)) {
        for (int j : byKey.get(key)) {
          if (j > i) {
            if (shared[j]++ == 0) {
              touched[count++] = j;
            }
          }
        }
      }
      // most shared keys first, then by index: (keys descending, index ascending) as one sortable long
      long[] order = new long[count];
      for (int k = 0; k < count; k++) {
        order[k] = ((long) (Integer.MAX_VALUE - shared[touched[k]]) << 32) | touched[k];
        shared[touched[k]] = 0;
      }
      Arrays.sort(order);
      for (int k = 0; k < Math.min(MAX_CANDIDATES, count); k++) {
        int j = (int) order[k];
        linkage.link(i, j, pairSimilarity(profile, vectors.get(i), entityTotals[i], profiles.get(j), vectors.get(j),
            entityTotals[j]));
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> coarse : linkage.groups(settings.groupThreshold())) {
      for (List<Integer> part : split(coarse, profiles, vectors, entityTotals)) {
        for (int from = 0; from < part.size(); from += settings.maxEventArticles()) {
          groups.add(part.subList(from, Math.min(part.size(), from + settings.maxEventArticles())));
        }
      }
    }
    groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return groups;
  }


  /** Splits a group that covers several similar happenings (see {@link Bisection}). */
  private List<List<Integer>> split(List<Integer> group, List<ArticleProfile> profiles, List<TermVector> vectors,
      double[] entityTotals) {
    int n = group.size();
    if (n < Bisection.MIN_SIZE || n > MAX_SPLIT) {
      return List.of(group);
    }
    double[][] similarity = new double[n][n];
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        int i = group.get(x);
        int j = group.get(y);
        similarity[x][y] = pairSimilarity(profiles.get(i), vectors.get(i), entityTotals[i], profiles.get(j),
            vectors.get(j), entityTotals[j]);
        similarity[y][x] = similarity[x][y];
      }
    }
    Markers markers = null;
    if (settings.splitMarkers() > 0) {
      int[][] terms = new int[n][];
      for (int x = 0; x < n; x++) {
        ArticleProfile profile = profiles.get(group.get(x));
        int[] words = profile.words().ids();
        terms[x] = Arrays.copyOf(words, words.length + profile.entities().length);
        System.arraycopy(profile.entities(), 0, terms[x], words.length, profile.entities().length);
      }
      markers = new Markers(terms);
    }
    Bisection bisection =
        new Bisection(similarity, settings.splitRatio(), markers, settings.splitMarkers(), settings.mergeRatio());
    if (embeddings != null) {
      bisection.opinion(new Bisection.SecondOpinion() {
        @Override
        public boolean uncertain(double cutRatio) {
          return embeddings.uncertain(cutRatio, settings.splitRatio());
        }

        @Override
        public boolean same(List<Integer> a, List<Integer> b) {
          return embeddings.same(articles(a), articles(b));
        }

        private List<AnnotatedArticle> articles(List<Integer> part) {
          return part.stream().map(x -> articlesOf.get(profiles.get(group.get(x)))).toList();
        }
      });
    }
    List<List<Integer>> parts = new ArrayList<>(bisection.parts());
    return parts.stream().map(part -> part.stream().map(group::get).sorted().toList()).toList();
  }

  /** The events and stories so far, events in creation order, each story's events by date. */
  public Clustering clustering() {
    List<Event> eventList = new ArrayList<>();
    for (EventState event : events.values()) {
      eventList.add(record(event));
    }
    List<Story> storyList = new ArrayList<>();
    for (StoryState story : stories.values()) {
      storyList.add(record(story));
    }
    return new Clustering(eventList, storyList, changes);
  }

  private static Event record(EventState event) {
    return new Event(event.id, event.date(), event.members, event.story);
  }

  /** A story with its events by date (undated last), then by creation. */
  private static Story record(StoryState story) {
    List<String> ids = story.events.stream()
        .sorted(Comparator.comparing(EventState::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(event -> event.number))
        .map(event -> event.id)
        .toList();
    return new Story(story.id, "", ids);
  }

  /**
   * An article placed in an existing event ({@code best}) and, when another existing event
   * also reaches the event threshold, the best such one ({@code second}): the article bridges them.
   */
  private record Match(ArticleProfile article, EventState best, EventState second) {}

  /** The existing event most similar to the article when it reaches the event threshold (and the runner-up), else null. */
  private Match closestEvent(ArticleProfile profile) {
    EventState best = null;
    double bestScore = 0;
    EventState second = null;
    double secondScore = 0;
    for (EventState candidate : candidates(profile)) {
      if (withinDays(profile.gateDate(), candidate.date(), settings.eventWindowDays())
          && candidate.members.size() < settings.maxEventArticles()) {
        double score = similarity(profile, candidate.centroid);
        if (score > bestScore || (score == bestScore && best != null && candidate.number < best.number)) {
          second = best;
          secondScore = bestScore;
          best = candidate;
          bestScore = score;
        } else if (score > secondScore || (score == secondScore && second != null && candidate.number < second.number)) {
          second = candidate;
          secondScore = score;
        }
      }
    }
    if (bestScore < settings.eventThreshold()) {
      return null;
    }
    return new Match(profile, best, secondScore >= settings.eventThreshold() ? second : null);
  }

  /**
   * Merges the two events an article bridged when they have become one happening: both still
   * open, within the event window of each other, together within the size cap, and the cosine
   * of their centroids at least the split ratio (and the event threshold). The centroid cosine
   * approximates the mean similarity across the two groups over the geometric mean of their
   * within-group means, the very ratio {@link Bisection} cuts below, so two parts a batch was
   * cut into stay apart until later articles draw them together. The older id survives; the
   * other is recorded as merged into it. When that empties the absorbed event's story, the two
   * stories become one under the older id. The absorbed event leaves the candidate index
   * lazily (it is closed, so never a candidate again).
   */
  private void mergeBridged(Match bridge) {
    EventState a = bridge.best;
    EventState b = bridge.second;
    if (a == b || !events.containsKey(a.id) || !events.containsKey(b.id) || a.centroid.closed() || b.centroid.closed()) {
      return;
    }
    double needed = Math.max(settings.eventThreshold(), settings.splitRatio());
    if (a.members.size() + b.members.size() > settings.maxEventArticles()
        || !withinDays(a.date(), b.date(), settings.eventWindowDays())
        || a.centroid.unitVector(frequencies).dot(b.centroid.unitVector(frequencies)) < needed) {
      return;
    }
    EventState survivor = a.number < b.number ? a : b;
    EventState absorbed = survivor == a ? b : a;
    Instant at = clock.instant();
    StoryState home = stories.get(survivor.story);
    StoryState away = stories.get(absorbed.story);
    survivor.absorb(absorbed, vocabulary);
    away.events.remove(absorbed);
    if (home != away && !away.events.isEmpty()) {
      home.absorb(absorbed, vocabulary);
    }
    absorbed.centroid.close();
    events.remove(absorbed.id);
    openEvents.remove(absorbed);
    touch(survivor);
    dirtyStories.add(away.id);
    removedEvents.add(absorbed.id);
    changes.add(new ClusterChange(ClusterChange.Kind.MERGE, List.of(survivor.id, absorbed.id), List.of(survivor.id),
        at, ClusterChange.Cause.INGEST, bridge.article.id()));
    if (home != away && away.events.isEmpty()) {
      StoryState older = Clustering.number(home.id) < Clustering.number(away.id) ? home : away;
      StoryState newer = older == home ? away : home;
      older.absorb(newer, vocabulary);
      newer.events.forEach(event -> event.story = older.id);
      newer.centroid.close();
      stories.remove(newer.id);
      openStories.remove(newer);
      newer.events.forEach(this::touch);
      dirtyStories.add(older.id);
      removedStories.add(newer.id);
      changes.add(new ClusterChange(ClusterChange.Kind.MERGE, List.of(older.id, newer.id), List.of(older.id),
          at, ClusterChange.Cause.INGEST, bridge.article.id()));
    }
  }

  /** The story a new event joins: among the stories of the article's candidate events, never a scan. */
  private StoryState storyFor(ArticleProfile profile) {
    StoryState best = null;
    double bestScore = 0;
    Set<StoryState> candidates = new HashSet<>();
    candidates(profile).forEach(event -> candidates.add(stories.get(event.story)));
    for (StoryState story : candidates) {
      if (story.centroid.closed() || !withinDays(profile.gateDate(), story.lastDate(), settings.storyWindowDays())) {
        continue;
      }
      double score = similarity(profile, story.centroid);
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best == null || bestScore < settings.storyThreshold()) {
      best = new StoryState("s" + nextStory++);
      stories.put(best.id, best);
      openStories.addLast(best);
    }
    return best;
  }

  /** The {@value #EVENT_CANDIDATES} events sharing most index keys with the article (latest first on ties). */
  private List<EventState> candidates(ArticleProfile profile) {
    round++;
    List<EventState> found = new ArrayList<>();
    for (int key : indexKeys(profile)) {
      ArrayDeque<EventState> postings = key < eventsByKey.size() ? eventsByKey.get(key) : null;
      if (postings != null) {
        for (EventState event : postings) {
          if (!event.centroid.closed()) {
            if (event.round != round) {
              event.round = round;
              event.sharedKeys = 0;
              found.add(event);
            }
            event.sharedKeys++;
          }
        }
      }
    }
    found.sort(BY_SHARED_KEYS);
    return found.size() > EVENT_CANDIDATES ? found.subList(0, EVENT_CANDIDATES) : found;
  }

  private static final Comparator<EventState> BY_SHARED_KEYS = (x, y) -> x.sharedKeys != y.sharedKeys
      ? Integer.compare(y.sharedKeys, x.sharedKeys) : Integer.compare(y.number, x.number);

  private void addTo(EventState event, ArticleProfile profile) {
    touch(event);
    event.add(profile, vocabulary);
    stories.get(event.story).add(profile, vocabulary);
    placed.add(profile.id());
    for (int key : indexKeys(profile)) {
      while (eventsByKey.size() <= key) {
        eventsByKey.add(null);
      }
      ArrayDeque<EventState> postings = eventsByKey.get(key);
      if (postings == null) {
        postings = new ArrayDeque<>();
        eventsByKey.set(key, postings);
      }
      if (postings.peekFirst() != event) {
        postings.remove(event);
        postings.addFirst(event);
        if (postings.size() > POSTINGS) {
          postings.removeLast();
        }
      }
    }
  }

  /** The article's entities and its {@value #INDEXED_WORDS} rarest content words (vocabulary ids). */
  private int[] indexKeys(ArticleProfile profile) {
    return keysOf.computeIfAbsent(profile, this::computeIndexKeys);
  }

  /** The article's unit-length IDF-weighted term vector, computed once per batch. */
  private TermVector vectorOf(ArticleProfile profile) {
    return vectorsOf.computeIfAbsent(profile, p -> p.words().weightedUnit(frequencies));
  }

  /** Entities, then the words of highest weight times IDF (ties: alphabetically first). */
  private int[] computeIndexKeys(ArticleProfile profile) {
    int[] ids = profile.words().ids();
    double[] weights = profile.words().values();
    int take = Math.min(INDEXED_WORDS, ids.length);
    int[] best = new int[take];
    double[] bestScores = new double[take];
    int held = 0;
    for (int i = 0; i < ids.length; i++) {
      double score = weights[i] * frequencies.idf(ids[i]);
      if (held == take && !ranksBefore(score, ids[i], bestScores[take - 1], best[take - 1])) {
        continue;
      }
      int at = held == take ? take - 1 : held++;
      while (at > 0 && ranksBefore(score, ids[i], bestScores[at - 1], best[at - 1])) {
        best[at] = best[at - 1];
        bestScores[at] = bestScores[at - 1];
        at--;
      }
      best[at] = ids[i];
      bestScores[at] = score;
    }
    int[] entities = profile.entities();
    int[] keys = Arrays.copyOf(entities, entities.length + take);
    System.arraycopy(best, 0, keys, entities.length, take);
    return keys;
  }

  /** Whether a word scored {@code score} ranks before one scored {@code otherScore}: higher first, then by term. */
  private boolean ranksBefore(double score, int id, double otherScore, int otherId) {
    return score > otherScore || (score == otherScore && vocabulary.term(id).compareTo(vocabulary.term(otherId)) < 0);
  }

  /** Sum of the IDF weights of entity ids. */
  private double entityTotal(int[] entities) {
    double total = 0;
    for (int entity : entities) {
      total += frequencies.idf(entity);
    }
    return total;
  }

  /**
   * Weighted mix of word cosine and the share of the article's entity weight the candidate
   * names; the word cosine alone for an article that names no entity.
   */
  double similarity(ArticleProfile profile, Centroid centroid) {
    int size = centroid.articles;
    double text = vectorOf(profile).dot(centroid.unitVector(frequencies));
    double entityTotal = 0;
    double entityShared = 0;
    for (int entity : profile.entities()) {
      double weight = frequencies.idf(entity);
      entityTotal += weight;
      int count = centroid.entityCount(entity);
      if (count > 0) {
        entityShared += weight * Math.min(1.0, 2.0 * count / Math.max(1, size));
      }
    }
    if (entityTotal == 0) {
      return text;
    }
    return (1 - settings.entityWeight()) * text + settings.entityWeight() * entityShared / entityTotal;
  }

  /**
   * Similarity of two articles: the cosine of their IDF-weighted term vectors (given
   * normalised) mixed with the Dice share of their IDF-weighted entities (totals given).
   */
  private double pairSimilarity(ArticleProfile a, TermVector vectorA, double totalA, ArticleProfile b,
      TermVector vectorB, double totalB) {
    double text = vectorA.dot(vectorB);
    if (totalA == 0 || totalB == 0) {
      return text;
    }
    int[] x = a.entities();
    int[] y = b.entities();
    double shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length;) {
      if (x[i] == y[j]) {
        shared += frequencies.idf(x[i]);
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (1 - settings.entityWeight()) * text + settings.entityWeight() * 2 * shared / (totalA + totalB);
  }

  private static boolean withinDays(LocalDate a, LocalDate b, int days) {
    return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  /** Keeps a recorded id from ever being given again. */
  private void reserve(String id) {
    if (id.startsWith("e")) {
      nextEvent = Math.max(nextEvent, Clustering.number(id) + 1);
    } else {
      nextStory = Math.max(nextStory, Clustering.number(id) + 1);
    }
  }
}
