package dev.parallax.nlp;

import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Impressions with no source, given by a raising verb: the subject and the complement are the
 * content ({@code [the Trump team] appeared [paralyzed]}, {@code [the bill] is expected [to
 * pass]}, {@code it seems [unfair to ...]}). The subject runs back from the verb to the start of
 * its clause (the sentence start, a comma, or a word that opens a clause); an expletive {@code
 * it} is left out. "Seem" and "appear" take an infinitive, an adjective or {@code like}, not a
 * preposition ({@code appeared on television}); "expected" must stand after a form of "be" and
 * take an infinitive. Thread-safe.
 */
final class RaisingFrames {

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "not");
  /** Words after "appear" or "seem" that make it a verb of place or presence, not of impression. */
  private static final Set<String> NOT_COMPLEMENTS = Set.of("on", "in", "at", "with", "before", "for", "alongside",
      "onstage", "together", "as", "from", "inside", "outside", "during", "after", "the", "a", "an", "his",
      "her", "their", "its", "and", "or", "but", "here", "there", "live", "briefly", "this", "last", "next",
      "later", "earlier", "twice", "once", "regularly", "frequently", "often", "only", "again", "is", "was", "are",
      "today", "by", "under", "behind", "near", "via", "through", "opposite", "across", "over", "around",
      "if", "when", "while");
  /** Words that open a clause: the subject of a raising verb starts after the last of them. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "while", "but", "and", "because", "as", "if",
      "when", "though", "although", "since", "so", "where", "whereas", "yet", "or", "once", "until", "unless",
      "whether", "after", "before", "even");

  private static final Pattern COMPLEMENT_END = Pattern.compile(
      "[,:]\\s|\\s[-—–]+\\s|\\s(?:as|when|even|before|after|despite|until|the more)\\s");

  private RaisingFrames() {}

  /** The impression given by the raising verb at {@code v} of the sentence's words, or null. */
  static Quote find(String body, Span sentence, List<Token> tokens, int v) {
    Token verb = tokens.get(v);
    String lower = verb.text().toLowerCase(Locale.ROOT);
    if (v + 1 >= tokens.size() || lower.endsWith("ing")) {
      return null;
    }
    int start = subjectStart(body, sentence, tokens, v);
    int complement = v + 1;
    String gap = body.substring(verb.end(), tokens.get(complement).start());
    if (start < 0 && gap.strip().equals(",")) {
      complement = afterInsertion(body, tokens, complement);
    } else if (!gap.isBlank()) {
      return null;
    }
    if (complement >= tokens.size()) {
      return null;
    }
    String next = tokens.get(complement).text();
    String cue = lower;
    if (lower.startsWith("expect")) {
      String before = tokens.get(v - 1).text().toLowerCase(Locale.ROOT);
      if (!lower.equals("expected") || !BE.contains(before) || !next.equals("to")) {
        return null;
      }
      cue = before + " " + lower;
    } else if (lower.endsWith("ly")) {
      if (tokens.get(complement).isCapitalized() || start < 0) {
        return null;
      }
    } else if (start >= 0 && (tokens.get(complement).isCapitalized()
        || NOT_COMPLEMENTS.contains(next.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    if (start < 0) {
      start = tokens.get(next.equals("that") && complement + 1 < tokens.size() ? complement + 1 : complement).start();
    }
    Span content = QuoteSpans.trimmed(body, start, complementEnd(body, Math.max(start, verb.end()), sentence.end()));
    if (Tokenizer.tokens(body, content.start(), content.end()).size() < IndirectQuotes.MIN_WORDS + 1) {
      return null;
    }
    return new Quote(content, null, null, cue, Quote.Kind.INDIRECT);
  }

  /** The word after the comma that closes an insertion starting at {@code first} ({@code it appears, though, that}). */
  private static int afterInsertion(String body, List<Token> tokens, int first) {
    int i = first + 1;
    while (i < tokens.size() && !body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",")) {
      i++;
    }
    return i;
  }

  /**
   * Where the complement after {@code from} ends: where {@link IndirectQuotes#clauseEnd} puts the
   * end of the clause, or earlier at a comma, colon or dash, or before an adverbial clause.
   */
  private static int complementEnd(String body, int from, int end) {
    Matcher matcher = COMPLEMENT_END.matcher(body).region(from, end);
    return Math.min(IndirectQuotes.clauseEnd(body, from, end), matcher.find() ? matcher.start() : end);
  }

  /**
   * Where the subject of the verb at {@code v} starts: after the last comma or clause-opening
   * word before it, or at the sentence start; -1 for an expletive "it" ({@code it seems that}).
   */
  private static int subjectStart(String body, Span sentence, List<Token> tokens, int v) {
    int first = v - 1;
    if (first > 0 && BE.contains(tokens.get(first).text().toLowerCase(Locale.ROOT))) {
      first--;
    }
    if (tokens.get(first).text().equalsIgnoreCase("it") && (first == 0 || boundary(body, tokens, first))) {
      return -1;
    }
    while (first > 0 && !boundary(body, tokens, first)) {
      first--;
    }
    return first == 0 ? sentence.start() : tokens.get(first).start();
  }

  /** Whether a clause starts at the word {@code at}: after a comma or other mark, or after a clause opener. */
  private static boolean boundary(String body, List<Token> tokens, int at) {
    return !Cue.plainGap(body, tokens.get(at - 1), tokens.get(at))
        || CLAUSE_OPENERS.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT));
  }

}
