package dev.parallax.nlp;

import dev.parallax.internal.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled name lists: places with their demonyms and aliases, organisations known by one
 * name, and titles that stand before a person's name. Immutable and thread-safe.
 */
final class Gazetteer {

  private static final Set<String> ORGANIZATION_WORDS = Set.of(
      "ministry", "agency", "bureau", "council", "committee", "commission", "party", "union", "bank",
      "company", "corporation", "corp", "inc", "ltd", "group", "university", "institute", "department",
      "office", "service", "services", "guard", "guards", "forces", "force", "army", "navy", "police",
      "court", "parliament", "congress", "senate", "assembly", "government", "authority", "association",
      "federation", "organization", "organisation", "foundation", "alliance", "board", "church",
      "school", "hospital", "club", "league", "network", "times", "post", "news", "press", "tribune",
      "herald", "journal", "daily", "television", "radio", "broadcaster", "airlines", "airways",
      "administration", "cabinet", "kremlin", "secretariat", "tribunal", "coalition", "movement", "front",
      "brigade", "battalion", "command", "center", "centre", "fund", "trust", "exchange", "reserve");

  private final Map<String, String> placeByName = new HashMap<>();
  private final Map<String, String> countryByDemonym = new HashMap<>();
  private final Map<String, String> organizationByName = new HashMap<>();
  private final Set<String> titles = new HashSet<>();

  private Gazetteer() {}

  /** The bundled lists, read once per process: the annotator and the entity linker share them. */
  static Gazetteer bundled() {
    return Bundled.LISTS;
  }

  private static final class Bundled {
    static final Gazetteer LISTS = load();
  }

  private static Gazetteer load() {
    Gazetteer gazetteer = new Gazetteer();
    for (String line : WordLists.load(Gazetteer.class, "places.txt")) {
      String[] fields = line.split("\\|", -1);
      String name = fields[0].strip();
      gazetteer.placeByName.put(WordLists.lower(name), name);
      if (fields.length > 1) {
        for (String demonym : fields[1].split(";")) {
          if (!demonym.isBlank()) {
            gazetteer.countryByDemonym.put(WordLists.lower(demonym.strip()), name);
          }
        }
      }
      if (fields.length > 2) {
        for (String alias : fields[2].split(";")) {
          if (!alias.isBlank()) {
            gazetteer.placeByName.put(WordLists.lower(alias.strip()), name);
          }
        }
      }
    }
    for (String name : WordLists.load(Gazetteer.class, "organizations.txt")) {
      gazetteer.organizationByName.put(WordLists.lower(name), name);
    }
    for (String title : WordLists.load(Gazetteer.class, "titles.txt")) {
      gazetteer.titles.add(title);
    }
    return gazetteer;
  }

  /** The canonical place a name or alias stands for ("U.S" → "United States"), or null. */
  String place(String name) {
    return placeByName.get(WordLists.lower(name));
  }

  /** The country a demonym stands for ("Finnish" → "Finland"), or null. */
  String countryOfDemonym(String word) {
    return countryByDemonym.get(WordLists.lower(word));
  }

  /** The canonical name of an organisation known by one name ("Kremlin"), or null. */
  String organization(String name) {
    return organizationByName.get(WordLists.lower(name));
  }

  boolean isOrganizationWord(String word) {
    return ORGANIZATION_WORDS.contains(WordLists.lower(word));
  }

  /** How many of the words from {@code from} form a title ("Prime Minister" → 2), 0 if none. */
  int titleLength(List<Token> tokens, int from) {
    for (int length = Math.min(3, tokens.size() - from); length >= 1; length--) {
      StringBuilder words = new StringBuilder();
      for (int i = from; i < from + length; i++) {
        words.append(i > from ? " " : "").append(WordLists.lower(tokens.get(i).text()));
      }
      if (titles.contains(words.toString())) {
        return length;
      }
    }
    return 0;
  }
}
