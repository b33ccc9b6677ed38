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
 * Attributions made by a verb or noun frame rather than a reporting verb, from the lexicon
 * {@code attribution-frames.txt}: a stance, intention or finding whose content is the verb's
 * object ({@code Christie endorsed [Trump] on Tuesday}, a noun phrase ending where {@link
 * ObjectPhrase} says), its complement ({@code Kasich called for [a ban on ...]}, to the first
 * comma or the clause end) or its complement clause ({@code polls show [Clinton, the favourite,
 * ahead]}, also before a trailing source: {@code [...], records show}), with the subject as
 * source ({@link FrameSubjects}); raising verbs with no source ({@link RaisingFrames}); nouns
 * with a preposition or "that" ({@link NounFrames}); and participles of reporting verbs after a
 * noun or preposition, which {@link IndirectQuotes} leaves alone ({@code an ad suggesting [that
 * ...]}). A verb after a determiner, a possessive or {@code to} is taken for a noun or an
 * infinitive; one inside a direct quote is skipped; a capitalised one counts only in a title-case
 * headline. Thread-safe.
 */
final class FrameAttributions {

  /** How the content and source of a frame are found. */
  enum Frame {
    OBJECT,
    NP,
    CLAUSE,
    RAISING,
    NOUN
  }

  /** One lexicon entry: the frame and the particle (words joined by "+") that must follow the verb, or null. */
  record Entry(Frame frame, String particle, boolean asComplement, boolean counted) {}

  private static final Map<String, List<Entry>> FORMS = load();
  private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
      "my", "your", "this", "that", "these", "those", "to", "of", "no", "any", "some", "whose", "for", "with",
      "broad", "strong", "public", "popular", "full", "more", "most", "less", "little", "much", "such");
  /** Words that cannot open a noun-phrase object: after them the verb form is a noun ({@code support from}). */
  private static final Set<String> NOT_OBJECTS = Set.of("from", "for", "of", "among", "in", "on", "to", "and", "or",
      "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "base", "at", "with", "by", "as",
      "than", "within", "behind", "across", "into", "over", "after", "before", "during", "since", "because");
  /** A share of a group as the subject, as polls report stances ({@code two-thirds of voters support ...}). */
  private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:percent|majority|plurality|half|thirds?|"
      + "quarters?|most|fewer|\\d+)\\b|%");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "not");

  /** A comma ending a phrase, with the closing quotation mark it may stand inside, then a space. */
  private static final Pattern COMMA = Pattern.compile(",[”\"']?\\s");

  private final SpeakerResolver resolver;

  FrameAttributions(SpeakerResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Whether the verb form takes a noun-phrase object with no particle ({@code called [him a liar]}):
   * reported content after it ends where {@link ObjectPhrase} says, not at the end of the clause.
   */
  static boolean takesNounPhrase(String word) {
    return FORMS.getOrDefault(word.toLowerCase(Locale.ROOT), List.of()).stream()
        .anyMatch(entry -> entry.frame() == Frame.NP && entry.particle() == null);
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
    for (int v = 0; v < tokens.size(); v++) {
      Token verb = tokens.get(v);
      if (QuoteSpans.inside(quoted, verb.start())) {
        continue;
      }
      List<Entry> entries = FORMS.getOrDefault(verb.text().toLowerCase(Locale.ROOT), List.of());
      int before = frames.size();
      if (v > 0 && (!verb.isCapitalized() || titleCase(tokens, v)) && !nounMarked(body, tokens, v)) {
        for (Entry entry : entries) {
          if (entry.frame() != Frame.NOUN && add(frame(body, sentence, tokens, v, entry, mentions), found, frames)) {
            break;
          }
        }
        if (frames.size() == before) {
          add(participle(body, sentence, tokens, v, mentions), found, frames);
        }
      }
      for (Entry entry : entries) {
        if (frames.size() == before && entry.frame() == Frame.NOUN
            && add(noun(body, sentence, tokens, v, entry, mentions), found, frames)) {
          break;
        }
      }
    }
    return frames;
  }

  /**
   * Whether the capitalised word at {@code v} is a verb of a headline in title case ({@code
   * Carly Fiorina Endorses Ted Cruz}): capitalised words on both sides, in a sentence of mostly
   * capitalised words.
   */
  private static boolean titleCase(List<Token> tokens, int v) {
    if (v + 1 >= tokens.size() || !tokens.get(v - 1).isCapitalized() || !tokens.get(v + 1).isCapitalized()) {
      return false;
    }
    long capitalised = tokens.stream().filter(Token::isCapitalized).count();
    return capitalised * 4 >= tokens.size() * 3L;
  }

  /** Whether the word at {@code v} stands after a determiner, a possessive or "to": a noun or an infinitive. */
  private static boolean nounMarked(String body, List<Token> tokens, int v) {
    String gap = body.substring(tokens.get(v - 1).end(), tokens.get(v).start());
    return NOUN_MARKERS.contains(tokens.get(v - 1).text().toLowerCase(Locale.ROOT)) || gap.contains("'")
        || gap.contains("’");
  }

  /** A nominal frame ({@code his criticism of ...}), see {@link NounFrames}; null when the particle does not follow. */
  private Quote noun(String body, Span sentence, List<Token> tokens, int n, Entry entry, List<Mention> mentions) {
    int next = afterParticle(body, tokens, n, entry.particle());
    if (next < 0 || next >= tokens.size()) {
      return null;
    }
    String cue = body.substring(tokens.get(n).start(), tokens.get(next - 1).end());
    NounFrames.Found nominal = NounFrames.find(body, sentence, tokens, n, next);
    if (nominal == null) {
      return null;
    }
    Span source = nominal.source() != null || n == 0 ? nominal.source() : Cue.subject(body, tokens, sentence.start(), n - 1);
    return quote(body, nominal.content(), source, cue, mentions);
  }

  /**
   * The index of the word after the particle ({@code "for"}, {@code "it+clear"}) that must follow
   * the word at {@code v}, each word after a plain space; {@code v + 1} when the particle is null,
   * -1 when it does not follow.
   */
  private static int afterParticle(String body, List<Token> tokens, int v, String particle) {
    int next = v + 1;
    for (String word : particle == null ? new String[0] : particle.split("\\+")) {
      if (next >= tokens.size() || !tokens.get(next).text().equalsIgnoreCase(word) || !blankGap(body, tokens, next)) {
        return -1;
      }
      next++;
    }
    return next;
  }

  /** Adds the quote to {@code frames} unless it is null or overlaps one found before. */
  private static boolean add(Quote quote, List<Quote> found, List<Quote> frames) {
    if (quote == null || repeats(quote, found) || repeats(quote, frames)) {
      return false;
    }
    frames.add(quote);
    return true;
  }

  private Quote frame(String body, Span sentence, List<Token> tokens, int v, Entry entry, List<Mention> mentions) {
    if (entry.frame() == Frame.RAISING) {
      return RaisingFrames.find(body, sentence, tokens, v);
    }
    if (v + 1 < tokens.size() && blankGap(body, tokens, v + 1) || openingQuote(body, tokens, v + 1)) {
      return object(body, sentence, tokens, v, entry, mentions);
    }
    return entry.frame() == Frame.CLAUSE ? trailing(body, sentence, tokens, v, mentions) : null;
  }

  private Quote object(String body, Span sentence, List<Token> tokens, int v, Entry entry, List<Mention> mentions) {
    int next = afterParticle(body, tokens, v, entry.particle());
    if (next < 0 || next >= tokens.size()) {
      return null;
    }
    String cue = body.substring(tokens.get(v).start(), tokens.get(next - 1).end());
    if (!blankGap(body, tokens, next) && !(entry.frame() == Frame.NP && openingQuote(body, tokens, next))
        || tokens.get(v).text().endsWith("ing") && entry.frame() != Frame.NP && !progressive(body, tokens, v)) {
      return null;
    }
    Span speaker = FrameSubjects.of(body, sentence, tokens, v);
    if (tokens.get(next).text().equals("that") && next + 1 < tokens.size()) {
      next++;
    }
    if (entry.frame() == Frame.NP && (NOT_OBJECTS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
        || naming(body, tokens, v, next, speaker))
        || entry.counted() && (speaker == null || !COUNTED.matcher(speaker.of(body)).find())) {
      return null;
    }
    int start = tokens.get(next).start();
    int end = switch (entry.frame()) {
      case NP -> ObjectPhrase.end(body, tokens, next, sentence.end(),
          tokens.get(v).text().endsWith("ing") && !progressive(body, tokens, v), entry.asComplement());
      case CLAUSE -> IndirectQuotes.clauseEnd(body, start, sentence.end());
      default -> objectEnd(body, tokens, v, next, sentence.end());
    };
    Span content = QuoteSpans.trimmed(body, start, OpeningClause.end(body, tokens, sentence.start(), start, end));
    if (content.length() == 0) {
      return null;
    }
    return quote(body, content, speaker, cue, mentions);
  }

  /**
   * Where the object of the frame verb at {@code v} starting at token {@code next} ends: where
   * {@link #objectEnd(String, int, int)} says, or before a second predicate ({@link
   * SecondPredicate}); a noun phrase also before a circumstance ({@link ObjectPhrase#circumstance}),
   * while a clause after "that" or an infinitive keeps its circumstances ({@code vowed [to fight
   * the closure when the council met]}).
   */
  private static int objectEnd(String body, List<Token> tokens, int v, int next, int sentenceEnd) {
    int start = tokens.get(next).start();
    boolean clause = tokens.get(next - 1).text().equals("that");
    int end = SecondPredicate.start(body, tokens, v, start, objectEnd(body, start, sentenceEnd), clause);
    boolean verbPhrase = clause || tokens.get(next - 1).text().equals("to") || tokens.get(next).text().equals("to");
    return verbPhrase ? end : ObjectPhrase.circumstance(body, tokens, next, end);
  }

  /**
   * A finding stated before its source, which ends the sentence or stands between commas:
   * {@code [Bush had to lend his campaign money], fundraising documents show.}
   */
  private Quote trailing(String body, Span sentence, List<Token> tokens, int v, List<Mention> mentions) {
    Cue attribution = Cue.leading(body, tokens, v, sentence.start());
    if (attribution == null) {
      return null;
    }
    int comma = body.lastIndexOf(',', attribution.speaker().start());
    if (comma <= sentence.start() || !body.substring(comma + 1, attribution.speaker().start()).isBlank()) {
      return null;
    }
    int after = tokens.size() - v - 1;
    Span content = after == 0 ? QuoteSpans.trimmed(body, sentence.start(), comma)
        : QuoteSpans.trimmed(body, sentence.start(), IndirectQuotes.clauseEnd(body, tokens.get(v).end(), sentence.end()));
    if (Tokenizer.tokens(body, content.start(), content.end()).size() < IndirectQuotes.MIN_WORDS) {
      return null;
    }
    return quote(body, content, attribution.speaker(), tokens.get(v).text(), mentions);
  }

  /**
   * A reporting verb's participle right after a noun or a preposition, which {@link
   * IndirectQuotes} leaves alone ({@code an ad suggesting [that ...]}, {@code after telling
   * reporters [he would stay]}): the content as after the finite verb, the noun or the clause
   * subject as the source.
   */
  private Quote participle(String body, Span sentence, List<Token> tokens, int v, List<Mention> mentions) {
    Token verb = tokens.get(v);
    String lower = verb.text().toLowerCase(Locale.ROOT);
    if (!lower.endsWith("ing") || !ReportingCues.isVerb(lower) || v + IndirectQuotes.MIN_WORDS >= tokens.size()
        || !blankGap(body, tokens, v)) {
      return null;
    }
    int start = IndirectQuotes.contentStart(body, tokens, v);
    if (start < 0) {
      return null;
    }
    int end = IndirectQuotes.clauseEnd(body, start, sentence.end());
    Span content = QuoteSpans.trimmed(body, start, SecondPredicate.start(body, tokens, v, start, end, true));
    if (Tokenizer.tokens(body, content.start(), content.end()).size() < IndirectQuotes.MIN_WORDS) {
      return null;
    }
    return quote(body, content, FrameSubjects.of(body, sentence, tokens, v), lower, mentions);
  }

  private Quote quote(String body, Span content, Span speaker, String cue, List<Mention> mentions) {
    String name = speaker == null ? null : FrameSubjects.isRelative(speaker.of(body))
        ? FrameSubjects.antecedent(body, speaker, mentions) : resolver.resolve(body, speaker, mentions);
    return new Quote(content, name, speaker, cue.toLowerCase(Locale.ROOT), Quote.Kind.INDIRECT);
  }

  /**
   * Whether "called" gives a name rather than an opinion: a participle after a noun with an
   * indefinite article ({@code a group called [Citizens for Trump]}), or "so called".
   */
  private static boolean naming(String body, List<Token> tokens, int v, int next, Span speaker) {
    if (!tokens.get(v).text().equals("called")) {
      return false;
    }
    String previous = tokens.get(v - 1).text().toLowerCase(Locale.ROOT);
    String first = speaker == null ? "" : body.substring(speaker.start(), speaker.end()).split("\\s+")[0]
        .toLowerCase(Locale.ROOT);
    return previous.equals("so") || (first.equals("a") || first.equals("an") || first.equals("another"))
        && (tokens.get(next).isCapitalized() || openingQuote(body, tokens, next));
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

  /**
   * Whether an {@code -ing} form at {@code v} is a verb of the clause: after a form of "be"
   * ({@code is calling for}) or after a comma ({@code , calling for}); else it is taken for a
   * modifier ({@code a video showing ...}).
   */
  private static boolean progressive(String body, List<Token> tokens, int v) {
    return BE.contains(tokens.get(v - 1).text().toLowerCase(Locale.ROOT))
        || body.substring(tokens.get(v - 1).end(), tokens.get(v).start()).contains(",");
  }

  /** Whether only spaces and an opening quotation mark stand before the word at {@code at}. */
  private static boolean openingQuote(String body, List<Token> tokens, int at) {
    return at < tokens.size() && body.substring(tokens.get(at - 1).end(), tokens.get(at).start()).strip()
        .matches("[\"“‘']|``|''");
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

  private static Map<String, List<Entry>> load() {
    Map<String, List<Entry>> forms = new HashMap<>();
    for (String line : WordLists.load(FrameAttributions.class, "attribution-frames.txt")) {
      String[] fields = line.split("\\s+");
      List<String> rest = List.of(fields).subList(2, fields.length);
      Entry entry = new Entry(Frame.valueOf(fields[0].toUpperCase(Locale.ROOT)),
          rest.stream().filter(field -> !field.startsWith("~")).findFirst().orElse(null), rest.contains("~as"),
          rest.contains("~counted"));
      Set<String> inflected = fields[1].startsWith("=") ? Set.of(fields[1].substring(1).split(":"))
          : ReportingCues.inflect(fields[1]);
      for (String form : inflected) {
        forms.computeIfAbsent(form, key -> new ArrayList<>()).add(entry);
      }
    }
    forms.replaceAll((form, entries) -> List.copyOf(entries));
    return Map.copyOf(forms);
  }
}
