package dev.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Candidate pairs for the sentence test of {@link FactAligner}: an inverted index over the
 * statements' rarer content words. Statements with the same words in the same map order
 * (copies of one sentence) form one group, indexed and probed once. Words are ordered rarest
 * first (highest IDF, then alphabetically); each group is indexed by its rarest words: the
 * shortest run of them that leaves out less than {@value #UNINDEXED} of its IDF-weighted
 * length, or all but {@value FactAligner#MIN_SHARED_WORDS} − 1 of its words when that is
 * shorter. A sentence whose cosine with it reaches {@value FactAligner#SAME_SENTENCE} must
 * contain one of the first run (the words left out cannot add up to that much), and one sharing
 * {@value FactAligner#MIN_SHARED_WORDS} words with it one of the second; the test asks for both.
 * A probe with all of a group's words adds up the cosine over the indexed words; a pair whose
 * sum plus the length of the words left out stays below the threshold (less a margin for
 * rounding) cannot pass and is dropped. So every pair that can pass the test is found, except
 * where a word's postings are full ({@link #POSTINGS}). Statements with fewer than {@value
 * FactAligner#MIN_SHARED_WORDS} words cannot pass it and are neither indexed nor probed.
 */
final class WordIndex {

  /**
   * Groups kept per word, the first in statement order; a later one is then found only through
   * its other indexed words or its own probe.
   */
  static final int POSTINGS = 1000;
  /**
   * Length of a statement's unit vector its indexed words may leave out: below the threshold
   * (else a pair could pass on the other words alone), well below it so that the words left out
   * cannot make up for a small sum over the indexed ones.
   */
  static final double UNINDEXED = 0.25;
  /** Relative margin kept below the threshold, for the rounding of the cosine. */
  private static final double MARGIN = 1e-6;

  /** The groups indexed under a word, ascending, with the word's share of each one's unit vector. */
  private record Postings(int[] groups, double[] weights) {}

  private final List<Statement> statements;
  /** The statements with the same words in the same map order: first member, members, and their one article or null. */
  private final List<Integer> firsts = new ArrayList<>();
  private final List<List<Integer>> members = new ArrayList<>();
  private final List<String> soleArticle = new ArrayList<>();
  private final Map<String, Double> idf;
  private final double[] norms;
  private final Map<String, Postings> postings = new HashMap<>();
  /** Per group, the length of its unit vector over the words it is not indexed by. */
  private final double[] rest;
  private final int[] seen;
  private final double[] sums;
  private int[] found = new int[64];

  WordIndex(List<Statement> statements, Map<String, Double> idf, double[] norms) {
    this.statements = statements;
    this.idf = idf;
    this.norms = norms;
    Map<String, List<Integer>> lists = new HashMap<>();
    Comparator<String> rarestFirst = Comparator.comparingDouble((String word) -> -idf.get(word))
        .thenComparing(Comparator.naturalOrder());
    Map<List<Map.Entry<String, Integer>>, Integer> classes = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      int statement = i;
      int id = classes.computeIfAbsent(new ArrayList<>(statements.get(i).words().entrySet()), key -> {
        firsts.add(statement);
        members.add(new ArrayList<>());
        soleArticle.add(statements.get(statement).articleId());
        return firsts.size() - 1;
      });
      members.get(id).add(i);
      if (soleArticle.get(id) != null && !soleArticle.get(id).equals(statements.get(i).articleId())) {
        soleArticle.set(id, null);
      }
    }
    rest = new double[firsts.size()];
    for (int c = 0; c < firsts.size(); c++) {
      int first = firsts.get(c);
      Map<String, Integer> words = statements.get(first).words();
      List<String> prefix = prefix(words, rarestFirst);
      double left = 0;
      for (String word : words.keySet()) {
        List<Integer> list = prefix.contains(word) ? lists.computeIfAbsent(word, w -> new ArrayList<>()) : null;
        if (list != null && list.size() < POSTINGS) {
          list.add(c);
        } else {
          double share = share(words, word, first);
          left += share * share;
        }
      }
      rest[c] = Math.sqrt(left);
    }
    lists.forEach((word, list) -> {
      int[] indexed = list.stream().mapToInt(Integer::intValue).toArray();
      double[] weights = new double[indexed.length];
      for (int k = 0; k < indexed.length; k++) {
        int first = firsts.get(indexed[k]);
        weights[k] = share(statements.get(first).words(), word, first);
      }
      postings.put(word, new Postings(indexed, weights));
    });
    seen = new int[firsts.size()];
    Arrays.fill(seen, -1);
    sums = new double[firsts.size()];
  }

  /** How many groups of statements with the same words (in the same order) there are. */
  int groups() {
    return firsts.size();
  }

  /** The first statement of a group. */
  int first(int group) {
    return firsts.get(group);
  }

  /** The statements of a group, ascending. */
  List<Integer> members(int group) {
    return members.get(group);
  }

  /** Whether all the statements of a group are of one article. */
  boolean oneArticle(int group) {
    return soleArticle.get(group) != null;
  }

  /**
   * Calls {@code partner} once for each group after {@code group}, not all of one article with
   * it, that shares an indexed word with it and may reach the threshold. Not thread-safe: one
   * index per {@link FactAligner#align} call.
   */
  void forEachPartner(int group, IntConsumer partner) {
    Map<String, Integer> words = statements.get(firsts.get(group)).words();
    if (words.size() < FactAligner.MIN_SHARED_WORDS) {
      return;
    }
    String article = soleArticle.get(group);
    int count = 0;
    for (String word : words.keySet()) {
      Postings list = postings.get(word);
      if (list == null) {
        continue;
      }
      double mine = share(words, word, firsts.get(group));
      int from = Arrays.binarySearch(list.groups, group + 1);
      for (int k = from >= 0 ? from : -from - 1; k < list.groups.length; k++) {
        int other = list.groups[k];
        if (seen[other] != group) {
          if (article != null && article.equals(soleArticle.get(other))) {
            continue;
          }
          seen[other] = group;
          sums[other] = 0;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = other;
        }
        sums[other] += mine * list.weights[k];
      }
    }
    double bound = FactAligner.SAME_SENTENCE * (1 - MARGIN);
    for (int k = 0; k < count; k++) {
      int other = found[k];
      if (sums[other] + rest[other] >= bound) {
        partner.accept(other);
      }
    }
  }

  /** A word's coordinate in a statement's unit vector. */
  private double share(Map<String, Integer> words, String word, int statement) {
    return words.get(word) * idf.get(word) / norms[statement];
  }

  private List<String> prefix(Map<String, Integer> words, Comparator<String> order) {
    if (words.size() < FactAligner.MIN_SHARED_WORDS) {
      return List.of();
    }
    List<String> sorted = new ArrayList<>(words.keySet());
    sorted.sort(order);
    double[] suffix = new double[sorted.size() + 1];
    for (int k = sorted.size() - 1; k >= 0; k--) {
      double value = words.get(sorted.get(k)) * idf.get(sorted.get(k));
      suffix[k] = suffix[k + 1] + value * value;
    }
    double enough = UNINDEXED * UNINDEXED * suffix[0];
    int length = 0;
    while (length < sorted.size() && suffix[length] >= enough) {
      length++;
    }
    return sorted.subList(0, Math.min(length, sorted.size() - FactAligner.MIN_SHARED_WORDS + 1));
  }
}
