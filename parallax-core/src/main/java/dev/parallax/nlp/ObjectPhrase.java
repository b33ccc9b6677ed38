package dev.parallax.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the noun-phrase object of a stance verb ends, with the complement a naming verb takes
 * ({@code endorsed [Mrs. Clinton] on Tuesday}, {@code called [him a "liar"] and left}): before a
 * time or setting adjunct, a subordinate clause, a second verb joined by "and"/"but", a
 * participle, a dash or parenthesis, a comma, or where {@link IndirectQuotes#clauseEnd} puts
 * the end of the clause. A rule of thumb over words, no parser.
 */
final class ObjectPhrase {

  /** Words that open an adverbial clause or adjunct after the object. */
  private static final Set<String> ADJUNCTS = Set.of("after", "before", "because", "since", "when", "while",
      "whereas", "although", "though", "as", "during", "amid", "despite", "until", "unless", "if", "even",
      "yesterday", "today", "tonight", "earlier", "later", "last", "this", "early", "late", "again", "instead",
      "repeatedly", "publicly", "privately", "twice", "once", "shortly", "moments", "days", "weeks", "hours",
      "via", "through", "throughout", "thanks", "so", "then", "now", "too", "anyway", "either");
  /** Subordinators and prepositions that open a circumstance of time or cause after a verb phrase. */
  private static final Set<String> CIRCUMSTANCES = Set.of("when", "while", "whereas");
  /** Prepositions that open an adjunct when they follow a name or pronoun, not a common noun ("a ban on"). */
  private static final Set<String> AFTER_NAME = Set.of("on", "at", "in", "with", "from", "by", "over", "outside",
      "inside", "alongside", "ahead", "without", "into");
  private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "it", "us", "me", "you", "himself",
      "herself", "themselves", "itself", "that", "this", "those", "these");
  /** Words that make a preposition after the object open a time adjunct ({@code on Tuesday}, {@code in early June}). */
  private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "last", "this",
      "next", "early", "late", "mid", "recent", "recently", "yesterday", "today");
  /** Finite verbs that do not end in "-ed": auxiliaries and common irregular past forms. */
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "can", "could", "should", "may", "might", "must", "does", "did", "spent", "gave", "began", "ran",
      "won", "lost", "made", "took", "got", "came", "went", "paid", "put", "held", "led", "left", "met", "sent",
      "brought", "bought", "kept", "became", "spends", "gives", "runs", "wins", "makes", "takes", "gets", "comes",
      "goes", "pays", "holds", "leads", "sends", "keeps", "becomes", "grew", "grows", "rose", "rises", "fell", "falls",
      "drew", "draws", "stood", "stands", "remains", "seems", "appears", "looks");
  /** Where a remark was made: {@code in a statement}, {@code on his radio show}. */
  private static final Set<String> SETTINGS = Set.of("statement", "interview", "tweet", "tweets", "speech", "letter",
      "email", "post", "video", "call", "appearance", "debate", "rally", "op-ed", "column", "show", "program",
      "podcast", "press", "news", "memo", "book", "radio", "television", "campaign", "town", "conference", "remarks");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our");
  private static final Pattern QUOTES = Pattern.compile("[\"”’'“‘`]+");

  private ObjectPhrase() {}

  /** The offset where the object starting at token {@code first} ends, at most {@code sentenceEnd}. */
  static int end(String body, List<Token> tokens, int first, int sentenceEnd) {
    return end(body, tokens, first, sentenceEnd, false, false);
  }

  /**
   * As {@link #end(String, List, int, int)}; with {@code beforeVerb}, also before a finite verb,
   * the main verb after a participle's object ({@code a PAC supporting [Cruz] spent $2 million});
   * with {@code asComplement}, an "as" phrase belongs to the object ({@code described [himself as
   * a pro-life Catholic]}).
   */
  static int end(String body, List<Token> tokens, int first, int sentenceEnd, boolean beforeVerb,
      boolean asComplement) {
    int limit = FrameAttributions.objectEnd(body, tokens.get(first).start(), sentenceEnd);
    for (int i = first + 1; i < tokens.size() && tokens.get(i).start() < limit; i++) {
      Token token = tokens.get(i);
      String gap = body.substring(tokens.get(i - 1).end(), token.start());
      if (gap.contains(" - ") || gap.contains("—") || gap.contains("–") || gap.contains("--") || gap.contains("(")
          || gap.contains(")") || gap.contains(";") || gap.contains(",")) {
        return tokens.get(i - 1).end() + trailingMarks(body, tokens.get(i - 1).end(), token.start());
      }
      if (token.isCapitalized() || !gap.isBlank() && !QUOTES.matcher(gap.strip()).matches()) {
        continue;
      }
      if (asComplement && token.text().equals("as")) {
        asComplement = false;
        continue;
      }
      if (stopsAt(tokens, i, !gap.isBlank()) || beforeVerb && finite(tokens.get(i))) {
        return token.start();
      }
    }
    return limit;
  }

  /**
   * Where a circumstance after a verb phrase or clause starting at token {@code first} begins,
   * before {@code end}: a time or setting phrase ({@code on Tuesday}, {@code in a statement}),
   * a preposition after a name or pronoun ({@code mocks [Trump] on Twitter}) or a subordinator
   * of time or cause ({@code during}, {@code because}); else {@code end}. Narrower than {@link
   * #end}: "as", "if", "even" and "-ing" forms may go on a verb phrase ({@code vowed [to be even
   * tougher]}).
   */
  static int circumstance(String body, List<Token> tokens, int first, int end) {
    for (int i = first + 1; i < tokens.size() && tokens.get(i).end() <= end; i++) {
      Token token = tokens.get(i);
      String gap = body.substring(tokens.get(i - 1).end(), token.start());
      if (token.isCapitalized() || !gap.isBlank() && !QUOTES.matcher(gap.strip()).matches()) {
        continue;
      }
      String word = token.text().toLowerCase(Locale.ROOT);
      if (CIRCUMSTANCES.contains(word) || AFTER_NAME.contains(word) && !word.equals("in") && !word.equals("into")
          && stopsAt(tokens, i, !gap.isBlank())) {
        return token.start();
      }
    }
    return end;
  }

  private static boolean stopsAt(List<Token> tokens, int i, boolean afterQuote) {
    String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
    Token previous = tokens.get(i - 1);
    if (ADJUNCTS.contains(word)) {
      return true;
    }
    if (AFTER_NAME.contains(word)) {
      boolean time = TIMES.contains(next) || next.matches("\\d{4}");
      boolean setting = i + 2 < tokens.size() && DETERMINERS.contains(next)
          && SETTINGS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT));
      boolean name = afterQuote || previous.isCapitalized() || PRONOUNS.contains(previous.text().toLowerCase(Locale.ROOT));
      return time || setting || name && !word.equals("in");
    }
    if (word.equals("and") || word.equals("but") || word.equals("or")) {
      Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      return after != null && !after.isCapitalized() && (finite(after) || ReportingCues.mayPrecedeVerb(next));
    }
    return word.endsWith("ing") && (ReportingCues.isVerbForm(word) || FrameAttributions.isFrameVerb(word));
  }

  private static boolean finite(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return word.endsWith("ed") || FINITE.contains(word) || ReportingCues.isVerb(word) && !word.endsWith("ing");
  }

  /** The number of closing quotation marks and periods right after a word, kept with the object. */
  private static int trailingMarks(String body, int from, int to) {
    int i = from;
    while (i < to && "\"”’'.!?".indexOf(body.charAt(i)) >= 0) {
      i++;
    }
    return i - from;
  }
}
