package dev.parallax.compare;

import dev.parallax.model.Article;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented English-like articles of one story, for tests and benchmarks that need many: a pool
 * of fact sentences (about one per five articles, each naming an invented place, some with a
 * figure or a day, each in up to
 * three wordings, a few with a differing figure) and of quotes, drawn with a long-tailed
 * popularity, so that popular facts are stated by hundreds of articles and rare ones by one or
 * two; about one article in eight copies one of three wire texts word for word. Outlets, dates
 * and ids are invented. Deterministic for a count and seed.
 */
public final class GeneratedStory {

  private static final String[] PLACES = {"Kelmar", "Messa", "Orrin", "Tarn", "Brack", "Tessel", "Vasselo",
      "Northgate", "Lindow", "Carrow", "Eskby", "Holm", "Padley", "Rusk", "Sorrel", "Wend"};
  private static final String[] PEOPLE = {"Tomas Brell", "Ilse Varna", "Karl Dunne", "Ada Wenk", "Per Amsel",
      "Hanne Lett", "Jon Sadek", "Mira Olsen", "Rafe Corin", "Elin Stroud", "Bo Kettering", "Nils Harrow"};
  private static final String[] ROLES = {"the mayor", "the port director", "a union spokesman", "the regional governor",
      "a police spokeswoman", "the transport minister", "a council member", "the harbour master"};
  private static final String[] SUBJECTS = {"The council", "Police", "The union", "Rescue teams", "Engineers",
      "The port authority", "Residents", "The ministry", "Firefighters", "Inspectors", "The court", "Volunteers"};
  private static final String[] VERBS = {"closed", "inspected", "reopened", "blocked", "repaired", "evacuated",
      "cleared", "surveyed", "sealed", "rebuilt", "flooded", "guarded", "funded", "delayed", "approved", "rejected"};
  private static final String[] ADJECTIVES = {"northern", "damaged", "main", "old", "coastal", "eastern", "narrow",
      "busy", "flooded", "western", "upper", "disputed", "temporary", "historic", "southern", "central"};
  private static final String[] OBJECTS = {"bridge", "harbour road", "dam gates", "rail depot", "ferry terminal",
      "pumping station", "grain store", "school", "market square", "tunnel", "levee", "water works", "clinic",
      "container yard", "power line", "river crossing"};
  private static final String[] COUNTED = {"people", "residents", "workers", "protesters", "families", "vehicles",
      "pupils", "passengers", "homes", "boats"};
  private static final String[] MEASURED = {"canal", "road", "border", "pipeline", "coastline", "railway", "fence",
      "embankment", "motorway", "cable", "channel", "trench"};
  private static final String[] SYLLABLES = {"ka", "lor", "ven", "mi", "sta", "dor", "bel", "ru", "an", "tes", "ok",
      "vir", "ha", "len", "go", "pri", "sul", "ma", "nik", "ter", "op", "zel", "fa", "ros"};
  private static final String[] LANDMARKS = {"bridge", "quarry", "mill", "lighthouse", "station", "barracks", "estate",
      "chapel", "depot", "marina", "orchard", "plant"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday"};
  private static final String[] TOPICS = {"wages", "safety", "the repairs", "the night shifts", "the budget",
      "the evacuation", "the timetable", "compensation"};
  private static final String[] OUTLET_WORDS = {"Courier", "Herald", "Times", "Daily", "Radio", "Post", "Gazette",
      "Observer", "Ledger", "Chronicle"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 7);

  private GeneratedStory() {}

  /** {@code count} articles of one story, ids {@code gen-00000} and on, in arrival order. */
  public static List<Article> articles(int count, long seed) {
    Random random = new Random(seed);
    List<List<String>> facts = new ArrayList<>();
    for (int i = 0; i < Math.max(12, count / 5); i++) {
      facts.add(wordings(random));
    }
    List<String> quotes = new ArrayList<>();
    for (int i = 0; i < Math.max(6, count / 10); i++) {
      quotes.add(quote(random));
    }
    List<String> wires = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      wires.add(body(random, facts, quotes, "wire " + code(i)));
    }
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean wire = random.nextInt(8) == 0;
      String body = wire ? wires.get(random.nextInt(wires.size())) : body(random, facts, quotes, "report " + code(i + 3));
      String outlet = random.nextInt(10) == 0 ? null
          : "The " + PLACES[random.nextInt(PLACES.length)] + " " + OUTLET_WORDS[random.nextInt(OUTLET_WORDS.length)];
      String headline = random.nextInt(6) == 0 ? null : headline(body);
      PublicationTime published = new PublicationTime(FIRST_DAY.plusDays(random.nextInt(3)),
          LocalTime.of(6 + random.nextInt(14), random.nextInt(60)), ZoneOffset.ofHours(random.nextInt(3)));
      articles.add(article(String.format("gen-%05d", i), outlet, headline, published, body,
          wire ? List.of("Meridian Wire") : List.of()));
    }
    return articles;
  }

  /** One fact in up to three wordings; a few wordings give another figure. */
  private static List<String> wordings(Random random) {
    String subject = pick(random, SUBJECTS);
    String verb = pick(random, VERBS);
    String object = pick(random, ADJECTIVES) + " " + pick(random, OBJECTS);
    String place = pick(random, PLACES) + " near the " + name(random) + " " + pick(random, LANDMARKS);
    String day = random.nextInt(3) == 0 ? " on " + pick(random, DAYS) : "";
    int kind = random.nextInt(5);
    int value = 20 + random.nextInt(900);
    String noun = kind == 1 ? pick(random, COUNTED) : pick(random, MEASURED);
    List<String> wordings = new ArrayList<>();
    for (int w = 0; w < 1 + random.nextInt(3); w++) {
      int shown = random.nextInt(12) == 0 ? value + 40 + random.nextInt(200) : value;
      String figure = switch (kind) {
        case 1 -> (w == 1 ? ", affecting about " : ", affecting ") + shown + " " + noun;
        case 2 -> " along the " + shown + "-kilometre " + noun;
        case 3 -> ", and costs rose " + (shown % 60 + 2) + " percent";
        default -> "";
      };
      wordings.add(switch (w) {
        case 0 -> subject + " " + verb + " the " + object + " in " + place + day + figure + ".";
        case 1 -> "In " + place + ", " + subject.toLowerCase(java.util.Locale.ROOT) + " " + verb + " the " + object
            + figure + day + ", officials said.";
        default -> subject + " have " + verb + " the " + object + " of " + place + figure + day + ".";
      });
    }
    return wordings;
  }

  private static String quote(Random random) {
    String person = pick(random, PEOPLE);
    return "“We will not accept any delay to " + pick(random, TOPICS) + " or to " + pick(random, TOPICS)
        + " at the " + pick(random, OBJECTS) + ",” said " + person + ", " + pick(random, ROLES) + ".";
  }

  private static String body(Random random, List<List<String>> facts, List<String> quotes, String own) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(pick(random, facts).get(0) + " " + fact(random, facts));
    paragraphs.add(fact(random, facts) + " " + popular(random, quotes));
    paragraphs.add(fact(random, facts) + " " + fact(random, facts) + " The " + own + " notes that "
        + pick(random, SUBJECTS).toLowerCase(java.util.Locale.ROOT) + " met " + pick(random, PEOPLE) + " in "
        + pick(random, PLACES) + ".");
    paragraphs.add(popular(random, quotes) + " " + fact(random, facts));
    return String.join("\n\n", paragraphs);
  }

  /** A wording of a fact, popular facts far more often than the rest. */
  private static String fact(Random random, List<List<String>> facts) {
    List<String> wordings = popular(random, facts);
    return wordings.get(random.nextInt(wordings.size()));
  }

  /** An element drawn with probability falling as 1 / (rank + 1). */
  private static <T> T popular(Random random, List<T> items) {
    double total = Math.log(items.size() + 1.0);
    int rank = (int) Math.floor(Math.exp(random.nextDouble() * total)) - 1;
    return items.get(Math.min(items.size() - 1, Math.max(0, rank)));
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static <T> T pick(Random random, List<T> items) {
    return popular(random, items);
  }

  /** An invented proper name of two or three syllables: "Velmora", "Kador". */
  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < 2 + random.nextInt(2); k++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A word of letters only, distinct for each number (numbers would read as figures). */
  private static String code(int number) {
    StringBuilder word = new StringBuilder("q");
    for (int n = number; n > 0; n /= 26) {
      word.append((char) ('a' + n % 26));
    }
    return word.toString();
  }

  private static String headline(String body) {
    int end = body.indexOf(" in ");
    return end > 0 && end < 80 ? body.substring(0, end) : body.substring(0, Math.min(60, body.indexOf('.')));
  }

  private static Article article(String id, String outlet, String headline, PublicationTime published, String body,
      List<String> credits) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (String paragraph : body.split("\n\n")) {
      paragraphs.add(new Span(start, start + paragraph.length()));
      start += paragraph.length() + 2;
    }
    return new Article(id, id + ".txt", null, outlet, headline, published, List.of(), body, paragraphs, List.of(),
        List.of(), credits, "en");
  }
}
