package dev.parallax.compare;

import dev.parallax.internal.Centrality;
import dev.parallax.internal.SparseVectors;
import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The facts stage: aligns the statements (lead-story sentences) of a set of articles, an event
 * or a story, into facts. Two sentences of different articles state one fact when their
 * content words are close (IDF-weighted cosine ≥ {@value #SAME_SENTENCE}, sharing at least
 * {@value #MIN_SHARED_WORDS} words) or when they give the same figure for the same thing after
 * unit normalisation ("1,340-kilometer border" = "830-mile border"). Figures of the same
 * measure that cannot both be true make a conflict; figures of different measures (a daily
 * rate and a monthly total, people and asylum seekers) never do. Facts reported by two or more
 * independent origins (different outlets, or different wording) are agreed; sentences that
 * only one article states are partial facts when they carry a figure, a date or names.
 *
 * <p>Pairs are found, not enumerated: {@link WordIndex} yields the pairs of sentences that can
 * pass the sentence test (copies of one sentence as one), {@link MeasureIndex} those with
 * figures that can be compared, visited in the order of the pairwise loop (the figure a
 * statement shows depends on it); the most central member of a fact comes from {@link
 * Centrality}. The facts, their kinds, statements and order are those of comparing every pair,
 * with one exception: a word indexes at most {@value WordIndex#POSTINGS} distinct sentences, and
 * a pair whose shared indexed words are all full is missed (it may still be joined through
 * others; the cap changes no output on the samples, the seeds or the generated stories of up
 * to 5,000 articles). Cost: near-linear in the sentences, plus the square of the largest set of counts
 * of one noun (all compared with each other), plus the output: each fact lists the absent
 * articles. Thread-safe.
 */
public final class FactAligner {

  /** IDF-weighted cosine of content words from which two sentences state one fact. */
  static final double SAME_SENTENCE = 0.5;
  static final int MIN_SHARED_WORDS = 3;
  /** Minimum cosine between two sentences whose differing figures for one thing are a conflict. */
  static final double CONFLICT_CONTEXT = 0.1;

  private static final Pattern PRONOUN_OPENING = Pattern.compile("(?:He|She|It|They|This|These|That|Those|We|I)\\b");

  /** The facts of these articles: agreed first, then conflicts, then partial facts. */
  public List<Fact> align(List<AnnotatedArticle> articles) {
    List<Statement> statements = Statement.of(articles);
    Map<String, Double> idf = idf(statements);
    ToDoubleFunction<String> weight = word -> idf.getOrDefault(word, 1.0);
    double[] norms = statements.stream().mapToDouble(statement -> SparseVectors.norm(statement.words(), weight)).toArray();
    WordIndex words = new WordIndex(statements, idf, norms);
    MeasureIndex measures = new MeasureIndex(statements);
    UnitVectors vectors = new UnitVectors(statements, weight, norms);
    UnionFind groups = new UnionFind(statements.size());
    Set<Integer> contradicted = new HashSet<>();
    Map<Integer, String> figures = new HashMap<>();
    uniteSimilar(statements, words, weight, norms, groups);
    for (int a = 0; a < statements.size(); a++) {
      Statement first = statements.get(a);
      int from = a;
      for (int b : measures.partners(a)) {
        int to = b;
        compareFigures(statements, a, b, () -> {
          double close = vectors.cosine(from, to);
          return Math.abs(close - CONFLICT_CONTEXT) > UnitVectors.ROUNDING ? close >= CONFLICT_CONTEXT
              : SparseVectors.cosine(first.words(), statements.get(to).words(), weight, norms[from], norms[to])
                  >= CONFLICT_CONTEXT;
        }, groups, contradicted, figures);
      }
    }
    List<String> scope = articles.stream().map(AnnotatedArticle::id).toList();
    List<Fact> facts = new ArrayList<>();
    for (List<Integer> members : groups.components()) {
      Fact fact = fact(scope, statements, members, contradicted, figures, weight);
      if (fact != null) {
        facts.add(fact);
      }
    }
    facts.sort(Comparator.comparing((Fact fact) -> fact.kind().ordinal())
        .thenComparing(fact -> -fact.articles().size()));
    return facts;
  }

  /**
   * Unites the statements of different articles whose words are close (see {@link WordIndex}):
   * statements with the same words as one, pairs of them only where the index finds them.
   */
  private static void uniteSimilar(List<Statement> statements, WordIndex words, ToDoubleFunction<String> weight,
      double[] norms, UnionFind groups) {
    boolean[] whole = new boolean[words.groups()];
    for (int c = 0; c < words.groups(); c++) {
      int first = words.first(c);
      Map<String, Integer> own = statements.get(first).words();
      if (!words.oneArticle(c) && own.size() >= MIN_SHARED_WORDS
          && SparseVectors.cosine(own, own, weight, norms[first], norms[first]) >= SAME_SENTENCE) {
        words.members(c).forEach(member -> groups.union(first, member));
        whole[c] = true;
      }
    }
    for (int c = 0; c < words.groups(); c++) {
      int group = c;
      int first = words.first(c);
      Statement statement = statements.get(first);
      words.forEachPartner(c, other -> {
        int second = words.first(other);
        if (whole[group] && whole[other] && groups.find(first) == groups.find(second)) {
          return;
        }
        Statement partner = statements.get(second);
        double similarity = SparseVectors.cosine(statement.words(), partner.words(), weight, norms[first], norms[second]);
        if (similarity >= SAME_SENTENCE && shared(statement, partner) >= MIN_SHARED_WORDS) {
          for (int member : whole[group] ? List.of(first) : words.members(group)) {
            groups.union(first, member);
          }
          for (int member : whole[other] ? List.of(second) : words.members(other)) {
            groups.union(first, member);
          }
        }
      });
    }
  }

  /**
   * Compares each figure of one sentence with the figures of the same measure in the other: one
   * that agrees links the sentences; when none agrees (and the sentences are close enough), the
   * figure is contradicted. A sentence that gives two figures ("12 percent asked, 5 percent
   * offered") agrees with another giving both.
   */
  private static void compareFigures(List<Statement> statements, int a, int b, BooleanSupplier closeEnough,
      UnionFind groups, Set<Integer> contradicted, Map<Integer, String> figures) {
    Statement first = statements.get(a);
    Statement second = statements.get(b);
    for (Figure x : first.figures()) {
      Figure comparable = null;
      Figure agreeing = null;
      for (Figure y : second.figures()) {
        if (comparable(x, first, y, second)) {
          comparable = comparable == null ? y : comparable;
          agreeing = agreeing == null && x.consistentWith(y) ? y : agreeing;
        }
      }
      if (comparable == null) {
        continue;
      }
      if (agreeing != null) {
        groups.union(a, b);
        Figure agreed = agreeing;
        figures.computeIfAbsent(a, key -> x.quantity().span().of(first.article().body()));
        figures.computeIfAbsent(b, key -> agreed.quantity().span().of(second.article().body()));
      } else if (closeEnough.getAsBoolean() && !agreesElsewhere(x, second)
          && noComparableAgreesElsewhere(x, first, second)) {
        groups.union(a, b);
        contradicted.add(a);
        contradicted.add(b);
        figures.put(a, x.quantity().span().of(first.article().body()));
        figures.put(b, comparable.quantity().span().of(second.article().body()));
      }
    }
  }

  private static boolean comparable(Figure x, Statement first, Figure y, Statement second) {
    return x.sameMeasure(y) && (x.counts() || sameThing(x, first, y, second));
  }

  private static boolean noComparableAgreesElsewhere(Figure x, Statement first, Statement second) {
    for (Figure y : second.figures()) {
      if (comparable(x, first, y, second) && agreesElsewhere(y, first)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence gives the same figure for something, whatever noun it attaches it to
   * ("about 300 whose houses were damaged" agrees with "300 people whose homes were damaged").
   */
  private static boolean agreesElsewhere(Figure x, Statement sentence) {
    return sentence.figures().stream().anyMatch(y -> x.quantity().dimension() == y.quantity().dimension()
        && (x.counts() || x.quantity().standardUnit().equals(y.quantity().standardUnit()))
        && Objects.equals(x.quantity().per(), y.quantity().per()) && x.consistentWith(y));
  }

  /** Whether two measurements are of one thing: the noun one measures is named by the other's sentence. */
  private static boolean sameThing(Figure x, Statement first, Figure y, Statement second) {
    if (x.thing() != null && x.thing().equals(y.thing())) {
      return true;
    }
    return named(x.thing(), second) || named(y.thing(), first);
  }

  private static boolean named(String thing, Statement statement) {
    if (thing == null) {
      return false;
    }
    if (thing.indexOf(' ') < 0) {
      return statement.words().containsKey(thing);
    }
    for (String word : thing.split(" ")) {
      if (!statement.words().containsKey(word)) {
        return false;
      }
    }
    return true;
  }

  private static Fact fact(List<String> scope, List<Statement> statements, List<Integer> members,
      Set<Integer> contradicted, Map<Integer, String> figures, ToDoubleFunction<String> weight) {
    Set<String> articleIds = new LinkedHashSet<>();
    members.forEach(index -> articleIds.add(statements.get(index).articleId()));
    boolean conflict = members.stream().anyMatch(contradicted::contains);
    Fact.Kind kind;
    if (conflict) {
      kind = Fact.Kind.CONFLICT;
    } else if (origins(statements, members) >= 2) {
      kind = Fact.Kind.AGREED;
    } else if (scope.size() > 1 && articleIds.size() == 1 && members.stream().anyMatch(i -> factual(statements.get(i)))) {
      kind = Fact.Kind.PARTIAL;
    } else {
      return null;
    }
    List<FactStatement> stated = new ArrayList<>();
    for (int index : members) {
      Statement statement = statements.get(index);
      FactStatement.Stance stance = contradicted.contains(index) ? FactStatement.Stance.CONTRADICTED
          : statement.attributed() ? FactStatement.Stance.ATTRIBUTED : FactStatement.Stance.STATED;
      stated.add(new FactStatement(statement.articleId(), statement.span(), stance, figures.get(index)));
    }
    List<String> absent = scope.stream().filter(id -> !articleIds.contains(id)).toList();
    String text = conflict ? conflictText(members, contradicted, figures) : central(statements, members, weight).text();
    return new Fact(text, kind, stated, absent);
  }

  /** Independent origins: different outlets (an article with no known outlet counts alone); copied words count once. */
  private static int origins(List<Statement> statements, List<Integer> members) {
    Set<String> outlets = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (int index : members) {
      Statement statement = statements.get(index);
      if (texts.add(statement.text().replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT))) {
        String outlet = statement.article().article().outlet();
        outlets.add(outlet == null ? "#" + statement.articleId() : outlet.toLowerCase(Locale.ROOT));
      }
    }
    return outlets.size();
  }

  /** A lone sentence is worth listing when it carries a figure, a date or at least two names. */
  private static boolean factual(Statement statement) {
    if (!statement.figures().isEmpty()) {
      return true;
    }
    AnnotatedArticle article = statement.article();
    for (TimeExpression time : article.times()) {
      if (statement.span().contains(time.span()) && time.granularity() == TimeExpression.Granularity.DAY) {
        return true;
      }
    }
    return article.mentions().stream().filter(mention -> statement.span().contains(mention.span()))
        .map(mention -> mention.entity()).distinct().count() >= 2;
  }

  /**
   * The member closest to the others (summed cosines; see {@link Centrality}); a sentence opening
   * with a pronoun ("It has closed ...") is a poor stand-alone text.
   */
  private static Statement central(List<Statement> statements, List<Integer> members, ToDoubleFunction<String> weight) {
    List<Map<String, Integer>> words = new ArrayList<>();
    List<Centrality.Candidate> candidates = new ArrayList<>();
    for (int index : members) {
      Statement statement = statements.get(index);
      words.add(statement.words());
      double start = PRONOUN_OPENING.matcher(statement.text()).lookingAt() ? -1 : 0;
      candidates.add(new Centrality.Candidate(statement.words(), candidates.size(), start, 0));
    }
    return statements.get(members.get(Centrality.first(candidates, words, weight)));
  }

  private static String conflictText(List<Integer> members, Set<Integer> contradicted, Map<Integer, String> figures) {
    Set<String> values = new LinkedHashSet<>();
    for (int index : members) {
      if (contradicted.contains(index) && figures.containsKey(index)) {
        values.add("“" + figures.get(index) + "”");
      }
    }
    return "Figures differ: " + String.join(" vs ", values) + ".";
  }

  private static int shared(Statement first, Statement second) {
    int shared = 0;
    for (String word : first.words().keySet()) {
      if (second.words().containsKey(word)) {
        shared++;
      }
    }
    return shared;
  }

  private static Map<String, Double> idf(List<Statement> statements) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Statement statement : statements) {
      statement.words().keySet().forEach(word -> frequency.merge(word, 1, Integer::sum));
    }
    Map<String, Double> idf = new HashMap<>();
    frequency.forEach((word, count) -> idf.put(word, Math.log(1 + (double) statements.size() / count)));
    return idf;
  }

  /** Disjoint sets over statement indices (union by size); components listed in order of their first member. */
  static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int count) {
      parent = new int[count];
      size = new int[count];
      for (int i = 0; i < count; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA != rootB) {
        int small = size[rootA] < size[rootB] ? rootA : rootB;
        int large = small == rootA ? rootB : rootA;
        parent[small] = large;
        size[large] += size[small];
      }
    }

    List<List<Integer>> components() {
      Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
      for (int i = 0; i < parent.length; i++) {
        byRoot.computeIfAbsent(find(i), root -> new ArrayList<>()).add(i);
      }
      return List.copyOf(byRoot.values());
    }
  }
}
