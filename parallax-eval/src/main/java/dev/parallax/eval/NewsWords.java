package dev.parallax.eval;

import java.util.SplittableRandom;

/**
 * The word stock of {@link NewsStream}: short lists of real English words and roles written for
 * this generator, and invented words (names, places, story names) made from syllables. Stateless.
 */
final class NewsWords {

  static final String[] GIVEN_NAMES = {"Anna", "Mikko", "Sofia", "Jonas", "Leila", "Tomas", "Ines", "Pavel", "Marta",
      "Oskar", "Nadia", "Emil", "Clara", "Ravi", "Yuki", "Omar", "Helena", "Felix", "Amara", "Lucas", "Irene", "Viktor",
      "Maya", "Daniel", "Sara", "Karim", "Elena", "Jakob", "Noor", "Samuel", "Ingrid", "Mateo", "Lina", "Arjun", "Greta",
      "Hugo", "Alice", "Bruno", "Zofia", "Kenji", "Rosa", "Anton", "Julia", "Tariq", "Eva", "Milan", "Hana", "Pedro"};

  /** Roles that stand before a person's name on first mention. */
  static final String[] TITLES = {"Interior Minister", "Finance Minister", "Transport Minister", "Health Minister",
      "Foreign Minister", "Prime Minister", "President", "Mayor", "Governor", "Senator", "Judge", "Spokesperson",
      "Ambassador", "General", "Chancellor", "Deputy Mayor", "Secretary"};

  /** What a story is about; each story takes one. */
  static final String[] TOPICS = {"dam", "strike", "election", "trial", "merger", "wildfire", "flood", "budget",
      "pipeline", "ceasefire", "bridge", "airport", "rail link", "port expansion", "mine", "reform", "treaty",
      "tax plan", "housing scheme", "power plant", "hospital", "water project", "ferry service", "wind farm",
      "inquiry", "recall motion", "trade deal", "drought", "landslide", "stadium"};

  /** Verbs as base, past and third person present. */
  static final String[][] VERBS = {{"approve", "approved", "approves"}, {"reject", "rejected", "rejects"},
      {"delay", "delayed", "delays"}, {"suspend", "suspended", "suspends"}, {"back", "backed", "backs"},
      {"halt", "halted", "halts"}, {"expand", "expanded", "expands"}, {"review", "reviewed", "reviews"},
      {"question", "questioned", "questions"}, {"defend", "defended", "defends"}, {"fund", "funded", "funds"},
      {"block", "blocked", "blocks"}, {"revive", "revived", "revives"}, {"cancel", "cancelled", "cancels"},
      {"extend", "extended", "extends"}, {"challenge", "challenged", "challenges"}};

  static final String[] NOUNS = {"funding", "safety", "housing", "water supply", "traffic", "jobs", "energy prices",
      "compensation", "public access", "noise", "emissions", "tax revenue", "school places", "rents", "wages",
      "oversight", "maintenance", "insurance", "pensions", "the timetable", "the environment", "local trade"};

  static final String[] GROUPS = {"residents", "workers", "protesters", "voters", "families", "passengers",
      "farmers", "engineers", "teachers", "shop owners", "nurses", "drivers", "students", "fishermen"};

  static final String[] ADJECTIVES = {"bitter", "lengthy", "heated", "cautious", "unusual", "broad", "narrow",
      "quiet", "costly", "fragile", "sudden", "careful", "public", "closed", "angry", "divided"};

  static final String[] FIELDS = {"Energy", "Transport", "Health", "Justice", "Agriculture", "Housing", "Finance",
      "Water", "Labour", "Defence", "Education", "Trade"};

  static final String[] ORG_WORDS = {"City Council", "Port Authority", "Workers Union", "Holdings", "Regional Council",
      "Development Bank", "Chamber of Commerce", "Water Board", "Group", "Party"};

  static final String[] COUNTRIES = {"Finland", "Chile", "Kenya", "Portugal", "Canada", "Vietnam", "Poland", "Peru",
      "Norway", "Ghana", "Greece", "Japan", "Mexico", "Austria", "India", "Brazil", "Ireland", "Morocco", "Sweden",
      "Turkey", "Nigeria", "Spain", "Australia", "Egypt", "Colombia", "Hungary", "Indonesia", "Argentina"};

  static final String[] WIRES = {"Reuters", "AP", "AFP"};

  static final String[] OUTLET_FIRST = {"The Daily", "The Evening", "The Northern", "The Coastal", "The Morning",
      "The Valley", "The Metro", "The Weekly"};

  static final String[] OUTLET_SECOND = {"Courier", "Ledger", "Herald", "Observer", "Dispatch"};

  private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "h", "k", "kr", "l", "m", "n", "p", "r",
      "s", "st", "t", "v", "w", "z"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "oa"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "m", "nd"};
  private static final String[] SURNAME_ENDS = {"sen", "ova", "inen", "ez", "ard", "i", "ek", "ani", "berg", "o"};
  private static final String[] PLACE_ENDS = {"holm", "ford", "ville", "burg", "ara", "stad", "mouth", "dale"};

  private NewsWords() {}

  /** An invented lower-case word of {@code syllables} syllables. */
  static String invent(SplittableRandom random, int syllables) {
    StringBuilder word = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      word.append(pick(random, ONSETS)).append(pick(random, VOWELS)).append(pick(random, CODAS));
    }
    return word.toString();
  }

  static String surname(SplittableRandom random) {
    return capital(invent(random, 1 + random.nextInt(2)) + pick(random, SURNAME_ENDS));
  }

  static String place(SplittableRandom random) {
    return capital(invent(random, 1 + random.nextInt(2)) + pick(random, PLACE_ENDS));
  }

  /** The {@code index}-th of the 40 outlets. */
  static String outlet(int index) {
    return OUTLET_FIRST[index % OUTLET_FIRST.length] + " " + OUTLET_SECOND[index / OUTLET_FIRST.length];
  }

  static int outlets() {
    return OUTLET_FIRST.length * OUTLET_SECOND.length;
  }

  /** {@code count} distinct words of {@code words}. */
  static java.util.List<String> some(SplittableRandom random, String[] words, int count) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(words));
    for (int i = 0; i < count; i++) {
      java.util.Collections.swap(all, i, i + random.nextInt(all.size() - i));
    }
    return java.util.List.copyOf(all.subList(0, count));
  }

  static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
