package dev.parallax.nlp;

import dev.parallax.internal.CalendarText;
import dev.parallax.internal.WordLists;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names of people, organisations and places in a body, by rules over runs of capitalised
 * words and the bundled {@link Gazetteer}: titles mark people ("Kremlin spokesman Dmitry
 * Peskov"), organisation words mark organisations ("National Security Bureau"), the place list
 * marks places and demonyms ("Finnish" → Finland). Within an article every short form of a
 * person ("Peskov") takes the longest form's name ("Dmitry Peskov"). Thread-safe.
 */
final class EntityRecognizer {

  private static final Set<String> CONNECTORS = Set.of("of", "de", "du", "van", "von", "der", "al", "bin",
      "la", "le", "del", "for");

  private final Gazetteer gazetteer;

  EntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> recognize(String body, List<Span> sentences) {
    Set<String> lowerCaseWords = lowerCaseWords(body);
    Set<String> midSentenceNames = midSentenceCapitalized(body, sentences);
    List<Mention> raw = new ArrayList<>();
    for (Span sentence : sentences) {
      List<Token> tokens = Tokenizer.tokens(body, sentence.start(), sentence.end());
      int i = 0;
      while (i < tokens.size()) {
        if (!startsName(tokens, i, lowerCaseWords, midSentenceNames)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < tokens.size() && adjacent(body, tokens.get(end - 1), tokens.get(end))
            && (tokens.get(end).isCapitalized() || isInnerConnector(tokens, end, body))) {
          end++;
        }
        classify(tokens.subList(i, end), body, raw);
        i = end;
      }
    }
    return canonicalize(raw);
  }

  /**
   * Whether a name can start at token {@code i}. A sentence's first word is a name only when the
   * text also capitalises it mid-sentence, it is a known place, or a capitalised word follows.
   */
  private boolean startsName(List<Token> tokens, int i, Set<String> lowerCaseWords, Set<String> midSentenceNames) {
    Token token = tokens.get(i);
    if (!token.isCapitalized() || Character.isDigit(token.text().charAt(0))
        || CalendarText.month(token.text()) != null || CalendarText.weekday(token.text()) != null) {
      return false;
    }
    String lower = WordLists.lower(token.text());
    boolean known = gazetteer.place(token.text()) != null || gazetteer.organization(token.text()) != null;
    if (known) {
      return true;
    }
    if (WordLists.isStopWord(lower)) {
      return false;
    }
    if (i > 0) {
      return true;
    }
    boolean nextCapitalized = tokens.size() > 1 && tokens.get(1).isCapitalized();
    return !lowerCaseWords.contains(token.text().toLowerCase(java.util.Locale.ROOT))
        && (midSentenceNames.contains(token.text()) || nextCapitalized);
  }

  private static Set<String> midSentenceCapitalized(String body, List<Span> sentences) {
    Set<String> names = new HashSet<>();
    for (Span sentence : sentences) {
      List<Token> tokens = Tokenizer.tokens(body, sentence.start(), sentence.end());
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i).isCapitalized()) {
          names.add(tokens.get(i).text());
        }
      }
    }
    return names;
  }

  private static boolean isInnerConnector(List<Token> tokens, int at, String body) {
    return CONNECTORS.contains(tokens.get(at).text()) && at + 1 < tokens.size()
        && tokens.get(at + 1).isCapitalized() && adjacent(body, tokens.get(at), tokens.get(at + 1));
  }

  /** Only spaces (or nothing but a possessive's absence) between two tokens. */
  private static boolean adjacent(String body, Token left, Token right) {
    for (int i = left.end(); i < right.start(); i++) {
      if (body.charAt(i) != ' ') {
        return false;
      }
    }
    return right.start() - left.end() <= 1;
  }

  private void classify(List<Token> run, String body, List<Mention> out) {
    while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1).text())) {
      run = run.subList(0, run.size() - 1);
    }
    if (run.isEmpty()) {
      return;
    }
    String text = body.substring(run.get(0).start(), run.get(run.size() - 1).end());
    Span span = new Span(run.get(0).start(), run.get(run.size() - 1).end());
    String place = gazetteer.place(text);
    if (place != null) {
      out.add(new Mention(span, EntityType.PLACE, place));
      return;
    }
    String organization = gazetteer.organization(text);
    if (organization != null) {
      out.add(new Mention(span, EntityType.ORGANIZATION, organization));
      return;
    }
    if (gazetteer.isOrganizationWord(run.get(run.size() - 1).text()) && run.size() > 1) {
      out.add(new Mention(span, EntityType.ORGANIZATION, text));
      return;
    }
    for (int i = 0; i < run.size(); i++) {
      int title = gazetteer.titleLength(run, i);
      if (title > 0 && i + title < run.size()) {
        if (i > 0) {
          classify(run.subList(0, i), body, out);
        }
        addPerson(run.subList(i + title, run.size()), body, out);
        return;
      }
    }
    if (run.size() == 1) {
      Token token = run.get(0);
      String country = gazetteer.countryOfDemonym(token.text());
      if (country != null) {
        out.add(new Mention(span, EntityType.PLACE, country));
      } else if (token.isAllCaps()) {
        out.add(new Mention(span, EntityType.ORGANIZATION, text));
      } else if (gazetteer.titleLength(run, 0) == 0) {
        out.add(new Mention(span, EntityType.OTHER, text));
      }
      return;
    }
    String leadingCountry = gazetteer.countryOfDemonym(run.get(0).text());
    if (leadingCountry != null && gazetteer.place(run.get(run.size() - 1).text()) == null) {
      out.add(new Mention(new Span(run.get(0).start(), run.get(0).end()), EntityType.PLACE, leadingCountry));
      classify(run.subList(1, run.size()), body, out);
      return;
    }
    for (Token token : run) {
      if (gazetteer.isOrganizationWord(token.text())) {
        out.add(new Mention(span, EntityType.ORGANIZATION, text));
        return;
      }
    }
    addPerson(run, body, out);
  }

  private void addPerson(List<Token> run, String body, List<Mention> out) {
    for (int prefix = run.size() - 2; prefix >= 1; prefix--) {
      String head = body.substring(run.get(0).start(), run.get(prefix - 1).end());
      if (gazetteer.place(head) != null || gazetteer.organization(head) != null) {
        classify(run.subList(0, prefix), body, out);
        addPerson(run.subList(prefix, run.size()), body, out);
        return;
      }
    }
    Span span = new Span(run.get(0).start(), run.get(run.size() - 1).end());
    for (Token token : run) {
      if (gazetteer.countryOfDemonym(token.text()) != null || gazetteer.place(token.text()) != null) {
        out.add(new Mention(span, EntityType.OTHER, span.of(body)));
        return;
      }
    }
    out.add(new Mention(span, run.size() == 1 ? EntityType.OTHER : EntityType.PERSON, span.of(body)));
  }

  /** Short forms take the name of the longest person name they end ("Peskov" → "Dmitry Peskov"). */
  private static List<Mention> canonicalize(List<Mention> raw) {
    Map<String, String> fullNameBySurname = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Mention mention : raw) {
      if (mention.type() == EntityType.PERSON) {
        String surname = lastWord(mention.entity());
        String known = fullNameBySurname.get(surname);
        if (known != null && !known.equals(mention.entity())
            && !known.endsWith(" " + mention.entity()) && !mention.entity().endsWith(" " + known)) {
          ambiguous.add(surname);
        }
        if (known == null || mention.entity().length() > known.length()) {
          fullNameBySurname.put(surname, mention.entity());
        }
      }
    }
    List<Mention> mentions = new ArrayList<>(raw.size());
    for (Mention mention : raw) {
      String surname = lastWord(mention.entity());
      String fullName = fullNameBySurname.get(surname);
      boolean shortForm = (mention.type() == EntityType.PERSON || mention.type() == EntityType.OTHER)
          && fullName != null && !ambiguous.contains(surname);
      mentions.add(shortForm ? new Mention(mention.span(), EntityType.PERSON, fullName) : mention);
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return mentions;
  }

  static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return name.substring(space + 1);
  }

  private static Set<String> lowerCaseWords(String body) {
    Set<String> words = new HashSet<>();
    for (Token token : Tokenizer.tokens(body, 0, body.length())) {
      if (Character.isLowerCase(token.text().charAt(0))) {
        words.add(token.text());
      }
    }
    return words;
  }
}
