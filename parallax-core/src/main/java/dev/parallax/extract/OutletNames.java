package dev.parallax.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of news outlets and wire services (the lexicon {@code outlets.txt}), and the ways a
 * text reveals them: a masthead, a self-reference ("Newsweek has contacted ..."), a wire credit
 * ("TASS reported", "(Source: Reuters)"). Immutable and thread-safe.
 */
final class OutletNames {

  private static final String NAME = "(\\p{Lu}[\\p{L}.'&-]*(?:\\s+\\p{Lu}[\\p{L}.'&-]*){0,3})";
  private static final Pattern SELF_REFERENCE = Pattern.compile(
      NAME + "\\s+(?:has|had)\\s+(?:contacted|reached out|asked|approached|requested|emailed)"
          + "|" + NAME + "\\s+(?:could not|couldn't|was unable to|cannot|has not been able to)\\s+"
          + "(?:independently\\s+)?(?:verify|confirm|reach)"
          + "|that\\s+" + NAME + "\\s+should be covering"
          + "|" + NAME + "\\s+reached out");

  /** Every self-reference contains one of these: texts without any are not scanned. */
  private static final List<String> SELF_REFERENCE_VERBS = List.of("contacted", "reached out", "asked", "approached",
      "requested", "emailed", "could not", "couldn't", "was unable to", "cannot", "has not been able to",
      "should be covering");

  private final Map<String, String> canonicalByAlias;
  private final Set<String> wires;
  /** Wire names and aliases, longest first. */
  private final List<String> wireAliases;

  private OutletNames(Map<String, String> canonicalByAlias, Set<String> wires, List<String> wireAliases) {
    this.canonicalByAlias = canonicalByAlias;
    this.wires = wires;
    this.wireAliases = List.copyOf(wireAliases);
  }

  /**
   * The wire-credit pattern over the given aliases. Built per text from only the aliases the
   * text contains: one alternation of all aliases tried at every word is what made this slow.
   */
  private static Pattern wireCredit(List<String> aliases) {
    String alternatives = String.join("|", aliases.stream().map(Pattern::quote).toList());
    return Pattern.compile(
        "\\b(" + alternatives + ")\\s+(?:reported|said in a report|news agency reported|cited)"
            + "|\\((?i:source:)?\\s*(" + alternatives + ")\\)"
            + "|(?:according to|reported by|citing)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(" + alternatives + ")\\b"
            + "|\\b(" + alternatives + ")\\s+contributed");
  }

  /** The lexicon bundled with Parallax. */
  static OutletNames bundled() {
    try (InputStream in = OutletNames.class.getResourceAsStream("outlets.txt")) {
      if (in == null) {
        throw new IllegalStateException("outlets.txt missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OutletNames parse(List<String> lines) {
    Map<String, String> canonical = new LinkedHashMap<>();
    Set<String> wires = new LinkedHashSet<>();
    List<String> wireAliases = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", -1);
      if (fields.length < 2 || !(fields[0].equals("wire") || fields[0].equals("outlet"))) {
        throw new IllegalArgumentException("bad outlets.txt line: '" + line + "'");
      }
      String name = fields[1].strip();
      List<String> aliases = new ArrayList<>(List.of(name));
      if (fields.length > 2 && !fields[2].isBlank()) {
        for (String alias : fields[2].split(";")) {
          aliases.add(alias.strip());
        }
      }
      for (String alias : aliases) {
        canonical.putIfAbsent(key(alias), name);
      }
      if (fields[0].equals("wire")) {
        wires.add(name);
        wireAliases.addAll(aliases);
      }
    }
    wireAliases.sort((a, b) -> b.length() - a.length());
    return new OutletNames(canonical, wires, wireAliases);
  }

  /** The lexicon's spelling of a stated outlet name, or the name as stated. */
  String canonical(String stated) {
    String cleaned = stated.strip().replaceAll("[.,:;]+$", "");
    return canonicalByAlias.getOrDefault(key(cleaned), cleaned);
  }

  /** A known outlet or wire that a whole header line names ("Anadolu Agency"), or null. */
  String knownOutletIn(String line) {
    return canonicalByAlias.get(key(line.strip()));
  }

  /** The outlet a body names as itself ("Newsweek has contacted ..."), or null. */
  String selfReferenceIn(String body) {
    if (SELF_REFERENCE_VERBS.stream().noneMatch(body::contains)) {
      return null;
    }
    Matcher matcher = SELF_REFERENCE.matcher(body);
    while (matcher.find()) {
      for (int group = 1; group <= matcher.groupCount(); group++) {
        String name = matcher.group(group);
        if (name != null && !isPronounOrArticle(name)) {
          return canonical(name);
        }
      }
    }
    return null;
  }

  /** Wire services a body credits, in order of first credit. */
  List<String> wireCreditsIn(String body) {
    List<String> present = new ArrayList<>();
    for (String alias : wireAliases) {
      if (body.contains(alias)) {
        present.add(alias);
      }
    }
    if (present.isEmpty()) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = wireCredit(present).matcher(body);
    while (matcher.find()) {
      for (int group = 1; group <= matcher.groupCount(); group++) {
        if (matcher.group(group) != null) {
          found.add(canonicalByAlias.get(key(matcher.group(group))));
        }
      }
    }
    return List.copyOf(found);
  }

  boolean isWire(String name) {
    return wires.contains(canonical(name));
  }

  private static boolean isPronounOrArticle(String name) {
    return Set.of("he", "she", "it", "they", "we", "i", "the", "this", "that", "police", "officials")
        .contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
