package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotes with their cue and speaker. Direct quotes are words inside quotation marks
 * (curly, straight or tokenised {@code `` ''}; at least {@value #MIN_WORDS} words unless they
 * have their own attribution, {@value #MIN_UNATTRIBUTED_WORDS} when no attribution is found;
 * never a title), running over
 * several paragraphs when a paragraph leaves its quote open and the next one reopens it; their
 * attribution is looked for right after the closing mark ({@code ," he said}, {@code ," said
 * Siewiera}) or before the opening one ({@code Peskov said: "}). A direct quote with no
 * attribution that follows one in the same paragraph (the second half of a quote split by its
 * attribution) takes its speaker; any other unattributed quote is given to the last person
 * named in its paragraph or the one before, with no cue. Indirect quotes come from {@link
 * IndirectQuotes}. Speakers are resolved by {@link SpeakerResolver}. A direct quote inside reported speech ({@code he said the
 * plan was "a disaster for all of us"}) is part of that indirect quote, not a quote of its own.
 * Thread-safe.
 */
final class QuoteFinder {

  static final int MIN_WORDS = 4;
  /** Words in quotation marks with no attribution are a quote from this many words (else a title, a phrase). */
  static final int MIN_UNATTRIBUTED_WORDS = 6;
  /** Words opening a sentence's introductory phrase ({@code In a speech on Monday, ...}). */
  private static final Set<String> INTRODUCTORY_WORDS = Set.of("in", "at", "on", "during", "after", "before", "with",
      "for", "from", "as", "when", "while", "since", "until", "despite", "amid");
  private static final int MAX_INTRODUCTORY_WORDS = 8;
  /** Words a title leaves in lower case. */
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of",
      "with", "for", "to", "in", "on", "at", "by", "from", "as", "vs");
  /** How far after a closing quotation mark an attribution is looked for. */
  private static final int AFTER_WINDOW = 120;

  private final SpeakerResolver resolver = new SpeakerResolver();
  private final IndirectQuotes indirect = new IndirectQuotes(resolver);

  List<Quote> find(String body, List<Span> paragraphs, List<Span> sentences, List<Mention> mentions) {
    List<Quote> quotes = new ArrayList<>();
    Quote previous = null;
    int previousParagraph = -1;
    List<Span> quoted = QuotationMarks.spans(body, paragraphs);
    for (Span content : quoted) {
      List<Token> words = Tokenizer.tokens(body, content.start(), content.end());
      if (words.isEmpty()) {
        continue;
      }
      int paragraph = paragraphOf(paragraphs, content.start());
      Span sentence = enclosing(sentences, content.start());
      Quote quote = attribute(body, paragraphs.get(paragraph), sentence, content, mentions);
      if (words.size() < MIN_WORDS && !attributedUtterance(quote, words)) {
        continue;
      }
      if (quote.speaker() == null && quote.speakerSpan() == null && previous != null
          && previousParagraph >= paragraph - 1 && previous.speakerSpan() != null) {
        quote = new Quote(content, previous.speaker(), previous.speakerSpan(), previous.cue(), Quote.Kind.DIRECT);
      }
      if (quote.speakerSpan() == null) {
        if (words.size() < MIN_UNATTRIBUTED_WORDS || isTitle(words)) {
          continue;
        }
        quote = nearestPerson(mentions, paragraphs, paragraph, content);
      }
      quotes.add(quote);
      previous = quote;
      previousParagraph = paragraphOf(paragraphs, content.end() - 1);
    }
    List<Quote> reported = new ArrayList<>();
    for (Span sentence : sentences) {
      reported.addAll(indirect.find(body, sentence, quotes, mentions));
    }
    reported.removeIf(other -> introductoryPhrase(body, other.content()));
    reported.replaceAll(other -> speakerOutsideQuotes(other, quotes));
    reported.removeIf(other -> quotes.stream().anyMatch(quote -> opens(body, other.content(), quote.content())
        || holdsSpeaker(other.content(), quote)));
    quotes.removeIf(quote -> reported.stream().anyMatch(other -> other.content().overlaps(quote.content())));
    quotes.addAll(reported);
    quotes.sort(Comparator.comparing(Quote::content));
    return quotes;
  }

  /**
   * Whether a quote of fewer than {@value #MIN_WORDS} words is one: when it has its own direct
   * attribution ({@code "Never," she said}), not in title case unless one word (a show, a book:
   * {@code she told "Morning Report"}), and not part of a mixed clause.
   */
  private static boolean attributedUtterance(Quote quote, List<Token> words) {
    return quote.kind() == Quote.Kind.DIRECT && quote.cue() != null && (words.size() == 1 || !isTitle(words));
  }

  /**
   * Whether the words are in title case, every word capitalised but short function words ({@code
   * "Lives of the Rich and Famous"}): the name of a book, a show, a film, not a quote.
   */
  static boolean isTitle(List<Token> words) {
    return words.stream().allMatch(word -> word.isCapitalized() || !Character.isLetter(word.text().charAt(0))
        || TITLE_FUNCTION_WORDS.contains(word.text()));
  }

  /**
   * A quote with no attribution, given to the last person named before it in its paragraph or
   * the one before (the speaker the passage is about); no cue. Unattributed when there is none.
   */
  private static Quote nearestPerson(List<Mention> mentions, List<Span> paragraphs, int paragraph, Span content) {
    int from = paragraphs.get(Math.max(0, paragraph - 1)).start();
    Mention last = null;
    for (Mention mention : mentions) {
      if (mention.span().start() >= content.start()) {
        break;
      }
      if (mention.span().start() >= from && mention.type() == EntityType.PERSON) {
        last = mention;
      }
    }
    return last == null ? new Quote(content, null, null, null, Quote.Kind.DIRECT)
        : new Quote(content, last.entity(), last.span(), null, Quote.Kind.DIRECT);
  }

  private Quote attribute(String body, Span paragraph, Span sentence, Span content, List<Mention> mentions) {
    Cue after = Cue.after(body, content.end(), Math.min(paragraph.end(), content.end() + AFTER_WINDOW));
    if (after == null && mixed(body, sentence, content) == null) {
      after = closingAttribution(body, sentence, content);
    }
    if (after != null) {
      Span mixed = mixed(body, sentence, content);
      if (mixed != null) {
        return new Quote(mixed, resolver.resolve(body, after.speaker(), mentions), after.speaker(),
            after.verb().toLowerCase(Locale.ROOT), Quote.Kind.INDIRECT);
      }
      return quote(body, content, after, mentions);
    }
    int from = Math.max(sentence == null ? paragraph.start() : Math.min(sentence.start(), content.start()),
        content.start() - 200);
    Cue before = Cue.before(body, from, content.start());
    if (before == null && from == paragraph.start() && precededByColonParagraph(body, paragraph)) {
      int previousEnd = lastNonSpace(body, paragraph.start());
      before = Cue.before(body, Math.max(0, previousEnd - 200), previousEnd + 1);
    }
    if (before != null) {
      return quote(body, content, before, mentions);
    }
    return new Quote(content, null, null, null, Quote.Kind.DIRECT);
  }

  /**
   * The attribution after the last comma of the sentence when words follow the quote before it
   * ({@code "We voted for it" and against the bridge, Tomas Brell said}); else null.
   */
  private static Cue closingAttribution(String body, Span sentence, Span content) {
    if (sentence == null || sentence.end() <= content.end()) {
      return null;
    }
    int comma = body.lastIndexOf(',', sentence.end() - 1);
    int from = content.end();
    while (from < comma && "\"”'’,".indexOf(body.charAt(from)) >= 0) {
      from++;
    }
    String between = body.substring(from, Math.max(from, comma));
    if (comma <= from || between.isBlank() || between.chars().anyMatch(c -> "\"“”".indexOf(c) >= 0)
        || between.contains("''")) {
      return null;
    }
    return Cue.after(body, comma, sentence.end());
  }

  /**
   * The clause of a mixed quote with a trailing attribution ({@code GOP nominees "were stiff,"
   * Gingrich said}): the sentence from its start to the closing mark, when the words
   * before the opening mark run straight into it (no comma or colon, no other quotation mark);
   * else null. PolNeAR takes the whole clause as the content of such a sentence.
   */
  static Span mixed(String body, Span sentence, Span content) {
    if (sentence == null || sentence.start() >= content.start()) {
      return null;
    }
    String before = body.substring(sentence.start(), content.start());
    String lead = before.stripTrailing();
    while (!lead.isEmpty() && "\"“'`‘".indexOf(lead.charAt(lead.length() - 1)) >= 0) {
      lead = lead.substring(0, lead.length() - 1);
    }
    lead = lead.stripTrailing();
    if (lead.isEmpty() || lead.endsWith(",") || lead.endsWith(":") || lead.endsWith("—") || lead.endsWith("-")
        || lead.chars().anyMatch(c -> "\"“”".indexOf(c) >= 0) || lead.contains("''") || lead.contains("``")
        || Tokenizer.tokens(body, sentence.start(), sentence.start() + lead.length()).isEmpty()) {
      return null;
    }
    int end = content.end();
    while (end < body.length() && ",.!?".indexOf(body.charAt(end)) >= 0) {
      end++;
    }
    if (body.startsWith("''", end)) {
      return new Span(sentence.start(), end + 2);
    }
    return new Span(sentence.start(), end < body.length() && "\"”'’".indexOf(body.charAt(end)) >= 0 ? end + 1 : content.end());
  }

  private Quote quote(String body, Span content, Cue cue, List<Mention> mentions) {
    return new Quote(content, resolver.resolve(body, cue.speaker(), mentions), cue.speaker(),
        cue.verb().toLowerCase(Locale.ROOT), Quote.Kind.DIRECT);
  }

  /**
   * Whether the content is only the phrase opening its sentence up to a comma ({@code [In a
   * speech on Monday], she said: ...}): when, where or how something was said, not what.
   */
  static boolean introductoryPhrase(String body, Span content) {
    List<Token> words = Tokenizer.tokens(body, content.start(), content.end());
    return !words.isEmpty() && words.size() <= MAX_INTRODUCTORY_WORDS && words.get(0).isCapitalized()
        && INTRODUCTORY_WORDS.contains(words.get(0).text().toLowerCase(Locale.ROOT))
        && body.startsWith(",", content.end());
  }

  /**
   * The reported speech with the speaker of the direct quote holding its speaker words, when they
   * lie inside quotation marks ({@code "The vote comes first," he said, referring to the budget}):
   * the quote's speaker is the subject of the whole sentence.
   */
  private static Quote speakerOutsideQuotes(Quote reported, List<Quote> quotes) {
    Span speaker = reported.speakerSpan();
    for (Quote quote : quotes) {
      if (speaker != null && speaker.overlaps(quote.content()) && !reported.content().overlaps(quote.content())) {
        return new Quote(reported.content(), quote.speaker(), quote.speakerSpan(), reported.cue(), reported.kind());
      }
    }
    return reported;
  }

  /**
   * Whether reported content after the direct quote holds its speaker words: the attribution read
   * as content ({@code "...," said Ilse Varna, an engineer who ...}).
   */
  private static boolean holdsSpeaker(Span reported, Quote quote) {
    return quote.speakerSpan() != null && reported.overlaps(quote.speakerSpan())
        && reported.start() >= quote.content().end();
  }

  /** Whether the direct quote opens the reported content ({@code Peskov said: "This is ..."}). */
  private static boolean opens(String body, Span reported, Span quote) {
    return reported.overlaps(quote) && quote.start() >= reported.start()
        && body.substring(reported.start(), quote.start()).strip().length() <= 2;
  }

  private static boolean precededByColonParagraph(String body, Span paragraph) {
    int last = lastNonSpace(body, paragraph.start());
    return last >= 0 && body.charAt(last) == ':';
  }

  private static int lastNonSpace(String body, int before) {
    int i = before - 1;
    while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
      i--;
    }
    return i;
  }

  private static int paragraphOf(List<Span> paragraphs, int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (offset < paragraphs.get(i).end()) {
        return i;
      }
    }
    return paragraphs.size() - 1;
  }

  private static Span enclosing(List<Span> sentences, int offset) {
    for (Span sentence : sentences) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        return sentence;
      }
    }
    return null;
  }
}
