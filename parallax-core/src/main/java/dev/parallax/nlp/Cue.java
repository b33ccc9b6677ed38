package dev.parallax.nlp;

import dev.parallax.internal.CalendarText;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An attribution: the words naming the speaker and the reporting verb, found next to a quote
 * by word patterns: speaker then verb ({@code Peskov said}, {@code the ministry has said}),
 * verb then speaker ({@code said Siewiera}), or a participle after a comma whose speaker is
 * the subject of the clause ({@code Peskov expressed regret, stating}); a parenthesis may stand
 * between speaker and verb ({@code Rep. X (D-Md.) said}), and a verb joined by "and"/"but" takes
 * the clause's subject ({@code X left early but said}).
 *
 * @param speaker the words naming the speaker
 * @param verb the reporting verb as written
 * @param verbSpan where the verb stands
 */
record Cue(Span speaker, String verb, Span verbSpan) {

  /** At most this many words name a speaker. */
  static final int MAX_SPEAKER_WORDS = 7;
  /** At most this many words stand in an apposition between a speaker's name and the verb. */
  static final int MAX_APPOSITION_WORDS = 20;
  /** Conjunctions that may open a sentence before its subject ({@code But Bob Kline, ...}). */
  private static final Set<String> OPENERS = Set.of("But", "And", "Yet", "So");
  /** At most this many words stand in a parenthesis after a name ({@code (D-Va.)}). */
  private static final int MAX_PARENTHESIS_WORDS = 4;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
      "this", "that", "one", "another", "some", "many", "two", "three", "several", "other", "both", "most");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who");
  private static final Set<String> STOPS = Set.of("in", "on", "at", "during", "to", "from", "after", "before",
      "while", "when", "as", "who", "which", "that", "and", "but", "with", "for", "by", "about", "if", "because",
      "than", "so", "or", "not", "what", "how", "why", "where", "there", "is", "was", "be", "will", "would", "are",
      "were", "could", "should", "can", "must", "might");
  /** Words joining a second verb to the subject's first ({@code She left early but said ...}). */
  private static final Set<String> COORDINATORS = Set.of("and", "but");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  /** Words that often follow a verb ("spoke at", "met with"): the word before them ends a subject. */
  private static final Set<String> VERB_FOLLOWERS = Set.of("the", "a", "an", "at", "to", "on", "in", "with",
      "his", "her", "its", "their", "that", "for", "about", "from", "out", "up", "down");

  /** The words of {@code [from, to)} without the "s" of possessives ("Putin's" is one word here). */
  static List<Token> words(String body, int from, int to) {
    List<Token> tokens = Tokenizer.tokens(body, from, to);
    tokens.removeIf(token -> token.text().equalsIgnoreCase("s") && token.start() > 0
        && (body.charAt(token.start() - 1) == '\'' || body.charAt(token.start() - 1) == '’'));
    return tokens;
  }

  /** An attribution right after a quote, up to {@code to}: {@code ," he said} or {@code ," said X}. */
  static Cue after(String body, int from, int to) {
    int start = from;
    while (start < to && " ,.;:!?—–-\"”'’\n".indexOf(body.charAt(start)) >= 0) {
      start++;
    }
    List<Token> tokens = words(body, start, to);
    if (tokens.isEmpty() || tokens.get(0).start() != start) {
      return null;
    }
    if (ReportingCues.isVerb(tokens.get(0).text())) {
      Span speaker = rightChunk(body, tokens, 1);
      return speaker == null ? null : new Cue(speaker, tokens.get(0).text(), span(tokens.get(0)));
    }
    for (int v = 1; v < Math.min(tokens.size(), MAX_SPEAKER_WORDS + 3); v++) {
      if (!plainGap(body, tokens.get(v - 1), tokens.get(v))) {
        return afterApposition(body, tokens);
      }
      if (ReportingCues.isVerb(tokens.get(v).text())) {
        int last = v - 1;
        while (last > 0 && ReportingCues.mayPrecedeVerb(tokens.get(last).text())) {
          last--;
        }
        if (isSpeaker(tokens, 0, last)) {
          return new Cue(new Span(tokens.get(0).start(), tokens.get(last).end()), tokens.get(v).text(),
              span(tokens.get(v)));
        }
        return null;
      }
    }
    return null;
  }

  /**
   * A name, an apposition between commas, then the verb, right after a quote ({@code ," Tomas
   * Brell, the head of the union, told reporters}); null when the words are not so.
   */
  private static Cue afterApposition(String body, List<Token> tokens) {
    for (int w = 2; w < Math.min(tokens.size(), MAX_SPEAKER_WORDS + MAX_APPOSITION_WORDS + 1); w++) {
      String gap = body.substring(tokens.get(w - 1).end(), tokens.get(w).start());
      if (!plainGap(body, tokens.get(w - 1), tokens.get(w)) && gap.chars().anyMatch(c -> ".;:!?\"“”".indexOf(c) >= 0)) {
        return null;
      }
      if (ReportingCues.isVerb(tokens.get(w).text()) && !tokens.get(w).isCapitalized() && gap.strip().equals(",")) {
        Cue cue = leading(body, tokens, w, tokens.get(0).start());
        return cue != null && cue.speaker().start() == tokens.get(0).start() ? cue : null;
      }
    }
    return null;
  }

  /**
   * An attribution ending just before {@code to} (a quote or content that follows): the last
   * reporting verb in {@code [from, to)} with at most a few words after it ({@code said:},
   * {@code told reporters}, {@code said that}).
   */
  static Cue before(String body, int from, int to) {
    List<Token> tokens = words(body, from, to);
    for (int v = tokens.size() - 1; v >= Math.max(0, tokens.size() - 5); v--) {
      if (ReportingCues.isVerb(tokens.get(v).text()) && !tokens.get(v).isCapitalized()) {
        return leading(body, tokens, v, from);
      }
    }
    return null;
  }

  /** The attribution of the verb at {@code v}: the speaker words left of it, or the clause subject. */
  static Cue leading(String body, List<Token> tokens, int v, int clauseStart) {
    Token verb = tokens.get(v);
    int last = skipBetween(body, tokens, v - 1);
    int beforeDay = beforeDayAdjunct(body, tokens, last);
    if (beforeDay != last) {
      last = skipBetween(body, tokens, beforeDay);
    }
    if (last > 0 && plainGap(body, tokens.get(last), tokens.get(last + 1))
        && COORDINATORS.contains(tokens.get(last).text().toLowerCase(Locale.ROOT))) {
      Span speaker = subject(body, tokens, clauseStart, last - 1);
      return speaker == null ? null : new Cue(speaker, verb.text(), span(verb));
    }
    if (last >= 0 && plainGap(body, tokens.get(last), tokens.get(last + 1))) {
      Span speaker = chunkEndingAt(body, tokens, last);
      return speaker == null ? null : new Cue(speaker, verb.text(), span(verb));
    }
    int open = last >= 0 && body.substring(tokens.get(last).end(), verb.start()).contains(")")
        ? body.lastIndexOf('(', tokens.get(last).end()) : -1;
    if (open > clauseStart) {
      int before = last;
      while (before >= 0 && tokens.get(before).end() > open) {
        before--;
      }
      if (before >= 0 && body.substring(tokens.get(before).end(), open).isBlank()) {
        Span speaker = chunkEndingAt(body, tokens, before);
        return speaker == null ? null : new Cue(speaker, verb.text(), span(verb));
      }
    }
    if (last >= 0 && body.substring(tokens.get(last).end(), verb.start()).contains(",")) {
      Span speaker = verb.text().endsWith("ing") ? precedingAttribution(body, tokens, clauseStart, last) : null;
      if (speaker == null) {
        speaker = verb.text().endsWith("ing") ? subject(body, tokens, clauseStart, last)
            : appositive(body, tokens, clauseStart, last);
      }
      if (speaker == null && verb.text().endsWith("ing")) {
        speaker = openingSubject(body, tokens, clauseStart, last);
      }
      return speaker == null ? null : new Cue(speaker, verb.text(), span(verb));
    }
    return null;
  }

  /** The last word at or before {@code last} that is not one of the words between a speaker and its verb. */
  private static int skipBetween(String body, List<Token> tokens, int last) {
    while (last >= 0 && ReportingCues.mayPrecedeVerb(tokens.get(last).text())
        && plainGap(body, tokens.get(last), tokens.get(last + 1))) {
      last--;
    }
    return last;
  }

  /**
   * The word before an {@code on Monday (night)} ending at {@code last} ({@code Moscow on Monday
   * rejected}: the day is no speaker), else {@code last}.
   */
  private static int beforeDayAdjunct(String body, List<Token> tokens, int last) {
    int day = last >= 1 && PARTS_OF_DAY.contains(tokens.get(last).text().toLowerCase(Locale.ROOT)) ? last - 1 : last;
    if (day < 2 || !isWeekday(tokens.get(day)) || !tokens.get(day - 1).text().equalsIgnoreCase("on")) {
      return last;
    }
    for (int i = day - 1; i <= last; i++) {
      if (!plainGap(body, tokens.get(i - 1), tokens.get(i))) {
        return last;
      }
    }
    return day - 2;
  }

  /**
   * The speaker of an attribution that ends right before the comma of a participle ({@code "...,"
   * [Peskov] said, adding that}, {@code ..., said [Siewiera], noting}); null when the words before
   * the comma are no attribution.
   */
  private static Span precedingAttribution(String body, List<Token> tokens, int clauseStart, int last) {
    if (ReportingCues.isVerb(tokens.get(last).text()) && !tokens.get(last).text().endsWith("ing")) {
      Cue cue = leading(body, tokens, last, clauseStart);
      return cue == null ? null : cue.speaker();
    }
    for (int v = last - 1; v >= Math.max(0, last - MAX_SPEAKER_WORDS); v--) {
      if (ReportingCues.isVerb(tokens.get(v).text()) && !tokens.get(v).text().endsWith("ing")) {
        Span speaker = rightChunk(body, tokens, v + 1);
        return speaker != null && speaker.end() == tokens.get(last).end() ? speaker : null;
      }
    }
    return null;
  }

  private static boolean isWeekday(Token token) {
    return token.isCapitalized() && CalendarText.weekday(token.text()) != null;
  }

  /**
   * The words opening the clause right before the comma of a participle ({@code [Trump],
   * referring to his daughter, said}), when they look like a speaker; else null.
   */
  private static Span openingSubject(String body, List<Token> tokens, int clauseStart, int last) {
    Span chunk = chunkEndingAt(body, tokens, last);
    if (chunk == null) {
      return null;
    }
    int first = last;
    while (first > 0 && tokens.get(first - 1).end() > chunk.start()) {
      first--;
    }
    return startsClause(body, tokens, first, clauseStart) && tokens.get(first).isCapitalized() ? chunk : null;
  }

  /**
   * The speaker words ending at {@code last}: up to {@value #MAX_SPEAKER_WORDS} words with no
   * punctuation between them, trimmed at the left to where a speaker starts; null when none.
   */
  private static Span chunkEndingAt(String body, List<Token> tokens, int last) {
    int first = last;
    while (first > 0 && last - first + 1 < MAX_SPEAKER_WORDS && plainGap(body, tokens.get(first - 1), tokens.get(first))
        && !STOPS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))) {
      first--;
    }
    first = trimToSpeaker(tokens, first, last);
    return first < 0 ? null : new Span(tokens.get(first).start(), tokens.get(last).end());
  }

  /**
   * A name opening the clause and followed by an apposition that runs up to the verb: {@code
   * [Christopher Harvey], a delegate from Houston, Texas, said}; a short parenthesis may follow
   * the name ({@code [Bob Kline] (D-Va.), a member of ..., said}) and a conjunction precede it
   * ({@code But [Bob Kline], ...}).
   */
  private static Span appositive(String body, List<Token> tokens, int clauseStart, int before) {
    for (int first = 0; first < before; first++) {
      if (!startsClause(body, tokens, first, clauseStart) && !(first == 1 && OPENERS.contains(tokens.get(0).text()))) {
        continue;
      }
      int last = first;
      while (last < before && last - first + 1 < MAX_SPEAKER_WORDS && plainGap(body, tokens.get(last), tokens.get(last + 1))) {
        last++;
      }
      int close = closingParenthesis(body, tokens, last, before);
      if (close < before && tokens.get(first).isCapitalized()
          && before - close <= MAX_APPOSITION_WORDS && isSpeaker(tokens, first, last)
          && body.substring(tokens.get(close).end(), tokens.get(close + 1).start()).contains(",")
          && tokens.subList(close + 1, before + 1).stream().noneMatch(token -> ReportingCues.isVerb(token.text()))) {
        return new Span(tokens.get(first).start(), tokens.get(last).end());
      }
    }
    return null;
  }

  /**
   * The last word of a short parenthesis right after the name ending at {@code last} ({@code
   * Bob Kline (D-Va.), a member of ...}), or {@code last} when none follows.
   */
  private static int closingParenthesis(String body, List<Token> tokens, int last, int before) {
    if (last >= before || !body.substring(tokens.get(last).end(), tokens.get(last + 1).start()).strip().equals("(")) {
      return last;
    }
    for (int i = last + 1; i < Math.min(before, last + MAX_PARENTHESIS_WORDS + 1); i++) {
      if (body.substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains(")")) {
        return i;
      }
    }
    return last;
  }

  /** Whether the token at {@code at} opens a clause: the first at or after its start, or after a comma. */
  private static boolean startsClause(String body, List<Token> tokens, int at, int clauseStart) {
    return tokens.get(at).start() >= clauseStart
        && (at == 0 || tokens.get(at - 1).start() < clauseStart
            || body.substring(tokens.get(at - 1).end(), tokens.get(at).start()).contains(","));
  }

  /** The words after {@code from} that name a speaker: {@code said [union leader Tomas Brell]}. */
  static Span rightChunk(String body, List<Token> tokens, int from) {
    int last = from - 1;
    for (int i = from; i < tokens.size() && i - from < MAX_SPEAKER_WORDS; i++) {
      if (i > from && !plainGap(body, tokens.get(i - 1), tokens.get(i))
          || i == from && !body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank()) {
        break;
      }
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (STOPS.contains(word) && !word.equals("of")) {
        break;
      }
      last = i;
    }
    if (last < from || !isSpeaker(tokens, from, last)) {
      return null;
    }
    return new Span(tokens.get(from).start(), tokens.get(last).end());
  }

  /** Words {@code [first, last]} look like a speaker: a pronoun, a name, or a determiner phrase. */
  static boolean isSpeaker(List<Token> tokens, int first, int last) {
    if (first > last || last - first + 1 > MAX_SPEAKER_WORDS) {
      return false;
    }
    String head = tokens.get(first).text().toLowerCase(Locale.ROOT);
    if (first == last && PRONOUNS.contains(head)) {
      return true;
    }
    if (PRONOUNS.contains(head) || STOPS.contains(head)) {
      return false;
    }
    return tokens.get(first).isCapitalized() || DETERMINERS.contains(head)
        || tokens.subList(first, last + 1).stream().anyMatch(Token::isCapitalized)
        || last - first <= 1;
  }

  /** Drops words at the left of a speaker chunk until it starts like a speaker; -1 when none. */
  private static int trimToSpeaker(List<Token> tokens, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (isSpeaker(tokens, i, last)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The subject of the clause a participle hangs on: the first run of words, starting at the
   * clause start or after a comma, that looks like a speaker and is followed by a verb-like word
   * ({@code Regarding the crossings, [Peskov] expressed regret, stating}).
   */
  static Span subject(String body, List<Token> tokens, int clauseStart, int before) {
    for (int first = 0; first <= before; first++) {
      if (!startsClause(body, tokens, first, clauseStart)) {
        continue;
      }
      int last = first - 1;
      while (last + 1 <= before && last + 1 - first < MAX_SPEAKER_WORDS && !verbLike(tokens.get(last + 1))
          && !(last + 2 <= before && !tokens.get(last + 1).isCapitalized()
              && VERB_FOLLOWERS.contains(tokens.get(last + 2).text().toLowerCase(Locale.ROOT)))
          && (last < first || plainGap(body, tokens.get(last), tokens.get(last + 1)))) {
        last++;
      }
      Token next = last + 1 <= before ? tokens.get(last + 1) : null;
      String opening = tokens.get(first).text().toLowerCase(Locale.ROOT);
      boolean verbNext = next != null && !next.isCapitalized() && !STOPS.contains(next.text().toLowerCase(Locale.ROOT))
          && (verbLike(next) || last + 2 <= before
              && VERB_FOLLOWERS.contains(tokens.get(last + 2).text().toLowerCase(Locale.ROOT)));
      if (last >= first && verbNext && !opening.endsWith("ing") && !STOPS.contains(opening)
          && isSpeaker(tokens, first, last)) {
        return new Span(tokens.get(first).start(), tokens.get(last).end());
      }
    }
    return null;
  }

  /** A word that ends a subject: a past form, a reporting verb, a stop word or an adverb before a verb ("also"). */
  private static boolean verbLike(Token token) {
    String lower = token.text().toLowerCase(Locale.ROOT);
    return !token.isCapitalized() && (lower.endsWith("ed") || ReportingCues.isVerb(lower) || STOPS.contains(lower)
        || ReportingCues.mayPrecedeVerb(lower));
  }

  /** Only spaces or a possessive between two words: no clause punctuation. */
  static boolean plainGap(String body, Token left, Token right) {
    String gap = body.substring(left.end(), right.start());
    return gap.isBlank() || gap.equals("'s ") || gap.equals("’s ") || gap.equals("-") || gap.equals(". ")
        && left.text().length() <= 3 && Character.isUpperCase(left.text().charAt(0));
  }

  private static Span span(Token token) {
    return new Span(token.start(), token.end());
  }
}
