package dev.parallax.nlp;

import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes (words inside quotation marks, at least {@value #MIN_WORDS} words) and their
 * speakers. The speaker is looked for next to a reporting verb: after the quote ({@code ," he
 * said}, {@code ," said Siewiera}) or before it ({@code Peskov said: "}, {@code stating, "}),
 * within the same paragraph. A pronoun or a role ("the Kremlin spokesman") takes the most
 * recent person named before it. Thread-safe.
 */
final class QuoteFinder {

  static final int MIN_WORDS = 4;

  private static final String CUE =
      "((?i:said|says|told|added|adds|stated|stating|asked|warned|noted|stressed|explained|wrote|declared|insisted"
          + "|argued|continued|replied|responded|tweeted|posted|announced|claimed|acknowledged|urged|recalled"
          + "|concluded|emphasized|emphasised|commented|remarked|saying|adding|telling|writing))";
  /** Nominal speakers that stand for an institution, not a person ("the statement said"). */
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?i)\\b(statement|ministry|office|government|department|agency|embassy|kremlin|army|police|company|it|they)\\b");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Pattern AFTER_SPEAKER_FIRST = Pattern.compile(
      "^[\\s,.;:—–\"”-]*((?i:he|she|they|it|we|i)|(?i:the|a|an)\\s+[\\w\\s-]{2,40}?|(?:[\\p{L}'’.\\-]+\\s+){0,3}?[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’.\\-]*){0,3})"
          + "\\s+" + CUE + "\\b");
  private static final Pattern AFTER_CUE_FIRST = Pattern.compile(
      "^[\\s,.;:—–\"”-]*" + CUE + "\\s+((?:[\\p{Ll}'’\\-]+\\s+){0,3}?[\\p{Lu}][\\p{L}'’\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’\\-]*){0,3}"
          + "|(?:the|a|an)\\s+[\\p{Ll}\\-]+(?:\\s+[\\p{Ll}\\-]+){0,2})");
  private static final Pattern BEFORE = Pattern.compile(
      "(?:^|[^\\p{L}])(he|she|they|we|i|[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+[\\p{Lu}][\\p{L}'’.\\-]*){0,3})"
          + "(?:,[^,\"“”]{1,80},)?\\s+(?:[\\p{Ll},]+\\s+){0,4}?" + CUE + "\\b[^.!?\"“”]{0,80}$");

  List<Quote> find(String body, List<Span> paragraphs, List<Mention> mentions) {
    List<Quote> quotes = new ArrayList<>();
    for (Span paragraph : paragraphs) {
      Quote previous = null;
      for (Span content : quotedSpans(body, paragraph)) {
        if (Tokenizer.tokens(body, content.start(), content.end()).size() < MIN_WORDS) {
          continue;
        }
        Quote quote = attribute(body, paragraph, content, mentions);
        if (quote.speaker() == null && previous != null && previous.speaker() != null) {
          quote = new Quote(content, previous.speaker(), previous.speakerSpan(), previous.cue(), Quote.Kind.DIRECT);
        }
        quotes.add(quote);
        previous = quote;
      }
    }
    return quotes;
  }

  /** Text between matching quotation marks: curly pairs, or straight quotes taken in pairs. */
  private static List<Span> quotedSpans(String body, Span paragraph) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = body.charAt(i);
      if (open < 0 && (c == '“' || c == '"')) {
        open = i;
      } else if (open >= 0 && (c == '”' || (c == '"' && body.charAt(open) == '"')
          || (c == '"' && body.charAt(open) == '“'))) {
        int start = open + 1;
        while (start < i && Character.isWhitespace(body.charAt(start))) {
          start++;
        }
        int end = i;
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
          end--;
        }
        if (start < end) {
          spans.add(new Span(start, end));
        }
        open = -1;
      }
    }
    return spans;
  }

  private static Quote attribute(String body, Span paragraph, Span content, List<Mention> mentions) {
    int afterStart = content.end();
    String after = body.substring(afterStart, Math.min(paragraph.end(), afterStart + 120));
    Matcher speakerFirst = AFTER_SPEAKER_FIRST.matcher(after);
    if (speakerFirst.find()) {
      Span speakerSpan = new Span(afterStart + speakerFirst.start(1), afterStart + speakerFirst.end(1));
      return quote(body, content, speakerSpan, speakerFirst.group(2), mentions);
    }
    Matcher cueFirst = AFTER_CUE_FIRST.matcher(after);
    if (cueFirst.find()) {
      Span speakerSpan = new Span(afterStart + cueFirst.start(2), afterStart + cueFirst.end(2));
      return quote(body, content, speakerSpan, cueFirst.group(1), mentions);
    }
    int beforeStart = Math.max(paragraph.start(), content.start() - 200);
    String before = body.substring(beforeStart, Math.max(beforeStart, content.start() - 1));
    int sentenceStart = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("? ")), before.lastIndexOf("! "));
    String clause = sentenceStart < 0 ? before : before.substring(sentenceStart + 2);
    int clauseStart = beforeStart + (sentenceStart < 0 ? 0 : sentenceStart + 2);
    Matcher speakerBefore = BEFORE.matcher(clause);
    if (speakerBefore.find()) {
      Span speakerSpan = new Span(clauseStart + speakerBefore.start(1), clauseStart + speakerBefore.end(1));
      return quote(body, content, speakerSpan, speakerBefore.group(2), mentions);
    }
    return new Quote(content, null, null, null, Quote.Kind.DIRECT);
  }

  private static Quote quote(String body, Span content, Span speakerSpan, String cue, List<Mention> mentions) {
    String words = speakerSpan.of(body);
    while (words.endsWith(".")) {
      words = words.substring(0, words.length() - 1);
      speakerSpan = new Span(speakerSpan.start(), speakerSpan.end() - 1);
    }
    String speaker = speakerOf(words, speakerSpan, mentions);
    if (speaker == null) {
      boolean institution = INSTITUTION.matcher(words).find();
      speaker = lastBefore(mentions, Math.min(content.start(), speakerSpan.start()),
          institution ? EntityType.ORGANIZATION : EntityType.PERSON);
    }
    return new Quote(content, speaker, speakerSpan, cue.toLowerCase(Locale.ROOT), Quote.Kind.DIRECT);
  }

  /** The entity a named speaker span refers to; null for pronouns and roles. */
  private static String speakerOf(String words, Span speakerSpan, List<Mention> mentions) {
    String lower = words.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower) || lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")) {
      return null;
    }
    String best = null;
    for (Mention mention : mentions) {
      if (speakerSpan.overlaps(mention.span())
          && (mention.type() == EntityType.PERSON || best == null)) {
        best = mention.entity();
      }
    }
    return best;
  }

  private static String lastBefore(List<Mention> mentions, int offset, EntityType type) {
    String last = null;
    for (Mention mention : mentions) {
      if (mention.span().start() >= offset) {
        break;
      }
      if (mention.type() == type) {
        last = mention.entity();
      }
    }
    return last;
  }
}
