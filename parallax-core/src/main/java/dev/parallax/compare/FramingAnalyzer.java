package dev.parallax.compare;

import dev.parallax.internal.ContentWords;
import dev.parallax.internal.WordLists;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framing stage: for the articles of an event or story, the words each outlet chose for
 * the same referent (word families in the bundled {@code framing.txt}), reported when the
 * articles do not all use the same words; the verbs of each headline ({@code
 * headline-verbs.txt}); whom each article quotes first; and the words quoted twice or more
 * but used only inside quotes, never in any outlet's own voice. Thread-safe.
 */
public final class FramingAnalyzer {

  /** At most this many quote-only words are reported, most widely quoted first. */
  static final int MAX_QUOTED_WORDS = 20;

  private static final List<Family> FAMILIES = WordLists.load(FramingAnalyzer.class, "framing.txt").stream()
      .map(Family::parse).toList();
  private static final Set<String> HEADLINE_VERBS = Set.copyOf(
      WordLists.load(FramingAnalyzer.class, "headline-verbs.txt").stream()
          .flatMap(line -> List.of(line.split("\\s+")).stream()).toList());
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

  public Framing analyze(List<AnnotatedArticle> articles) {
    return new Framing(wordChoices(articles), headlineVerbs(articles), firstVoices(articles), quoteOnlyWords(articles));
  }

  private static List<Framing.WordChoice> wordChoices(List<AnnotatedArticle> articles) {
    List<Framing.WordChoice> choices = new ArrayList<>();
    List<String[]> tokens = articles.stream().map(FramingAnalyzer::letterRuns).toList();
    for (Family family : FAMILIES) {
      List<Framing.Wording> wordings = new ArrayList<>();
      Map<String, Set<String>> termsByArticle = new LinkedHashMap<>();
      for (int a = 0; a < articles.size(); a++) {
        AnnotatedArticle article = articles.get(a);
        Set<String> terms = termsByArticle.computeIfAbsent(article.id(), id -> new LinkedHashSet<>());
        if (!family.mayOccurIn(tokens.get(a))) {
          continue;
        }
        String headline = article.article().headline();
        if (headline != null) {
          for (Matcher match = family.pattern.matcher(headline); match.find(); ) {
            String term = family.term(match.group());
            if (terms.add(term + " (headline)")) {
              wordings.add(new Framing.Wording(term, article.id(), null, insideQuotationMarks(headline, match.start())));
            }
          }
        }
        String body = article.body();
        for (Matcher match = family.pattern.matcher(body); match.find(); ) {
          String term = family.term(match.group());
          if (terms.add(term)) {
            Span span = new Span(match.start(), match.end());
            wordings.add(new Framing.Wording(term, article.id(), span, quoted(article, span)));
          }
        }
      }
      Set<String> distinctTerms = new LinkedHashSet<>();
      wordings.forEach(wording -> distinctTerms.add(wording.term()));
      boolean allAlike = termsByArticle.values().stream().map(Family::withoutPlace).distinct().count() <= 1;
      if (distinctTerms.size() >= 2 && termsByArticle.values().stream().filter(t -> !t.isEmpty()).count() >= 2 && !allAlike) {
        choices.add(new Framing.WordChoice(family.referent, wordings));
      }
    }
    return choices;
  }

  /**
   * The distinct lower-case letter runs of an article's headline and body, sorted: a family's
   * pattern can only match where a run starts with one of its terms' first words.
   */
  private static String[] letterRuns(AnnotatedArticle article) {
    Set<String> runs = new HashSet<>();
    String headline = article.article().headline();
    for (String text : headline == null ? List.of(article.body()) : List.of(headline, article.body())) {
      int i = 0;
      while (i < text.length()) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        runs.add(WordLists.lower(text.substring(start, i)));
      }
    }
    String[] sorted = runs.toArray(new String[0]);
    java.util.Arrays.sort(sorted);
    return sorted;
  }

  private static List<Framing.HeadlineVerb> headlineVerbs(List<AnnotatedArticle> articles) {
    List<Framing.HeadlineVerb> verbs = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      String headline = article.article().headline();
      if (headline == null) {
        continue;
      }
      List<String> found = new ArrayList<>();
      for (Matcher word = WORD.matcher(headline); word.find(); ) {
        String lower = WordLists.lower(word.group());
        if (word.start() > 0 && isVerb(lower) && !found.contains(lower)) {
          found.add(lower);
        }
      }
      verbs.add(new Framing.HeadlineVerb(article.id(), headline, found));
    }
    return verbs;
  }

  /** Whether two words or phrases ("protester", "rioter") are words of one framing family. */
  static boolean sameReferent(String a, String b) {
    return FAMILIES.stream().anyMatch(family -> family.terms.contains(a) && family.terms.contains(b));
  }

  /** The positions in {@code framing.txt} of the families having {@code term} as a word. */
  static List<Integer> families(String term) {
    List<Integer> families = new ArrayList<>();
    for (int i = 0; i < FAMILIES.size(); i++) {
      if (FAMILIES.get(i).terms.contains(term)) {
        families.add(i);
      }
    }
    return families;
  }

  /** Whether a lower-case word is a headline verb or an inflected form of one: says, rejects, regretted, citing. */
  static boolean isVerb(String word) {
    if (word.length() < 3) {
      return false;
    }
    List<String> bases = new ArrayList<>(List.of(word));
    if (word.endsWith("ies")) {
      bases.add(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("es")) {
      bases.add(word.substring(0, word.length() - 2));
    }
    if (word.endsWith("s")) {
      bases.add(word.substring(0, word.length() - 1));
    }
    if (word.endsWith("ed")) {
      bases.add(word.substring(0, word.length() - 2));
      bases.add(word.substring(0, word.length() - 1));
      bases.add(word.substring(0, word.length() - 3));
    }
    if (word.endsWith("ing")) {
      bases.add(word.substring(0, word.length() - 3));
      bases.add(word.substring(0, word.length() - 3) + "e");
    }
    return bases.stream().anyMatch(HEADLINE_VERBS::contains);
  }

  private static List<Framing.FirstVoice> firstVoices(List<AnnotatedArticle> articles) {
    List<Framing.FirstVoice> voices = new ArrayList<>();
    for (AnnotatedArticle article : articles) {
      article.quotes().stream()
          .filter(quote -> quote.speaker() != null)
          .min(Comparator.comparing(Quote::content))
          .ifPresent(quote -> voices.add(new Framing.FirstVoice(article.id(), quote.speaker(), quote.content())));
    }
    return voices;
  }

  private static List<Framing.QuotedWord> quoteOnlyWords(List<AnnotatedArticle> articles) {
    Set<String> ownVoice = new HashSet<>();
    Map<String, List<Framing.Wording>> quoted = new LinkedHashMap<>();
    Map<String, Integer> quotedCount = new HashMap<>();
    for (AnnotatedArticle article : articles) {
      String body = article.body();
      Set<String> seenHere = new HashSet<>();
      for (Matcher word = WORD.matcher(body); word.find(); ) {
        String lower = WordLists.lower(word.group());
        if (lower.length() < 4 || WordLists.isStopWord(lower)) {
          continue;
        }
        String folded = ContentWords.fold(lower);
        Span span = new Span(word.start(), word.end());
        if (!quoted(article, span)) {
          ownVoice.add(folded);
        } else if (!namesEntity(article, span)) {
          quotedCount.merge(folded, 1, Integer::sum);
          if (seenHere.add(folded)) {
            quoted.computeIfAbsent(folded, w -> new ArrayList<>())
                .add(new Framing.Wording(word.group(), article.id(), span, true));
          }
        }
      }
      String headline = article.article().headline();
      if (headline != null) {
        for (Matcher word = WORD.matcher(headline); word.find(); ) {
          if (!insideQuotationMarks(headline, word.start())) {
            ownVoice.add(ContentWords.fold(WordLists.lower(word.group())));
          }
        }
      }
    }
    return quoted.entrySet().stream()
        .filter(entry -> !ownVoice.contains(entry.getKey()) && quotedCount.get(entry.getKey()) >= 2)
        .sorted(Comparator.comparing((Map.Entry<String, List<Framing.Wording>> entry) -> -entry.getValue().size())
            .thenComparing(entry -> -entry.getKey().length()))
        .limit(MAX_QUOTED_WORDS)
        .map(entry -> new Framing.QuotedWord(entry.getKey(), entry.getValue()))
        .toList();
  }

  private static boolean namesEntity(AnnotatedArticle article, Span span) {
    for (Mention mention : article.mentions()) {
      if (mention.span().contains(span) && mention.type() != EntityType.OTHER) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words at {@code span} are inside a quote the annotator found, or inside quotation marks. */
  private static boolean quoted(AnnotatedArticle article, Span span) {
    for (Quote quote : article.quotes()) {
      if (quote.content().contains(span)) {
        return true;
      }
    }
    String body = article.body();
    int paragraphStart = Math.max(body.lastIndexOf("\n", span.start()) + 1, 0);
    return insideQuotationMarks(body.substring(paragraphStart, span.end()), span.start() - paragraphStart);
  }

  /** Whether position {@code at} of a paragraph lies between an opening and a closing quotation mark. */
  static boolean insideQuotationMarks(String text, int at) {
    int curlyOpen = text.lastIndexOf('“', at);
    int curlyClose = text.lastIndexOf('”', at - 1);
    if (curlyOpen > curlyClose) {
      return true;
    }
    int straight = 0;
    for (int i = 0; i < at && i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        straight++;
      }
    }
    if (straight % 2 == 1) {
      return true;
    }
    int singleOpen = Math.max(text.lastIndexOf('‘', at), lastOpeningApostrophe(text, at));
    int singleClose = lastClosingApostrophe(text, at);
    return singleOpen >= 0 && singleOpen > singleClose;
  }

  /** A straight or curly single quote that opens a quotation: after a space or start, before a letter. */
  private static int lastOpeningApostrophe(String text, int at) {
    for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '’') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastClosingApostrophe(String text, int at) {
    for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '’') && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
          && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** A line of framing.txt: a referent and its words, compiled into one pattern, longest words first. */
  private record Family(String referent, List<String> terms, Pattern pattern, List<String> firstWords) {

    static Family parse(String line) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("framing.txt: no 'referent:' in line '" + line + "'");
      }
      List<String> terms = List.of(line.substring(colon + 1).split("\\|")).stream()
          .map(String::strip).filter(term -> !term.isEmpty()).map(Family::normalise).toList();
      String alternatives = terms.stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(term -> Pattern.quote(term).replace(" ", "\\E[\\s-]+\\Q"))
          .reduce((a, b) -> a + "|" + b).orElseThrow();
      Pattern pattern = Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + alternatives + ")(?:s|es)?(?![\\p{L}])");
      List<String> firstWords = terms.stream().map(term -> term.split("[^\\p{L}]+")[0]).distinct().toList();
      return new Family(line.substring(0, colon).strip(), terms, pattern, firstWords);
    }

    /**
     * Whether a match is possible in text with these letter runs (sorted): a match starts a
     * run (no letter before it) with the letters of a term's first word.
     */
    boolean mayOccurIn(String[] runs) {
      for (String word : firstWords) {
        int at = java.util.Arrays.binarySearch(runs, word);
        if (at >= 0 || (-at - 1 < runs.length && runs[-at - 1].startsWith(word))) {
          return true;
        }
      }
      return false;
    }

    /** The family's own spelling of a matched word: lower case, single spaces, singular. */
    String term(String matched) {
      String form = normalise(matched);
      for (String candidate : List.of(form, form.replaceAll("es$", ""), form.replaceAll("s$", ""))) {
        if (terms.contains(candidate)) {
          return candidate;
        }
      }
      return form;
    }

    private static String normalise(String text) {
      return WordLists.lower(text).replaceAll("[\\s-]+", " ").strip();
    }

    static Set<String> withoutPlace(Set<String> terms) {
      Set<String> plain = new HashSet<>();
      terms.forEach(term -> plain.add(term.replace(" (headline)", "")));
      return plain;
    }
  }
}
