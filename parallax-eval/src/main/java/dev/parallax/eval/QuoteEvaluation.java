package dev.parallax.eval;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Quote;
import dev.parallax.model.Span;
import dev.parallax.nlp.Annotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Evaluates quote finding on a folder in the PolNeAR layout ({@code SPLIT/text/ARTICLE.txt},
 * {@code SPLIT/attributions/ARTICLE_ANNOTATOR.ann}, BRAT standoff). Every attribution relation
 * of the gold ({@code E} line) is one quote: its content (possibly discontinuous), its source
 * (may be absent). An article annotated by several annotators is scored against the first
 * annotation file in name order, so every article counts once. Gold quotes are direct when their
 * content opens with a quotation mark (doubled apostrophes too, as some archives print them),
 * indirect otherwise.
 *
 * <p>Content spans are compared as sets of word tokens ({@code [\p{L}\p{N}]+}): exact when equal,
 * overlapping when the shared tokens are at least half of the larger set. Gold and predicted
 * quotes are paired one to one, best overlap first. A direct quote split by its attribution
 * ({@code "A," he said. "B."}) is one predicted quote. Speaker accuracy is over overlapping pairs
 * whose gold has a source: right when the predicted speaker words overlap the gold source, or
 * the resolved speaker's last name occurs in it.
 *
 * <p>The speed is articles per second of CPU time of the annotating thread (full annotation:
 * sentences, entities, times, quotes, segments), so that it holds on a busy machine.
 */
public final class QuoteEvaluation {

  /** The first articles are annotated once more, untimed, so that the timing is of compiled code. */
  static final int WARM_UP = 100;

  /** Precision, recall and F1 for one kind of quote, exact and overlapping. */
  public record Scores(int gold, int predicted, int exactMatches, int overlapMatches) {
    public double exactPrecision() {
      return ratio(exactMatches, predicted);
    }

    public double exactRecall() {
      return ratio(exactMatches, gold);
    }

    public double exactF1() {
      return harmonic(exactPrecision(), exactRecall());
    }

    public double precision() {
      return ratio(overlapMatches, predicted);
    }

    public double recall() {
      return ratio(overlapMatches, gold);
    }

    public double f1() {
      return harmonic(precision(), recall());
    }
  }

  /** The outcome over all articles of a split. */
  public record Result(int articles, Scores all, Scores direct, Scores indirect, int speakerPairs, int speakerRight,
      double articlesPerSecond, Map<String, CueTally> goldCues, Map<String, CueTally> predictedCues) {
    public double speakerAccuracy() {
      return ratio(speakerRight, speakerPairs);
    }
  }

  /**
   * How often one cue (lower-cased words, gold or predicted) occurs and how often its quote is
   * matched (overlap): recall per gold cue, precision per predicted cue.
   */
  public record CueTally(int count, int matched) {
    public double ratio() {
      return QuoteEvaluation.ratio(matched, count);
    }
  }

  public Result run(Path folder, String split) throws IOException {
    return run(folder, split, null);
  }

  /**
   * As {@link #run(Path, String)}, also writing every unmatched gold quote to {@code misses}
   * (when not null), one per line: article, cue, gold content, the predicted content sharing
   * the most words with it — for error analysis on the train split.
   */
  public Result run(Path folder, String split, PrintWriter misses) throws IOException {
    return run(folder, split, misses, null);
  }

  /**
   * As {@link #run(Path, String, PrintWriter)}, also writing every unmatched prediction to
   * {@code falsePositives} (when not null) in the same layout, with the gold content sharing the
   * most words with it.
   */
  public Result run(Path folder, String split, PrintWriter misses, PrintWriter falsePositives) throws IOException {
    Path root = splitFolder(folder, split);
    List<Path> files;
    try (Stream<Path> list = Files.list(root.resolve("text"))) {
      files = list.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, List<Path>> annotations = annotationsByArticle(root);
    Annotator annotator = Annotator.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Scoring scoring = new Scoring();
    long nanos = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.length() - ".txt".length());
      if (!annotations.containsKey(stem)) {
        continue;
      }
      String body = Files.readString(file, StandardCharsets.UTF_8);
      List<BratAttributions.Attribution> gold = BratAttributions.read(annotations.get(stem).get(0), body.length());
      Article article = article(stem, body);
      if (scoring.scored < WARM_UP) {
        annotator.annotate(article);
      }
      long start = threads.getCurrentThreadCpuTime();
      AnnotatedArticle annotated = annotator.annotate(article);
      nanos += threads.getCurrentThreadCpuTime() - start;
      List<Unit> golds = units(body, gold);
      List<Unit> predicted = Unit.predicted(body, annotated.quotes());
      Matching matching = scoring.score(golds, predicted);
      if (misses != null) {
        writeUnmatched(misses, stem, golds, predicted, matching.gold());
      }
      if (falsePositives != null) {
        writeUnmatched(falsePositives, stem, predicted, golds, matching.predicted());
      }
    }
    return scoring.result(nanos == 0 ? 0 : scoring.scored / (nanos / 1e9));
  }

  /** The split folder, checked to hold {@code text/} and {@code attributions/}. */
  private static Path splitFolder(Path folder, String split) {
    Path root = split == null ? folder : folder.resolve(split);
    if (!Files.isDirectory(root.resolve("text")) || !Files.isDirectory(root.resolve("attributions"))) {
      throw new IllegalArgumentException(root + " has no text/ and attributions/: not a PolNeAR split folder");
    }
    return root;
  }

  /** The annotation files ({@code ARTICLE_xxxx.ann}) of each article, in name order. */
  private static Map<String, List<Path>> annotationsByArticle(Path root) throws IOException {
    Map<String, List<Path>> byArticle = new TreeMap<>();
    try (Stream<Path> list = Files.list(root.resolve("attributions"))) {
      list.filter(path -> path.getFileName().toString().matches(".*_[^_]{4}\\.ann")).sorted().forEach(path -> {
        String name = path.getFileName().toString();
        byArticle.computeIfAbsent(name.substring(0, name.length() - "_xxxx.ann".length()), key -> new ArrayList<>())
            .add(path);
      });
    }
    return byArticle;
  }

  /**
   * Human agreement on the articles annotated more than once, the ceiling of the figures {@link
   * #run} prints, with the same pairing and speaker test. {@code pairs}: each pair of annotation
   * files, the later one's relations scored as predictions against the earlier's (F1 does not
   * depend on which of a pair is the gold); its article count is the number of pairs. {@code
   * consensus}: on articles with three or more annotators, each annotator as the gold against the
   * relations that most of the others share (a relation kept when more than half of the others
   * have one overlapping it) — what a system agreeing with the majority would score; its article
   * count is the number of annotators so scored. {@code system}: this system's quotes on the same
   * articles against each of their annotators, for comparison. Speed is not measured (zero).
   */
  public record Agreement(Result pairs, Result consensus, Result system) {}

  /** Scores the annotators of a split in the PolNeAR layout against each other: see {@link Agreement}. */
  public Agreement agreement(Path folder, String split) throws IOException {
    Path root = splitFolder(folder, split);
    Path texts = root.resolve("text");
    Map<String, List<Path>> byArticle = annotationsByArticle(root);
    Scoring pairs = new Scoring();
    Scoring consensus = new Scoring();
    Scoring system = new Scoring();
    Annotator annotator = Annotator.standard();
    for (Map.Entry<String, List<Path>> entry : byArticle.entrySet()) {
      Path text = texts.resolve(entry.getKey() + ".txt");
      if (entry.getValue().size() < 2 || !Files.isRegularFile(text)) {
        continue;
      }
      String body = Files.readString(text, StandardCharsets.UTF_8);
      List<List<Unit>> annotators = new ArrayList<>();
      for (Path file : entry.getValue()) {
        annotators.add(units(body, BratAttributions.read(file, body.length())));
      }
      List<Unit> predicted = Unit.predicted(body, annotator.annotate(article(entry.getKey(), body)).quotes());
      annotators.forEach(gold -> system.score(gold, predicted));
      for (int first = 0; first < annotators.size(); first++) {
        for (int second = first + 1; second < annotators.size(); second++) {
          pairs.score(annotators.get(first), annotators.get(second));
        }
        if (annotators.size() >= 3) {
          List<List<Unit>> others = new ArrayList<>(annotators);
          others.remove(first);
          consensus.score(annotators.get(first), majority(others));
        }
      }
    }
    return new Agreement(pairs.result(), consensus.result(), system.result());
  }

  /** The relations that more than half of the annotators have (one per overlapping set). */
  private static List<Unit> majority(List<List<Unit>> annotators) {
    List<Unit> kept = new ArrayList<>();
    for (List<Unit> annotator : annotators) {
      for (Unit relation : annotator) {
        long support = annotators.stream().filter(other -> other.stream().anyMatch(unit -> unit.overlap(relation) >= 0.5))
            .count();
        if (support * 2 > annotators.size() && kept.stream().noneMatch(unit -> unit.overlap(relation) >= 0.5)) {
          kept.add(relation);
        }
      }
    }
    return kept;
  }

  /** Counts summed over several scored (gold, predicted) lists. */
  private static final class Scoring {
    final Tally all = new Tally();
    final Tally direct = new Tally();
    final Tally indirect = new Tally();
    final int[] speaker = new int[2];
    final Map<String, int[]> goldCues = new HashMap<>();
    final Map<String, int[]> predictedCues = new HashMap<>();
    int scored;

    Matching score(List<Unit> gold, List<Unit> predicted) {
      scored++;
      return QuoteEvaluation.score(gold, predicted, all, direct, indirect, speaker, goldCues, predictedCues);
    }

    Result result() {
      return result(0);
    }

    Result result(double articlesPerSecond) {
      return new Result(scored, all.scores(), direct.scores(), indirect.scores(), speaker[0], speaker[1],
          articlesPerSecond, tallies(goldCues), tallies(predictedCues));
    }
  }

  private static List<Unit> units(String body, List<BratAttributions.Attribution> attributions) {
    return attributions.stream().map(attribution -> Unit.gold(body, attribution)).toList();
  }

  private static Map<String, CueTally> tallies(Map<String, int[]> counts) {
    Map<String, CueTally> tallies = new TreeMap<>();
    counts.forEach((cue, count) -> tallies.put(cue, new CueTally(count[0], count[1])));
    return tallies;
  }

  /** An article made of the text, with blank-line separated paragraphs. */
  static Article article(String id, String body) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf("\n\n", start);
      end = end < 0 ? body.length() : end;
      Span paragraph = trimmed(body, start, end);
      if (paragraph.length() > 0) {
        paragraphs.add(paragraph);
      }
      start = end + 2;
    }
    return new Article(id, id + ".txt", null, null, null, null, List.of(), body, paragraphs, List.of(), List.of(),
        List.of(), "en");
  }

  private static Span trimmed(String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /**
   * Writes every unmatched unit of {@code units} (gold or predicted), one per line: article, cue,
   * content, the unit of {@code others} sharing the most words with it and that share.
   */
  private static void writeUnmatched(PrintWriter out, String article, List<Unit> units, List<Unit> others,
      boolean[] matched) {
    for (int u = 0; u < units.size(); u++) {
      if (matched[u]) {
        continue;
      }
      Unit best = null;
      double bestOverlap = 0;
      for (Unit other : others) {
        double overlap = units.get(u).overlap(other);
        if (overlap > bestOverlap) {
          best = other;
          bestOverlap = overlap;
        }
      }
      out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", article, units.get(u).cue, units.get(u).text,
          best == null ? "" : String.format(Locale.ROOT, "%.2f %s | %s", bestOverlap, best.cue, best.text));
    }
  }

  /** Which gold and which predicted units were paired. */
  private record Matching(boolean[] gold, boolean[] predicted) {
  }

  private static Matching score(List<Unit> golds, List<Unit> predicted, Tally all, Tally direct, Tally indirect,
      int[] speaker, Map<String, int[]> goldCues, Map<String, int[]> predictedCues) {
    all.gold += golds.size();
    all.predicted += predicted.size();
    for (Unit unit : golds) {
      (unit.direct ? direct : indirect).gold++;
    }
    for (Unit unit : predicted) {
      (unit.direct ? direct : indirect).predicted++;
    }
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double overlap = golds.get(g).overlap(predicted.get(p));
        if (overlap >= 0.5) {
          pairs.add(new double[] {overlap, g, p});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] goldUsed = new boolean[golds.size()];
    boolean[] predictedUsed = new boolean[predicted.size()];
    for (Unit unit : golds) {
      goldCues.computeIfAbsent(unit.cue, cue -> new int[2])[0]++;
    }
    for (Unit unit : predicted) {
      predictedCues.computeIfAbsent(unit.cue, cue -> new int[2])[0]++;
    }
    for (double[] pair : pairs) {
      int g = (int) pair[1];
      int p = (int) pair[2];
      if (goldUsed[g] || predictedUsed[p]) {
        continue;
      }
      goldUsed[g] = true;
      predictedUsed[p] = true;
      Unit gold = golds.get(g);
      Unit guess = predicted.get(p);
      goldCues.get(gold.cue)[1]++;
      predictedCues.get(guess.cue)[1]++;
      boolean exact = pair[0] == 1.0;
      all.match(exact);
      if (gold.direct == guess.direct) {
        (gold.direct ? direct : indirect).match(exact);
      }
      if (gold.speaker != null) {
        speaker[0]++;
        if (guess.speakerRight(gold)) {
          speaker[1]++;
        }
      }
    }
    return new Matching(goldUsed, predictedUsed);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double harmonic(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static final class Tally {
    int gold;
    int predicted;
    int exact;
    int overlap;

    void match(boolean isExact) {
      overlap++;
      if (isExact) {
        exact++;
      }
    }

    Scores scores() {
      return new Scores(gold, predicted, exact, overlap);
    }
  }

  /** A quote as token offsets, with its speaker words (gold source or predicted). */
  private record Unit(Set<Integer> tokens, boolean direct, List<Span> speaker, String speakerName,
      String body, String cue, String text) {

    static Unit gold(String body, BratAttributions.Attribution attribution) {
      String text = attribution.content().isEmpty() ? "" : body.substring(attribution.content().get(0).start()).stripLeading();
      boolean direct = text.startsWith("“") || text.startsWith("\"") || text.startsWith("``") || text.startsWith("''");
      StringBuilder cue = new StringBuilder();
      for (Span span : attribution.cue()) {
        cue.append(cue.isEmpty() ? "" : " ").append(span.of(body).strip().toLowerCase(Locale.ROOT));
      }
      return new Unit(WordTokens.starts(body, attribution.content()), direct,
          attribution.source().isEmpty() ? null : attribution.source(), null, body,
          (direct ? "direct: " : "indirect: ") + cue.toString().replaceAll("\\s+", " "),
          text(body, attribution.content()));
    }

    /** Predicted quotes; a direct quote with the same attribution as the last direct one joins it. */
    static List<Unit> predicted(String body, List<Quote> quotes) {
      List<Unit> units = new ArrayList<>();
      int lastDirect = -1;
      Span lastSpeaker = null;
      for (Quote quote : quotes) {
        Set<Integer> tokens = WordTokens.starts(body, List.of(quote.content()));
        boolean direct = quote.kind() == Quote.Kind.DIRECT;
        if (direct && quote.speakerSpan() != null && quote.speakerSpan().equals(lastSpeaker)) {
          Unit last = units.get(lastDirect);
          Set<Integer> merged = new HashSet<>(last.tokens);
          merged.addAll(tokens);
          units.set(lastDirect, new Unit(merged, true, last.speaker, last.speakerName, body, last.cue,
              last.text + " | " + quote.content().of(body).replaceAll("\\s+", " ")));
          continue;
        }
        units.add(new Unit(tokens, direct, quote.speakerSpan() == null ? null : List.of(quote.speakerSpan()),
            quote.speaker(), body, (direct ? "direct: " : "indirect: ") + quote.cue(), quote.content().of(body).replaceAll("\\s+", " ")));
        if (direct) {
          lastDirect = units.size() - 1;
          lastSpeaker = quote.speakerSpan();
        }
      }
      return units;
    }

    private static String text(String body, List<Span> spans) {
      StringBuilder text = new StringBuilder();
      for (Span span : spans) {
        text.append(text.isEmpty() ? "" : " | ").append(span.of(body));
      }
      return text.toString().replaceAll("\\s+", " ");
    }

    double overlap(Unit other) {
      if (tokens.isEmpty() || other.tokens.isEmpty()) {
        return 0;
      }
      int shared = 0;
      for (Integer token : tokens) {
        if (other.tokens.contains(token)) {
          shared++;
        }
      }
      return (double) shared / Math.max(tokens.size(), other.tokens.size());
    }

    boolean speakerRight(Unit gold) {
      if (speaker != null) {
        for (Span mine : speaker) {
          for (Span theirs : gold.speaker) {
            if (mine.overlaps(theirs)) {
              return true;
            }
          }
        }
      }
      if (speakerName == null) {
        return false;
      }
      String last = speakerName.substring(speakerName.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      for (Span theirs : gold.speaker) {
        if (theirs.of(body).toLowerCase(Locale.ROOT).contains(last)) {
          return true;
        }
      }
      return false;
    }
  }
}
