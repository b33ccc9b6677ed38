package dev.parallax.eval;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated, reproducible stream of annotated news articles for benchmarks: a Zipf-distributed
 * vocabulary of made-up words, stories that run for weeks, events within them that last a day or
 * two and are reported by a few to dozens of articles, and named people, places and
 * organisations. Each article mixes general words with its story's and its event's own words,
 * names the event's entities and a figure of its own, and is dated by the event's day. Articles
 * come in order of publication day. Gold labels: {@link #eventOf}. Not thread-safe.
 */
public final class ArticleStream {

  private static final String[] ONSETS = {"b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p",
      "pr", "r", "s", "st", "t", "tr", "v", "w", "z"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "m", "nd", "rk"};
  private static final int VOCABULARY = 40_000;
  private static final int ARTICLES_PER_DAY = 2_000;
  private static final int EVENTS_PER_STORY = 6;

  private final Random random;
  private final String[] words;
  private final double[] cumulative;
  private final String[] names;
  private final int[] eventOfSlot;
  private final int[] slotDays;
  private final int[] dayOfEvent;
  private final int[] storyOfEvent;
  private final int[][] eventWords;
  private final int[][] storyWords;
  private final int[][] eventNames;
  private final LocalDate start = LocalDate.of(2024, 1, 1);
  private int next;

  /** A stream of {@code articles} articles from {@code seed}. */
  public ArticleStream(int articles, long seed) {
    if (articles <= 0) {
      throw new IllegalArgumentException("articles must be positive, got " + articles);
    }
    random = new Random(seed);
    words = inventWords(VOCABULARY, 2);
    names = inventWords(VOCABULARY / 4, 3);
    cumulative = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
    int days = Math.max(1, articles / ARTICLES_PER_DAY);
    List<Integer> sizes = new ArrayList<>();
    int planned = 0;
    while (planned < articles) {
      int size = Math.min(articles - planned, 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * 7));
      sizes.add(size);
      planned += size;
    }
    int events = sizes.size();
    int stories = Math.max(1, events / EVENTS_PER_STORY);
    dayOfEvent = new int[events];
    storyOfEvent = new int[events];
    eventWords = new int[events][];
    eventNames = new int[events][];
    storyWords = new int[stories][];
    int[] storyStart = new int[stories];
    for (int s = 0; s < stories; s++) {
      storyStart[s] = random.nextInt(days);
      storyWords[s] = pickRare(8);
    }
    long[] slots = new long[articles];
    int slot = 0;
    for (int e = 0; e < events; e++) {
      int story = random.nextInt(stories);
      storyOfEvent[e] = story;
      dayOfEvent[e] = Math.min(days - 1 + 30, storyStart[story] + random.nextInt(30));
      eventWords[e] = pickRare(6);
      eventNames[e] = new int[] {random.nextInt(names.length), random.nextInt(names.length), story % names.length};
      for (int k = 0; k < sizes.get(e); k++) {
        int day = dayOfEvent[e] + (random.nextInt(4) == 0 ? 1 : 0);
        slots[slot++] = ((long) day << 32) | e;
      }
    }
    Arrays.sort(slots);
    eventOfSlot = new int[articles];
    for (int i = 0; i < articles; i++) {
      eventOfSlot[i] = (int) slots[i];
    }
    slotDays = new int[articles];
    for (int i = 0; i < articles; i++) {
      slotDays[i] = (int) (slots[i] >>> 32);
    }
  }

  /** How many articles the stream holds. */
  public int size() {
    return eventOfSlot.length;
  }

  /** The gold event of the {@code index}-th article. */
  public String eventOf(int index) {
    return "g" + eventOfSlot[index];
  }

  /** The next {@code count} articles (fewer at the end of the stream). */
  public List<AnnotatedArticle> next(int count) {
    List<AnnotatedArticle> batch = new ArrayList<>(count);
    while (batch.size() < count && next < eventOfSlot.length) {
      batch.add(article(next++));
    }
    return batch;
  }

  private AnnotatedArticle article(int index) {
    int event = eventOfSlot[index];
    int story = storyOfEvent[event];
    LocalDate day = start.plusDays(slotDays[index]);
    StringBuilder body = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      int paragraphStart = body.length();
      for (int w = 0; w < 35; w++) {
        double roll = random.nextDouble();
        if (w > 0) {
          body.append(' ');
        }
        if (roll < 0.06) {
          String name = capital(names[eventNames[event][random.nextInt(3)]]);
          mentions.add(new Mention(new Span(body.length(), body.length() + name.length()),
              random.nextBoolean() ? EntityType.PERSON : EntityType.PLACE, name));
          body.append(name);
        } else if (roll < 0.22) {
          body.append(words[eventWords[event][random.nextInt(eventWords[event].length)]]);
        } else if (roll < 0.32) {
          body.append(words[storyWords[story][random.nextInt(storyWords[story].length)]]);
        } else if (roll < 0.33) {
          body.append(10 + (event * 7919L) % 990);
        } else {
          body.append(words[zipf()]);
        }
      }
      body.append('.');
      paragraphs.add(new Span(paragraphStart, body.length()));
      if (p < 3) {
        body.append("\n\n");
      }
    }
    String headline = capital(words[eventWords[event][0]]) + " " + words[storyWords[story][0]] + " "
        + words[eventWords[event][1]] + " " + capital(names[eventNames[event][0]]);
    Article article = new Article("a" + index, "stream:" + index, null, "outlet" + random.nextInt(200), headline,
        new PublicationTime(day, null, null), List.of(), body.toString(), paragraphs, List.of(), List.of(), List.of(),
        "en");
    return new AnnotatedArticle(article, paragraphs, mentions, List.of(), List.of(), List.of(),
        List.of(paragraphs.get(0), new Span(paragraphs.get(1).start(), body.length())), dayOfEventDate(event));
  }

  private LocalDate dayOfEventDate(int event) {
    return start.plusDays(dayOfEvent[event]);
  }

  private int zipf() {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(VOCABULARY - 1, at >= 0 ? at : -at - 1);
  }

  /** Words from the rarer half of the vocabulary, a story's or event's own. */
  private int[] pickRare(int count) {
    int[] picked = new int[count];
    for (int i = 0; i < count; i++) {
      picked[i] = VOCABULARY / 2 + random.nextInt(VOCABULARY / 2);
    }
    return picked;
  }

  private String[] inventWords(int count, int minSyllables) {
    Set<String> made = new HashSet<>();
    String[] list = new String[count];
    int i = 0;
    while (i < count) {
      StringBuilder word = new StringBuilder();
      int syllables = minSyllables + random.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
            .append(CODAS[random.nextInt(CODAS.length)]);
      }
      if (made.add(word.toString())) {
        list[i++] = word.toString();
      }
    }
    return list;
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
