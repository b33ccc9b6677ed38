package dev.parallax.eval;

import dev.parallax.model.PublicationTime;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated, reproducible stream of raw news documents for end-to-end benchmarks: scraped
 * text ({@link SourceFormat#TEXT}) with url, title, publication time and outlet hints, as a JSON
 * Lines record gives them, written to go through the real extraction and annotation.
 *
 * <p>The plan: the stream covers one day per {@value #ARTICLES_PER_DAY} articles; stories run
 * as chains of events over days and weeks (up to {@value #MAX_STORY_DAYS} days) and start at
 * random, before the stream's first day too, so that every day sees stories begin, go on and
 * end; only the events inside the stream's days are reported. The number of events of a story and the number of articles of an
 * event are heavy-tailed (P(size &ge; s) = s<sup>-&alpha;</sup>: &alpha; {@value
 * #STORY_EVENTS_ALPHA} up to {@value #MAX_STORY_EVENTS} events, &alpha; {@value
 * #EVENT_SIZE_ALPHA} up to {@value #MAX_EVENT_SIZE} articles), so most events have 1–5 articles,
 * some dozens, a few hundreds, and the longest stories thousands. Articles appear on the
 * event's day or up to two days after, in order of publication. A quarter of the events of two
 * or more articles come from a wire service: their first article is the wire's story (outlet
 * Reuters, AP or AFP, credit in the dateline) and about half of the rest are copies of it under
 * another of the 40 outlets, near-duplicates with the same credit.
 *
 * <p>Text: see {@link NewsText}. Every article's text comes from its own seeded random, so an
 * article can be written again (as a wire copy is) without the ones before it. Gold labels:
 * {@link #eventOf}, {@link #storyOf}. The plan keeps 12 bytes per article (24 while it is made). Not
 * thread-safe.
 */
public final class NewsStream {

  /** Articles published a day, on average over the days stories start. */
  public static final int ARTICLES_PER_DAY = 3_000;
  static final double EVENT_SIZE_ALPHA = 1.5;
  static final int MAX_EVENT_SIZE = 800;
  static final double STORY_EVENTS_ALPHA = 1.25;
  static final int MAX_STORY_EVENTS = 1_000;
  static final int MAX_STORY_DAYS = 120;
  /** Invented words of a story's own and of an event's own, which its articles share. */
  static final int STORY_WORDS = 10;
  static final int EVENT_WORDS = 6;
  /** Invented words of no story in particular, drawn by Zipf's law. */
  static final int GENERAL_WORDS = 20_000;
  /** The first day of the stream. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static final int MINUTES_A_DAY = 24 * 60;
  private static final long STORY = 1;
  private static final long EVENT = 2;
  private static final long PERSON = 3;
  private static final long ARTICLE = 4;

  private final long seed;
  private final int people;
  /** The invented words of no story in particular, commonest first. */
  private final String[] general;
  /** By position in publication order: the event, the minute since {@link #START}, the article copied. */
  private final int[] eventOf;
  private final int[] minuteOf;
  /** -1 for an article of its own, its own position for a wire's story, the story's position for a copy. */
  private final int[] copyOf;
  private final int[] storyOfEvent;
  private final int[] dayOfEvent;
  private final byte[] wireOfEvent;
  private final int[] storyStart;
  private final int reportedStories;
  private int next;

  /**
   * A stream of {@code articles} articles planned from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code articles} is not positive
   */
  public NewsStream(int articles, long seed) {
    if (articles <= 0) {
      throw new IllegalArgumentException("articles must be positive, got " + articles);
    }
    this.seed = seed;
    this.people = Math.max(500, articles / 10);
    SplittableRandom random = new SplittableRandom(seed);
    this.general = new String[GENERAL_WORDS];
    for (int i = 0; i < GENERAL_WORDS; i++) {
      general[i] = NewsWords.invent(random, 2 + random.nextInt(2));
    }
    int days = Math.max(1, (articles + ARTICLES_PER_DAY - 1) / ARTICLES_PER_DAY);
    long[] keys = new long[articles];
    int[] eventOfSlot = new int[articles];
    int[] stories = new int[16];
    int[] eventStories = new int[16];
    int[] eventDays = new int[16];
    byte[] eventWires = new byte[16];
    int planned = 0;
    int events = 0;
    int storyCount = 0;
    while (planned < articles) {
      int count = heavyTail(random, STORY_EVENTS_ALPHA, MAX_STORY_EVENTS);
      double span = Math.min(MAX_STORY_DAYS, 1 + 1.5 * count);
      int start = (int) Math.floor(-span + random.nextDouble() * (days + span));
      stories = grow(stories, storyCount);
      stories[storyCount] = start;
      double day = start;
      for (int k = 0; k < count && planned < articles; k++) {
        day += k == 0 ? 0 : -Math.log(1 - random.nextDouble()) * span / count;
        int size = Math.min(articles - planned, heavyTail(random, EVENT_SIZE_ALPHA, MAX_EVENT_SIZE));
        if (day < 0 || day >= days) {
          continue;
        }
        eventStories = grow(eventStories, events);
        eventDays = grow(eventDays, events);
        eventWires = events < eventWires.length ? eventWires : Arrays.copyOf(eventWires, eventWires.length * 2);
        eventStories[events] = storyCount;
        eventDays[events] = (int) day;
        eventWires[events] = (byte) (size >= 2 && random.nextInt(4) == 0 ? random.nextInt(NewsWords.WIRES.length) : -1);
        for (int a = 0; a < size; a++) {
          double roll = random.nextDouble();
          int lag = roll < 0.7 ? 0 : roll < 0.9 ? 1 : 2;
          long minute = ((int) day + lag) * (long) MINUTES_A_DAY + random.nextInt(MINUTES_A_DAY);
          keys[planned] = (minute << 32) | planned;
          eventOfSlot[planned++] = events;
        }
        events++;
      }
      storyCount++;
    }
    Arrays.sort(keys);
    eventOf = new int[articles];
    minuteOf = new int[articles];
    copyOf = new int[articles];
    int[] firstOfEvent = new int[events];
    Arrays.fill(firstOfEvent, -1);
    for (int i = 0; i < articles; i++) {
      int event = eventOfSlot[(int) keys[i]];
      eventOf[i] = event;
      minuteOf[i] = (int) (keys[i] >>> 32);
      copyOf[i] = -1;
      if (eventWires[event] >= 0) {
        if (firstOfEvent[event] < 0) {
          firstOfEvent[event] = i;
          copyOf[i] = i;
        } else if (random.nextBoolean()) {
          copyOf[i] = firstOfEvent[event];
        }
      }
    }
    storyOfEvent = Arrays.copyOf(eventStories, events);
    dayOfEvent = Arrays.copyOf(eventDays, events);
    wireOfEvent = Arrays.copyOf(eventWires, events);
    storyStart = Arrays.copyOf(stories, storyCount);
    reportedStories = (int) Arrays.stream(storyOfEvent).distinct().count();
  }

  /** How many articles the stream holds. */
  public int size() {
    return eventOf.length;
  }

  /** How many articles {@link #next} has not handed out yet. */
  public int remaining() {
    return eventOf.length - next;
  }

  /** How many events the stream's articles report. */
  public int events() {
    return storyOfEvent.length;
  }

  /** How many stories the stream's articles report. */
  public int stories() {
    return reportedStories;
  }

  /** The gold event of the {@code index}-th article in publication order. */
  public String eventOf(int index) {
    return "e" + eventOf[index];
  }

  /** The gold story of the {@code index}-th article. */
  public String storyOf(int index) {
    return "s" + storyOfEvent[eventOf[index]];
  }

  /** Whether the {@code index}-th article is a wire copy of an earlier one. */
  public boolean isWireCopy(int index) {
    return copyOf[index] >= 0 && copyOf[index] != index;
  }

  /** The publication day of the {@code index}-th article. */
  public LocalDate publishedOn(int index) {
    return START.plusDays(minuteOf[index] / MINUTES_A_DAY);
  }

  /** The next {@code count} documents (fewer at the end of the stream). */
  public List<RawDocument> next(int count) {
    List<RawDocument> batch = new ArrayList<>(Math.min(count, remaining()));
    while (batch.size() < count && next < eventOf.length) {
      batch.add(document(next++));
    }
    return batch;
  }

  /**
   * A few search queries made of words the stream uses: the name of the story with the most
   * articles, its place and topic, and the surname of the person most often cast.
   */
  public List<String> queries() {
    int[] articlesOfStory = new int[storyStart.length];
    for (int event : eventOf) {
      articlesOfStory[storyOfEvent[event]]++;
    }
    int largest = 0;
    for (int s = 1; s < articlesOfStory.length; s++) {
      largest = articlesOfStory[s] > articlesOfStory[largest] ? s : largest;
    }
    NewsText.StoryCast cast = storyCast(largest);
    return List.of(cast.name(), cast.place() + " " + cast.topic(), person(0).surname());
  }

  /** The document at {@code index}: its own text, or the text of the wire story it copies. */
  RawDocument document(int index) {
    int event = eventOf[index];
    int original = copyOf[index] < 0 ? index : copyOf[index];
    NewsText.StoryCast story = storyCast(storyOfEvent[event]);
    NewsText.Text text = text(original, story);
    List<String> paragraphs = new ArrayList<>(text.paragraphs());
    SplittableRandom random = random(ARTICLE, ~index);
    String outlet = NewsWords.outlet((int) (NewsWords.outlets() * Math.pow(random.nextDouble(), 2)));
    if (copyOf[index] >= 0) {
      String wire = NewsWords.WIRES[wireOfEvent[event]];
      paragraphs.set(0, story.place().toUpperCase(Locale.ROOT) + " (" + wire + ") - " + paragraphs.get(0));
      if (original == index) {
        outlet = wire;
      } else if (paragraphs.size() > 3 && random.nextBoolean()) {
        paragraphs.remove(paragraphs.size() - 1);
      }
    }
    int minute = minuteOf[index];
    LocalDate day = START.plusDays(minute / MINUTES_A_DAY);
    PublicationTime published = new PublicationTime(day, LocalTime.of(minute % MINUTES_A_DAY / 60, minute % 60),
        ZoneOffset.UTC);
    String url = "https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example/" + day + "/"
        + story.name().toLowerCase(Locale.ROOT) + "-" + story.topic().replace(' ', '-') + "-" + index;
    return new RawDocument(url, SourceFormat.TEXT, String.join("\n\n", paragraphs),
        new RawDocument.Hints(url, null, text.headline(), published, outlet));
  }

  private NewsText.Text text(int index, NewsText.StoryCast story) {
    int event = eventOf[index];
    return new NewsText(story, eventCast(event), START.plusDays(dayOfEvent[event]), publishedOn(index), general,
        random(ARTICLE, index)).write();
  }

  private NewsText.StoryCast storyCast(int story) {
    SplittableRandom random = random(STORY, story);
    String name = NewsWords.capital(NewsWords.invent(random, 2 + random.nextInt(2)));
    String topic = NewsWords.pick(random, NewsWords.TOPICS);
    String place = NewsWords.place(random);
    String org = switch (random.nextInt(4)) {
      case 0 -> "Ministry of " + NewsWords.pick(random, NewsWords.FIELDS);
      case 1 -> "National " + NewsWords.pick(random, NewsWords.FIELDS) + " Agency";
      default -> place + " " + NewsWords.pick(random, NewsWords.ORG_WORDS);
    };
    return new NewsText.StoryCast(name, topic, place, NewsWords.pick(random, NewsWords.COUNTRIES), org,
        person(castPerson(random)), person(castPerson(random)), START.plusDays(storyStart[story]),
        invented(random, STORY_WORDS), NewsWords.some(random, NewsWords.NOUNS, 3));
  }

  private NewsText.EventCast eventCast(int event) {
    SplittableRandom random = random(EVENT, event);
    return new NewsText.EventCast(invented(random, EVENT_WORDS),
        NewsWords.VERBS[random.nextInt(NewsWords.VERBS.length)], person(castPerson(random)),
        Math.round(10 + random.nextDouble() * 4000) / 10.0, 2 + random.nextInt(300), 1 + random.nextDouble() * 40,
        100 + random.nextInt(20_000), NewsWords.pick(random, NewsWords.GROUPS), 50 + random.nextInt(5_000));
  }

  private static List<String> invented(SplittableRandom random, int count) {
    List<String> words = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      words.add(NewsWords.invent(random, 2));
    }
    return words;
  }

  /** A person of the pool, the first ones far more often (prominent people are in many stories). */
  private int castPerson(SplittableRandom random) {
    return (int) (people * Math.pow(random.nextDouble(), 1.5));
  }

  private NewsText.Person person(int index) {
    SplittableRandom random = random(PERSON, index);
    return new NewsText.Person(NewsWords.pick(random, NewsWords.TITLES), NewsWords.pick(random, NewsWords.GIVEN_NAMES),
        NewsWords.surname(random));
  }

  /** The random of one story, event, person or article: independent of every other one's. */
  private SplittableRandom random(long kind, long index) {
    return new SplittableRandom(mix(mix(seed ^ kind << 56) ^ index));
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static long mix(long value) {
    long z = (value ^ (value >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /** A size with P(size &ge; s) = s<sup>-alpha</sup>, at most {@code max}. */
  static int heavyTail(SplittableRandom random, double alpha, int max) {
    return (int) Math.min(max, Math.floor(Math.pow(1 - random.nextDouble(), -1 / alpha)));
  }

  private static int[] grow(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
  }
}
