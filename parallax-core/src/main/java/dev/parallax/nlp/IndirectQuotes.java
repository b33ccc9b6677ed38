package dev.parallax.nlp;

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
 * Finds reported speech in one sentence, by word patterns around a reporting verb:
 * {@code Name: ...} opening a sentence (headlines, interviews); {@code According to X, ...} and {@code ..., according to X}; {@code ..., X said} and {@code
 * ..., said X} (the content before the attribution); {@code X said (that) ...}, {@code X told
 * reporters that ...}, {@code X warned: ...}, {@code ..., stressing that ...} (the content after
 * it, to the end of the sentence); {@code In a CBS poll, ...} and {@code Asked whether ..., X
 * ...} opening a sentence; verb frames ({@code X called for ...}) from {@link
 * FrameAttributions}. A sentence mostly taken by a direct quote is left to the
 * direct quote, and searched only after it. Several clauses of one sentence may each report
 * speech ({@code X said A, adding that B}). Content must have at least {@value #MIN_WORDS} words
 * (a verb frame's object may be one word: {@code X criticized Trump}).
 * Thread-safe.
 */
final class IndirectQuotes {

  static final int MIN_WORDS = 3;
  /** At most this many capitalised words name the speaker before a colon ({@code Mark Cuban:}). */
  private static final int MAX_COLON_NAME_WORDS = 4;
  /** How many words after the verb a {@code that} may come ({@code told CNN on Sunday that}). */
  private static final int THAT_WINDOW = 10;
  /** At most this many words may follow a trailing attribution ({@code , he said in a statement}). */
  private static final int TAIL_WORDS = 6;

  private static final Set<String> TAIL_STARTS = Set.of("in", "on", "at", "during", "after", "before", "while",
      "when", "from", "to", "last", "this", "yesterday", "today", "earlier", "later", "adding", "citing");

  /**
   * Words opening a side clause of narrative after a trailing attribution ({@code , after Poland
   * offered ...}); a {@code because} or {@code when} clause there is usually still the speaker's.
   */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "amid", "following");

  /**
   * Words after a reporting verb that open a circumstance or a complement, not reported content
   * ({@code said during a visit}, {@code spoke about the plan}).
   */
  private static final Set<String> NOT_CONTENT_STARTS = Set.of("in", "on", "at", "to", "for", "about", "with",
      "by", "of", "during", "after", "before", "while", "amid", "over", "as", "from", "following", "when", "into",
      "aboard", "without", "through", "via", "across", "outside", "inside", "near", "under");

  /** Verbs whose object may stand before a {@code that} ({@code told reporters that}). */
  private static final Set<String> OBJECT_VERBS = ReportingCues.inflect("tell:told", "ask", "warn", "remind",
      "assure", "inform", "notify:notified", "convince", "persuade", "reassure", "urge", "promise");
  /** Pronouns that open the content after the object of "told" ({@code told CNN he would run}). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");
  private static final Set<String> COORDINATORS = Set.of("and", "but");

  private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "why", "what", "which", "how", "who",
      "when", "where", "about");
  /** At most this many words say whom and when before the question in {@code Asked by X on Monday whether}. */
  private static final int MAX_ASKED_WORDS = 6;
  /** At most this many words name the document in {@code In a poll released on Sunday, ...}. */
  private static final int MAX_IN_SOURCE_WORDS = 10;
  /** Sources that state findings themselves (a statement or an interview has a speaker, found by the verb). */
  private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
      "report", "analysis", "review", "filing", "complaint", "lawsuit", "ruling");
  private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight", "week", "month", "year", "night", "morning",
      "afternoon", "evening", "weekend");
  private static final Set<String> SETTINGS = Set.of("statement", "interview", "email", "speech", "tweet",
      "letter", "memo", "post", "video", "call");

  /** Where a second clause takes over from reported content. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ";\\s|,[”'\"]*\\s(?:while|whereas|but(?! that)|adding|saying|noting|citing|according to|and (?:said|added|says)|which|who|compared (?:with|to))\\b");

  /** A clause break that opens a relative clause. */
  private static final Pattern RELATIVE = Pattern.compile(",\\s(?:which|who)");
  /** At most this many words make a subject a relative clause may follow inside content. */
  private static final int MAX_SUBJECT_WORDS = 8;

  private final SpeakerResolver resolver;
  private final FrameAttributions frames;

  IndirectQuotes(SpeakerResolver resolver) {
    this.resolver = resolver;
    this.frames = new FrameAttributions(resolver);
  }

  /**
   * The reported speech in the sentence, or null. In a sentence mostly taken by direct quotes,
   * only the words after the last one are searched ({@code "...," Peskov said, stressing that ...}).
   */
  List<Quote> find(String body, Span sentence, List<Quote> direct, List<Mention> mentions) {
    int quotedEnd = mostlyQuotedUntil(sentence, direct);
    Span clause = quotedEnd < 0 ? sentence : new Span(Math.min(quotedEnd, sentence.end()), sentence.end());
    List<Token> tokens = Cue.words(body, clause.start(), clause.end());
    List<Span> quoted = direct.stream().map(Quote::content).filter(content -> content.overlaps(sentence)).toList();
    List<Quote> found = new ArrayList<>();
    if (tokens.size() < MIN_WORDS) {
      return found;
    }
    if (tokens.size() < MIN_WORDS + 2) {
      found.addAll(frames.find(body, sentence, tokens, quoted, found, mentions));
      return found;
    }
    Quote quote = quotedEnd >= 0 ? null : colonAttribution(body, clause, tokens, mentions);
    if (quote == null && quotedEnd < 0) {
      quote = accordingTo(body, clause, tokens, mentions);
    }
    if (quote == null && quotedEnd < 0) {
      quote = inSource(body, clause, tokens, mentions);
    }
    if (quote == null && quotedEnd < 0) {
      quote = askedFirst(body, clause, tokens);
    }
    if (quote == null && quotedEnd < 0) {
      quote = trailing(body, clause, tokens, quoted, mentions);
    }
    int from = clause.start();
    while (quote != null || (quote = leading(body, clause, tokens, quoted, from, mentions)) != null) {
      found.add(quote);
      from = quote.content().end();
      quote = null;
    }
    List<Token> all = clause == sentence ? tokens : Cue.words(body, sentence.start(), sentence.end());
    found.addAll(frames.find(body, sentence, all, quoted, found, mentions));
    return found;
  }

  /** The end of the last direct quote when direct quotes take half the sentence or more; else -1. */
  private static int mostlyQuotedUntil(Span sentence, List<Quote> direct) {
    int shared = 0;
    int end = -1;
    for (Quote quote : direct) {
      Span content = quote.content();
      if (content.overlaps(sentence)) {
        shared += Math.min(content.end(), sentence.end()) - Math.max(content.start(), sentence.start());
        end = Math.max(end, content.end() + 1);
      }
    }
    return shared * 2 >= sentence.length() ? end : -1;
  }

  private Quote accordingTo(String body, Span sentence, List<Token> tokens, List<Mention> mentions) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).text().equalsIgnoreCase("according") || !tokens.get(i + 1).text().equals("to")) {
        continue;
      }
      Span speaker = Cue.rightChunk(body, tokens, i + 2);
      if (speaker == null) {
        return null;
      }
      Span cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
      if (i == 0) {
        int after = body.indexOf(',', speaker.end());
        return after < 0 || after >= sentence.end() ? null
            : quote(body, QuoteSpans.trimmed(body, after + 1, sentence.end()), speaker, "according to", mentions);
      }
      String gap = body.substring(tokens.get(i - 1).end(), cue.start());
      if (gap.contains(",") || gap.isBlank() && i >= MIN_WORDS + 1) {
        return quote(body, QuoteSpans.trimmed(body, sentence.start(), tokens.get(i - 1).end()), speaker, "according to", mentions);
      }
      return null;
    }
    return null;
  }

  /**
   * A question put to the subject of the main clause, opening the sentence ({@code Asked
   * whether he would run, he ...}, {@code When asked if ..., 46 percent of voters ...}): the
   * question from its "if", "whether", "why"… to the comma is the content. It has no speaker:
   * someone unnamed asked it, the subject after the comma (which must look like a speaker) answers.
   */
  private static Quote askedFirst(String body, Span sentence, List<Token> tokens) {
    int asked = tokens.get(0).text().equals("Asked") ? 0
        : tokens.get(0).text().equals("When") && tokens.get(1).text().equals("asked") ? 1 : -1;
    int question = asked < 0 || tokens.get(0).start() != sentence.start() ? -1 : question(body, tokens, asked);
    if (question < 0) {
      return null;
    }
    for (int i = question + 1; i + 1 < tokens.size(); i++) {
      if (body.substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains(",")) {
        Span speaker = Cue.subject(body, tokens, tokens.get(i + 1).start(), tokens.size() - 1);
        if (speaker == null || speaker.start() != tokens.get(i + 1).start()) {
          return null;
        }
        return new Quote(QuoteSpans.trimmed(body, tokens.get(question).start(), tokens.get(i).end()), null, null, "asked",
            Quote.Kind.INDIRECT);
      }
    }
    return null;
  }

  /**
   * The index of the word opening the question after "asked" at {@code asked}: an "if",
   * "whether", "why"… at most {@value #MAX_ASKED_WORDS} words on, after whom and when it was
   * asked ({@code Asked by a reporter on Monday whether ...}); -1 when none.
   */
  private static int question(String body, List<Token> tokens, int asked) {
    for (int i = asked + 1; i < Math.min(tokens.size() - 1, asked + MAX_ASKED_WORDS + 2); i++) {
      if (QUESTION_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return i;
      }
      if (!body.substring(tokens.get(i).end(), tokens.get(i + 1).start()).isBlank()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A sentence opening with a poll, study or report as its source ({@code In a CBS poll last
   * month, ...}): the rest of the clause is the content.
   */
  private Quote inSource(String body, Span sentence, List<Token> tokens, List<Mention> mentions) {
    if (!tokens.get(0).text().equals("In") || tokens.get(0).start() != sentence.start()) {
      return null;
    }
    boolean document = false;
    for (int i = 1; i < Math.min(tokens.size() - MIN_WORDS, MAX_IN_SOURCE_WORDS + 1); i++) {
      document |= DOCUMENTS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
      String gap = body.substring(tokens.get(i).end(), tokens.get(i + 1).start());
      if (gap.contains(",")) {
        if (!document || !gap.isBlank() && !gap.strip().equals(",")) {
          return null;
        }
        Span speaker = new Span(tokens.get(1).start(), tokens.get(i).end());
        int start = tokens.get(i + 1).start();
        return quote(body, QuoteSpans.trimmed(body, start, clauseEnd(body, start, sentence.end())), speaker, "in", mentions);
      }
    }
    return null;
  }

  /**
   * A name and a colon opening the sentence, as headlines and interviews attribute ({@code
   * Mark Cuban: I'd consider a bid}, {@code FALLIN: I think ...}): the rest is the content.
   */
  private Quote colonAttribution(String body, Span sentence, List<Token> tokens, List<Mention> mentions) {
    for (int last = 0; last < Math.min(MAX_COLON_NAME_WORDS, tokens.size() - MIN_WORDS); last++) {
      if (!tokens.get(last).isCapitalized() || last > 0 && !Cue.plainGap(body, tokens.get(last - 1), tokens.get(last))) {
        return null;
      }
      String gap = body.substring(tokens.get(last).end(), tokens.get(last + 1).start());
      if (gap.contains(":")) {
        if (!gap.strip().startsWith(":") || tokens.get(0).start() != sentence.start()) {
          return null;
        }
        Span speaker = new Span(tokens.get(0).start(), tokens.get(last).end());
        return quote(body, QuoteSpans.trimmed(body, tokens.get(last + 1).start(), sentence.end()), speaker, ":", mentions);
      }
    }
    return null;
  }

  /**
   * {@code CONTENT, X said [tail].} or {@code CONTENT, said X[, apposition].} (not {@code ,
   * saying X}: a participle reports what follows it); with more words
   * after the attribution ({@code The effects, many economists say, are hard to predict}) the
   * content is the whole sentence.
   */
  private Quote trailing(String body, Span sentence, List<Token> tokens, List<Span> quoted, List<Mention> mentions) {
    for (int v = tokens.size() - 1; v >= MIN_WORDS; v--) {
      Token verb = tokens.get(v);
      if (!ReportingCues.isVerb(verb.text()) || FrameAttributions.takesNounPhrase(verb.text()) || verb.isCapitalized()
          || QuoteSpans.inside(quoted, verb.start())
          || containsWord(tokens, v + 1, Math.min(tokens.size(), v + TAIL_WORDS + 1), "that")) {
        continue;
      }
      int before = v - 1;
      if (body.substring(tokens.get(before).end(), verb.start()).contains(",")) {
        Span speaker = verb.text().endsWith("ing") ? null : Cue.rightChunk(body, tokens, v + 1);
        if (speaker != null && tailAfterSpeaker(body, speaker.end(), sentence.end())) {
          return quote(body, QuoteSpans.trimmed(body, sentence.start(), tokens.get(before).end()), speaker, verb.text(), mentions);
        }
        continue;
      }
      Cue cue = Cue.leading(body, tokens, v, sentence.start());
      if (cue == null || cue.speaker().start() <= tokens.get(0).start()) {
        continue;
      }
      int comma = body.lastIndexOf(',', cue.speaker().start());
      if (comma <= sentence.start() || !body.substring(comma + 1, cue.speaker().start()).isBlank()) {
        continue;
      }
      int after = tokens.size() - v - 1;
      if (after <= TAIL_WORDS && !(after > 0 && body.substring(verb.end(), tokens.get(v + 1).start()).contains(","))) {
        return quote(body, QuoteSpans.trimmed(body, sentence.start(), comma), cue.speaker(), verb.text(), mentions);
      }
      int side = sideClauseAfter(body, tokens, v);
      if (side > 0 && tokens.size() - side >= MIN_WORDS - 1) {
        return quote(body, QuoteSpans.trimmed(body, sentence.start(), comma), cue.speaker(), verb.text(), mentions);
      }
      if (after >= MIN_WORDS - 1 && body.substring(verb.end(), tokens.get(v + 1).start()).contains(",")) {
        return quote(body, QuoteSpans.trimmed(body, sentence.start(), sentence.end()), cue.speaker(), verb.text(), mentions);
      }
    }
    return null;
  }

  /**
   * Where a side clause starts after a trailing attribution's verb at {@code v}: after a comma
   * right after the verb or after a short adjunct ({@code , the council said on Monday, after
   * ...}), a participle, {@code which} or a subordinator of narrative ({@code after}, {@code amid}...); else -1.
   */
  private static int sideClauseAfter(String body, List<Token> tokens, int v) {
    for (int i = v + 1; i < tokens.size() && i <= v + TAIL_WORDS; i++) {
      if (i > v + 1 && !TAIL_STARTS.contains(tokens.get(v + 1).text().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      if (body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",")) {
        String word = tokens.get(i).text();
        return word.endsWith("ing") || word.equals("which") || SUBORDINATORS.contains(word) ? i : -1;
      }
    }
    return -1;
  }

  /**
   * {@code X said (that) CONTENT.}, {@code X told reporters CONTENT}, {@code ..., stressing that
   * CONTENT.}, with the verb at or after {@code from}; the content ends at the sentence end or where another clause takes over ({@code
   * , while}, {@code , adding that}, a semicolon).
   */
  private Quote leading(String body, Span sentence, List<Token> tokens, List<Span> quoted, int from,
      List<Mention> mentions) {
    for (int v = 1; v < tokens.size() - MIN_WORDS + 1; v++) {
      Token verb = tokens.get(v);
      if (verb.start() < from || QuoteSpans.inside(quoted, verb.start())) {
        continue;
      }
      boolean thatFollows = tokens.get(v + 1).text().equals("that");
      if (!(ReportingCues.isVerb(verb.text()) || thatFollows && ReportingCues.isVerbForm(verb.text()))
          || FrameAttributions.takesNounPhrase(verb.text())
          || verb.isCapitalized() && !headlineVerb(tokens, v) || tokens.get(v - 1).text().equalsIgnoreCase("to")
          || verb.text().endsWith("ing") && !body.substring(tokens.get(v - 1).end(), verb.start()).contains(",")) {
        continue;
      }
      Cue cue = Cue.leading(body, tokens, v, sentence.start());
      if (cue == null) {
        cue = openingSpeaker(body, tokens, v, sentence.start());
      }
      if (cue == null) {
        continue;
      }
      int start = contentStart(body, tokens, v);
      if (start < 0) {
        continue;
      }
      int end = secondAttribution(body, tokens, start, clauseEnd(body, start, sentence.end()));
      end = OpeningClause.end(body, tokens, sentence.start(), start, end);
      end = SecondPredicate.start(body, tokens, v, start, end, !body.startsWith("to ", start));
      Span content = QuoteSpans.trimmed(body, start, end);
      if (Tokenizer.tokens(body, content.start(), content.end()).size() >= MIN_WORDS) {
        return quote(body, content, cue.speaker(), verb.text(), mentions);
      }
    }
    return null;
  }

  /** A capitalised reporting verb between capitalised words: a headline ({@code Sanders Says He Will Stay}). */
  private static boolean headlineVerb(List<Token> tokens, int v) {
    return v + 1 < tokens.size() && tokens.get(v - 1).isCapitalized() && tokens.get(v + 1).isCapitalized();
  }

  /**
   * The words opening the sentence up to its first comma, when that comma starts an insertion
   * that runs up to the comma before the verb ({@code Bob Corker, a senator who has met the
   * candidate twice, said ...}): the subject of a verb whose apposition holds other verbs.
   */
  private static Cue openingSpeaker(String body, List<Token> tokens, int v, int sentenceStart) {
    if (!ReportingCues.isVerb(tokens.get(v).text()) || tokens.get(0).start() != sentenceStart
        && !body.substring(sentenceStart, tokens.get(0).start()).isBlank()
        || !body.substring(tokens.get(v - 1).end(), tokens.get(v).start()).strip().equals(",")) {
      return null;
    }
    for (int last = 0; last < Math.min(v - 1, Cue.MAX_SPEAKER_WORDS); last++) {
      if (body.substring(tokens.get(last).end(), tokens.get(last + 1).start()).contains(",")) {
        return tokens.get(0).isCapitalized() && Cue.isSpeaker(tokens, 0, last)
            ? new Cue(new Span(tokens.get(0).start(), tokens.get(last).end()), tokens.get(v).text(),
                new Span(tokens.get(v).start(), tokens.get(v).end()))
            : null;
      }
      if (!Cue.plainGap(body, tokens.get(last), tokens.get(last + 1))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Where a second attribution joined by "and", "but" or a comma starts in the content {@code
   * [start, end)}: a reporting verb with its own subject ({@code X said A, and most said B},
   * {@code X said A, he added that B}) or, after "and"/"but", sharing the speaker's ({@code X
   * said A and added B}); else {@code end}.
   */
  private static int secondAttribution(String body, List<Token> tokens, int start, int end) {
    for (int v = 1; v < tokens.size() && tokens.get(v).end() <= end; v++) {
      Token verb = tokens.get(v);
      if (verb.start() <= start || verb.isCapitalized() || !ReportingCues.isVerb(verb.text())) {
        continue;
      }
      int last = v - 1;
      while (last > 0 && ReportingCues.mayPrecedeVerb(tokens.get(last).text())) {
        last--;
      }
      for (int c = last; c >= 0 && tokens.get(c).start() > start && last - c <= Cue.MAX_SPEAKER_WORDS; c--) {
        if (!Cue.plainGap(body, tokens.get(c), tokens.get(c + 1))) {
          break;
        }
        if (COORDINATORS.contains(tokens.get(c).text().toLowerCase(Locale.ROOT))) {
          if (c == last || Cue.isSpeaker(tokens, c + 1, last)) {
            return tokens.get(c).start();
          }
          break;
        }
        if (c > 0 && tokens.get(c - 1).end() > start
            && body.substring(tokens.get(c - 1).end(), tokens.get(c).start()).contains(",")) {
          if (Cue.isSpeaker(tokens, c, last)) {
            return tokens.get(c - 1).end();
          }
          break;
        }
      }
    }
    return end;
  }

  /**
   * Where reported content starting at {@code from} ends: a clause break, else {@code end}. A
   * relative clause set off by commas after a short subject belongs to the content ({@code said
   * the decision, which came late, was wrong}).
   */
  static int clauseEnd(String body, int from, int end) {
    end = ClauseTail.start(body, from, end);
    Matcher matcher = CLAUSE_BREAK.matcher(body).region(from, end);
    while (matcher.find()) {
      int close = body.indexOf(',', matcher.end());
      if (!RELATIVE.matcher(matcher.group()).matches() || close < 0 || close >= end
          || Tokenizer.tokens(body, from, matcher.start()).size() > MAX_SUBJECT_WORDS) {
        return matcher.start();
      }
      matcher.region(close + 1, end);
    }
    return end;
  }

  /**
   * Where the content after the verb at {@code v} starts: at {@code that} (the clause keeps its
   * complementiser), at {@code if} or {@code whether} after "asked", after a colon, or after the
   * object of "told".
   */
  static int contentStart(String body, List<Token> tokens, int v) {
    boolean asks = tokens.get(v).text().toLowerCase(Locale.ROOT).startsWith("ask");
    int window = farThat(tokens, v) ? THAT_WINDOW : 1;
    for (int i = v + 1; i < Math.min(tokens.size(), v + window + 1); i++) {
      if (tokens.get(i).text().equals("that")) {
        return tokens.get(i).start();
      }
      if (asks && (tokens.get(i).text().equals("if") || tokens.get(i).text().equals("whether"))) {
        return tokens.get(i).start();
      }
      if (body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains(",")) {
        break;
      }
    }
    String gap = body.substring(tokens.get(v).end(), tokens.get(v + 1).start());
    if (gap.contains(":")) {
      return tokens.get(v + 1).start();
    }
    if (!gap.isBlank()) {
      return -1;
    }
    String verb = tokens.get(v).text().toLowerCase(Locale.ROOT);
    int next = v + 1;
    if (verb.startsWith("tell") || verb.equals("told")) {
      Span object = Cue.rightChunk(body, tokens, next);
      if (object == null) {
        return -1;
      }
      while (next < tokens.size() && tokens.get(next).end() <= object.end()
          && !(next > v + 1 && SUBJECT_PRONOUNS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT)))) {
        next++;
      }
    }
    next = afterCircumstance(tokens, next);
    if (next >= tokens.size()) {
      return -1;
    }
    return NOT_CONTENT_STARTS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT)) ? -1 : tokens.get(next).start();
  }

  /**
   * Whether a {@code that} some words after the verb at {@code v} may open its content: after
   * an object ({@code told CNN that}, {@code asked him whether}) or a circumstance ({@code said
   * on Sunday that}, {@code said repeatedly that}), not after content already begun ({@code said
   * the warning was proof that}).
   */
  private static boolean farThat(List<Token> tokens, int v) {
    String verb = tokens.get(v).text().toLowerCase(Locale.ROOT);
    String next = tokens.get(v + 1).text().toLowerCase(Locale.ROOT);
    return OBJECT_VERBS.contains(verb) || TAIL_STARTS.contains(next) || TIMES.contains(next) || next.endsWith("ly");
  }

  /**
   * The index after a time or setting phrase starting at {@code at} ({@code on Friday}, {@code
   * Tuesday}, {@code last week}, {@code in a statement}), or {@code at} when there is none.
   */
  static int afterCircumstance(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size()) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
      String third = i + 2 < tokens.size() ? tokens.get(i + 2).text().toLowerCase(Locale.ROOT) : "";
      if (TIMES.contains(word)) {
        i++;
      } else if ((word.equals("on") || word.equals("last") || word.equals("this") || word.equals("late")
          || word.equals("early")) && TIMES.contains(next)) {
        i += 2;
      } else if (word.equals("in") && (next.equals("a") || next.equals("an")) && SETTINGS.contains(third)) {
        i += 3;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean containsWord(List<Token> tokens, int from, int to, String word) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).text().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Only an apposition ({@code , said X, the head of ...}) or a short circumstance ({@code in a
   * statement}, {@code on Monday}) may follow {@code , said X}.
   */
  private static boolean tailAfterSpeaker(String body, int from, int sentenceEnd) {
    List<Token> tail = Tokenizer.tokens(body, from, sentenceEnd);
    return tail.isEmpty() || body.substring(from, tail.get(0).start()).contains(",") || tail.size() <= TAIL_WORDS && TAIL_STARTS.contains(tail.get(0).text().toLowerCase(Locale.ROOT));
  }

  private Quote quote(String body, Span content, Span speaker, String verb, List<Mention> mentions) {
    if (Tokenizer.tokens(body, content.start(), content.end()).size() < MIN_WORDS) {
      return null;
    }
    return new Quote(content, resolver.resolve(body, speaker, mentions), speaker, verb.toLowerCase(Locale.ROOT),
        Quote.Kind.INDIRECT);
  }
}
