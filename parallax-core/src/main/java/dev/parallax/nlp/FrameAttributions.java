package dev.parallax.nlp;

import dev.parallax.internal.WordLists;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributions made by a verb frame rather than a reporting verb, from the lexicon {@code
 * attribution-frames.txt}: a stance, intention or finding whose content is the verb's object or
 * complement up to the end of the clause, with the subject as source ({@code Christie endorsed
 * [Trump]}, {@code Kasich called for [a ban on ...]}, {@code the poll shows [Clinton ahead]}),
 * and raising verbs with no source, whose content is the subject and the complement ({@code
 * [the bill is expected to pass]}, {@code [Trump appears to lead]}). A verb after a determiner,
 * a possessive or {@code to} is taken for a noun or an infinitive and skipped, as is one inside
 * a direct quote. Thread-safe.
 */
final class FrameAttributions {

  /** How the content and source of a frame are found. */
  enum Frame {
    OBJECT,
    RAISING
  }

  /** One lexicon entry: the frame and the particle that must follow the verb, or null. */
  record Entry(Frame frame, String particle) {}

  private static final Map<String, List<Entry>> FORMS = load();
  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
      "my", "your", "this", "that", "these", "those", "to", "of", "no", "any", "some", "whose", "for", "with",
      "broad", "strong", "public", "popular", "full", "more", "most", "less", "little", "much", "such");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "not");

  /** A comma ending a phrase, with the closing quotation mark it may stand inside, then a space. */
  private static final Pattern COMMA = Pattern.compile(",[”\"']?\\s");

  private final SpeakerResolver resolver;

  FrameAttributions(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  /** Whether the word is a form of a frame verb (for tests and the lexicon check). */
  static boolean isFrameVerb(String word) {
    return FORMS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The frame attributions of the sentence whose words are {@code tokens}; none whose content
   * overlaps a quote in {@code found} (an article's quotes never overlap, so a frame nested in
   * reported content is left out).
   */
  List<Quote> find(String body, Span sentence, List<Token> tokens, List<Span> quoted, List<Quote> found,
      List<Mention> mentions) {
    List<Quote> frames = new ArrayList<>();
    for (int v = 1; v + 1 < tokens.size(); v++) {
      Token verb = tokens.get(v);
      List<Entry> entries = FORMS.get(verb.text().toLowerCase(Locale.ROOT));
      if (entries == null || verb.isCapitalized() || inside(quoted, verb.start())) {
        continue;
      }
      Token previous = tokens.get(v - 1);
      String gap = body.substring(previous.end(), verb.start());
      if (NOUN_MARKERS.contains(previous.text().toLowerCase(Locale.ROOT)) || gap.contains("'") || gap.contains("’")) {
        continue;
      }
      for (Entry entry : entries) {
        Quote quote = entry.frame() == Frame.OBJECT ? object(body, sentence, tokens, v, entry, mentions)
            : raising(body, sentence, tokens, v);
        if (quote != null && !repeats(quote, found) && !repeats(quote, frames)) {
          frames.add(quote);
          break;
        }
      }
    }
    return frames;
  }

  private Quote object(String body, Span sentence, List<Token> tokens, int v, Entry entry, List<Mention> mentions) {
    int next = v + 1;
    String cue = tokens.get(v).text();
    if (entry.particle() != null) {
      if (!tokens.get(next).text().equalsIgnoreCase(entry.particle()) || !blankGap(body, tokens, next)
          || next + 1 >= tokens.size()) {
        return null;
      }
      cue += " " + tokens.get(next).text();
      next++;
    }
    if (!blankGap(body, tokens, next) || tokens.get(v).text().endsWith("ing") && !progressive(body, tokens, v)) {
      return null;
    }
    Cue attribution = Cue.leading(body, tokens, v, sentence.start());
    if (attribution == null) {
      return null;
    }
    int start = tokens.get(next).text().equals("that") && next + 1 < tokens.size() ? tokens.get(next + 1).start()
        : tokens.get(next).start();
    Span content = trimmed(body, start, objectEnd(body, start, sentence.end()));
    if (content.length() == 0) {
      return null;
    }
    return new Quote(content, resolver.resolve(body, attribution.speaker(), mentions), attribution.speaker(),
        cue.toLowerCase(Locale.ROOT), Quote.Kind.INDIRECT);
  }

  /**
   * Where an object ends: at the first comma (after the closing mark of a quotation that ends
   * with it: {@code as a “special operation,” further ...}), or where another clause takes over.
   */
  static int objectEnd(String body, int from, int end) {
    int clause = IndirectQuotes.clauseEnd(body, from, end);
    Matcher comma = COMMA.matcher(body).region(from, clause);
    return comma.find() ? comma.end() - 1 : clause;
  }

  /** {@code SUBJECT seems/appears to ...}, {@code SUBJECT is expected to ...}: no source. */
  private static Quote raising(String body, Span sentence, List<Token> tokens, int v) {
    Token verb = tokens.get(v);
    String lower = verb.text().toLowerCase(Locale.ROOT);
    if (!tokens.get(v + 1).text().equals("to") || !blankGap(body, tokens, v + 1) || lower.endsWith("ing")) {
      return null;
    }
    String cue = lower;
    if (lower.startsWith("expect")) {
      String before = tokens.get(v - 1).text().toLowerCase(Locale.ROOT);
      if (!lower.equals("expected") || !BE.contains(before)) {
        return null;
      }
      cue = before + " " + lower;
    }
    int start = sentence.start();
    int comma = body.lastIndexOf(',', verb.start());
    if (comma >= sentence.start()) {
      start = comma + 1;
    }
    Span content = trimmed(body, start, IndirectQuotes.clauseEnd(body, verb.end(), sentence.end()));
    if (Tokenizer.tokens(body, content.start(), content.end()).size() < IndirectQuotes.MIN_WORDS + 1) {
      return null;
    }
    return new Quote(content, null, null, cue, Quote.Kind.INDIRECT);
  }

  /**
   * Whether an {@code -ing} form at {@code v} is a verb of the clause: after a form of "be"
   * ({@code is calling for}) or after a comma ({@code , calling for}); else it is taken for a
   * modifier ({@code a video showing ...}).
   */
  private static boolean progressive(String body, List<Token> tokens, int v) {
    return BE.contains(tokens.get(v - 1).text().toLowerCase(Locale.ROOT))
        || body.substring(tokens.get(v - 1).end(), tokens.get(v).start()).contains(",");
  }

  private static boolean blankGap(String body, List<Token> tokens, int at) {
    return at < tokens.size() && body.substring(tokens.get(at - 1).end(), tokens.get(at).start()).isBlank();
  }

  /** Whether the quote's content overlaps one of the others: quotes of an article never overlap. */
  private static boolean repeats(Quote quote, List<Quote> others) {
    for (Quote other : others) {
      if (other.content().overlaps(quote.content())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(List<Span> quoted, int offset) {
    for (Span span : quoted) {
      if (span.start() <= offset && offset < span.end()) {
        return true;
      }
    }
    return false;
  }

  /** The span trimmed of spaces, a leading comma and trailing sentence punctuation. */
  private static Span trimmed(String body, int start, int end) {
    while (start < end && (Character.isWhitespace(body.charAt(start)) || body.charAt(start) == ',')) {
      start++;
    }
    while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ".,;:!?".indexOf(body.charAt(end - 1)) >= 0)) {
      end--;
    }
    return new Span(start, end);
  }

  private static Map<String, List<Entry>> load() {
    Map<String, List<Entry>> forms = new HashMap<>();
    for (String line : WordLists.load(FrameAttributions.class, "attribution-frames.txt")) {
      String[] fields = line.split("\\s+");
      Entry entry = new Entry(Frame.valueOf(fields[0].toUpperCase(Locale.ROOT)), fields.length > 2 ? fields[2] : null);
      for (String form : ReportingCues.inflect(fields[1])) {
        forms.computeIfAbsent(form, key -> new ArrayList<>()).add(entry);
      }
    }
    forms.replaceAll((form, entries) -> List.copyOf(entries));
    return Map.copyOf(forms);
  }
}
