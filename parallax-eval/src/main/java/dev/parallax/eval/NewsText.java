package dev.parallax.eval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one generated article: a headline and about 350 words in paragraphs, from templates
 * filled with its story's and event's cast. The lead names the event's day relative to the
 * publication date ("on Tuesday", "yesterday"); people get their title and full name on first
 * mention and their surname after; there are direct quotes ({@code "...," Korhonen said.}),
 * indirect ones ({@code Korhonen said that ...}) and numbers with units. One instance per
 * article, not thread-safe.
 */
final class NewsText {

  /** A person: title, given name and surname. */
  record Person(String title, String given, String surname) {
    String full() {
      return title + " " + given + " " + surname;
    }
  }

  /** What every article of a story shares. */
  record StoryCast(String name, String topic, String place, String country, String org, Person leader, Person critic,
      LocalDate start, List<String> words, List<String> nouns) {}

  /** What every article of an event shares: its own words, verb, voice and figures. */
  record EventCast(List<String> words, String[] verb, Person voice, double millions, int kilometres,
      double percent, int count, String group, int tonnes) {
    String word() {
      return words.get(0);
    }
  }

  /** The headline and paragraphs of an article. */
  record Text(String headline, List<String> paragraphs) {}

  static final int TARGET_WORDS = 350;

  private static final String[] LEADS = {
      "{Place} {g} {verb} the {story} {topic} {when}, ending {g} {g} over the {ew} {sw} and {g} {noun}.",
      "The {org} {verb} the {ew} {sw} {g} for the {story} {topic} {when}, a {g} that affects {count} in {place}.",
      "{leader} {verb} the {word} {ew} in {place} {when}, saying the {story} {sw} still had {g} {g}.",
      "Lawmakers in {country} {verb} the {story} {topic} {when} after a {g} {g} on {word} {ew} and {sw} {g}."};
  private static final String[] CONTEXT = {
      "The {g} came after {count} {g} a {g} against the {word} {ew} {g}.",
      "The {topic} near {place} has been at the centre of a {sw} {g} over {noun} since {since}.",
      "It was the third time the {story} {sw} had come before the {org}, which first {g} the {ew} {g} in {place}."};
  private static final String[] QUOTES = {
      "We cannot allow the {word} {ew} to {g} any longer",
      "This {sw} will bring {g} {noun} to {place} for a {g}",
      "Nobody asked the {g} of {place} what they wanted from the {ew} {sw}",
      "The {ew} {g} show that we were right to act on the {sw}",
      "We have heard the {g} about {noun} and the {ew}, and we will answer them",
      "It is too early to say what the {ew} means for the {story} {sw} and its {g}"};
  private static final String[] DIRECT = {
      "\"{quote},\" {leader} said.",
      "\"{quote},\" said {voice}.",
      "\"{quote},\" {voice} told reporters in {place} {pubday}."};
  private static final String[] INDIRECT = {
      "{leader} said that the {org} would {base} the {word} {ew} by {next}.",
      "{voice} told reporters that the {ew} {sw} had cost {money} so far.",
      "{critic} said the {ew} {g} was {adj} and that the {sw} {g} had been ignored.",
      "According to the {org}, the {story} {sw} will need {money} more for the {ew} before {next}."};
  private static final String[] FIGURES = {
      "The {ew} {sw} is expected to cost {money}, up {percent} from the first {ew} {g}.",
      "{G} {g} said the {word} {sw} would run for {distance} and carry {tonnes} of {ew} a day.",
      "About {count} took part in the {ew} {sw}, police said, and {g} was halted along {distance} of {g}.",
      "Turnout in the {sw} {ew} was {percent}, and {count} cast {g} across {place}."};
  private static final String[] BACKGROUND = {
      "The {story} {sw} was first proposed on {since}, when the {org} set aside {money} for a {sw} {g}.",
      "Critics such as {critic} say the {sw} {topic} has been {adj} from the start.",
      "{G} of the {sw} point to {noun} and the {sw} {g} as reasons to go ahead.",
      "{Group} in {place} have held {g} {g} on the {sw} {topic} every week since {since}."};
  private static final String[] FILLERS = {
      "{critic}, who has followed the {sw} for years, said the {g} {g} over the {ew} would {g} the {g}.",
      "Local {group} said they had not been {g} about the {word} {ew} {g}.",
      "The {org} did not respond to a request for comment on the {ew} {sw} {g}.",
      "Several {group} in {place} said they would wait for the {ew} {g} before {g}.",
      "{G} {g} called the {ew} {g} {adj} and asked for a full {g} of the {sw}.",
      "Officials in {country} have watched the {story} {sw} closely, as {g} {sw} {g} are under way elsewhere.",
      "A {sw} {g} published last year found that {noun} near the {ew} had fallen by {percent}.",
      "The {word} {g} would also change how the {sw} {noun} is {g} in {place}.",
      "{G} groups have warned that {ew} {g} could cost the {sw} {money} a year.",
      "The {org} said it had received more than {count} {g} {g} on the {ew}.",
      "Some {group} travelled for hours to attend the {ew} {g}, which ran late into the {g}.",
      "Independent {g} have asked for the {ew} {sw} {g} to be published in full.",
      "Police said the {ew} {g} outside the {sw} {g} had been {adj}.",
      "The {sw} is likely to feature in the next {g} {g} in {country}."};
  private static final String[] CLOSINGS = {
      "The {org} is due to meet again on the {ew} {next}.",
      "A final vote on the {story} {sw} is scheduled for {next}.",
      "{leader} is expected to present a revised {ew} plan {next}."};
  private static final String[] HEADLINES = {
      "{place} {present} {story} {topic} {ew} plan",
      "{story} {topic}: {org} {present} {word} {ew}",
      "{surname} {present} {story} {sw} after {adj} {ew} row",
      "{country} {present} {word} {topic} in {place}"};

  private final StoryCast story;
  private final EventCast event;
  private final LocalDate eventDay;
  private final LocalDate published;
  private final SplittableRandom random;
  private final String[] general;
  private final Set<Person> introduced = new HashSet<>();
  private String lastNoun;

  NewsText(StoryCast story, EventCast event, LocalDate eventDay, LocalDate published, String[] general,
      SplittableRandom random) {
    this.general = general;
    this.story = story;
    this.event = event;
    this.eventDay = eventDay;
    this.published = published;
    this.random = random;
  }

  Text write() {
    String headline = fill(pick(HEADLINES));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(fill(pick(LEADS)) + " " + fill(pick(CONTEXT)));
    paragraphs.add(fill(pick(DIRECT)) + " " + fill(pick(INDIRECT)));
    int figure = random.nextInt(FIGURES.length);
    paragraphs.add(fill(FIGURES[figure]) + " " + fill(FIGURES[(figure + 1 + random.nextInt(FIGURES.length - 1))
        % FIGURES.length]) + " " + fill(pick(INDIRECT)));
    paragraphs.add(fill(pick(BACKGROUND)) + " " + fill(pick(DIRECT)));
    int words = paragraphs.stream().mapToInt(NewsText::words).sum();
    StringBuilder paragraph = new StringBuilder();
    List<String> fillers = new ArrayList<>(List.of(FILLERS));
    fillers.addAll(List.of(BACKGROUND));
    int used = 0;
    while (words < TARGET_WORDS - 25) {
      int at = used + random.nextInt(fillers.size() - used);
      String template = fillers.set(at, fillers.get(used));
      fillers.set(used, template);
      used = (used + 1) % fillers.size();
      String sentence = fill(template);
      paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
      words += words(sentence);
      if (words(paragraph.toString()) > 60) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    paragraph.append(paragraph.isEmpty() ? "" : " ").append(fill(pick(CLOSINGS)));
    paragraphs.add(paragraph.toString());
    return new Text(headline, paragraphs);
  }

  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, at, open).append(slot(template.substring(open + 1, close)));
      at = close + 1;
    }
    return out.toString();
  }

  private String slot(String name) {
    return switch (name) {
      case "place" -> story.place();
      case "country" -> story.country();
      case "story" -> story.name();
      case "topic" -> story.topic();
      case "org" -> story.org();
      case "word" -> event.word();
      case "ew" -> event.words().get(random.nextInt(event.words().size()));
      case "sw" -> story.words().get(random.nextInt(story.words().size()));
      case "verb" -> event.verb()[1];
      case "base" -> event.verb()[0];
      case "present" -> event.verb()[2];
      case "noun" -> noun();
      case "g" -> general();
      case "G" -> NewsWords.capital(general());
      case "Place" -> story.place();
      case "adj" -> pick(NewsWords.ADJECTIVES);
      case "group" -> event.group();
      case "Group" -> NewsWords.capital(event.group());
      case "count" -> String.format(Locale.ROOT, "%,d %s", event.count(), event.group());
      case "money" -> money();
      case "distance" -> event.kilometres() + (random.nextBoolean() ? " kilometres" : " km");
      case "tonnes" -> String.format(Locale.ROOT, "%,d tonnes", event.tonnes());
      case "percent" -> String.format(Locale.ROOT, "%.1f percent", event.percent());
      case "when" -> when();
      case "pubday" -> "on " + weekday(published);
      case "next" -> next();
      case "since" -> monthDay(story.start());
      case "quote" -> fill(pick(QUOTES));
      case "leader" -> mention(story.leader());
      case "surname" -> story.leader().surname();
      case "critic" -> mention(story.critic());
      case "voice" -> mention(event.voice());
      default -> throw new IllegalStateException("unknown slot {" + name + "}");
    };
  }

  /** Title and full name the first time, the surname after. */
  private String mention(Person person) {
    return introduced.add(person) ? person.full() : person.surname();
  }

  /** A noun, not the one given just before ("over rents and rents"). */
  private String noun() {
    String noun;
    do {
      noun = story.nouns().get(random.nextInt(story.nouns().size()));
    } while (noun.equals(lastNoun));
    lastNoun = noun;
    return noun;
  }

  /** A word of the general vocabulary, by Zipf's law (rank r about as often as 1/r). */
  private String general() {
    return general[(int) Math.pow(general.length, random.nextDouble()) - 1];
  }

  private String money() {
    return switch (random.nextInt(3)) {
      case 0 -> String.format(Locale.ROOT, "$%.1f million", event.millions());
      case 1 -> String.format(Locale.ROOT, "%.0f million euros", event.millions());
      default -> String.format(Locale.ROOT, "%,d dollars", Math.round(event.millions() * 1_000_000));
    };
  }

  /** The event's day as seen from the publication date. */
  private String when() {
    long lag = published.toEpochDay() - eventDay.toEpochDay();
    if (lag == 1 && random.nextBoolean()) {
      return "yesterday";
    }
    return (random.nextInt(4) == 0 ? "late on " : "on ") + weekday(eventDay);
  }

  /** A day after the event, said as "next Friday" or "March 14". */
  private String next() {
    LocalDate day = eventDay.plusDays(3 + random.nextInt(18));
    return random.nextBoolean() ? "next " + weekday(eventDay.plusDays(8 + random.nextInt(6))) : monthDay(day);
  }

  private static String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthDay(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
  }

  private String pick(String[] options) {
    return NewsWords.pick(random, options);
  }

  static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }
}
