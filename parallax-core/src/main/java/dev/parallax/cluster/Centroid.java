package dev.parallax.cluster;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The summed profiles of a group of articles: each article's term vector scaled to unit length,
 * and how many articles name each entity (both by {@link Vocabulary} id, ascending). Bounded:
 * past {@value #MAX_TERMS} terms only the heaviest {@value #KEPT_TERMS} are kept (ties by term),
 * so a large event costs no more than a small one to compare. Not thread-safe.
 */
final class Centroid {

  static final int MAX_TERMS = 600;
  static final int KEPT_TERMS = 300;

  private TermVector words = TermVector.EMPTY;
  private int[] entityIds = new int[0];
  private int[] entityCounts = new int[0];
  int articles;
  /** {@link #words} weighted by IDF and scaled to unit length, and the state it was computed in. */
  private TermVector unit = TermVector.EMPTY;
  private int unitArticles = -1;
  private int unitDocuments = -1;
  private boolean closed;

  /** The summed unit-length term vectors of the articles (heaviest terms only, see above). */
  TermVector words() {
    return words;
  }

  /**
   * The words vector weighted by {@code frequencies} and scaled to unit length; recomputed only
   * when the group or the weights changed (the weights change once per batch).
   */
  TermVector unitVector(Frequencies frequencies) {
    if (unitArticles != articles || unitDocuments != frequencies.documents()) {
      unit = words.weightedUnit(frequencies);
      unitArticles = articles;
      unitDocuments = frequencies.documents();
    }
    return unit;
  }

  /** How many of the articles name entity {@code id}. */
  int entityCount(int id) {
    int at = Arrays.binarySearch(entityIds, id);
    return at < 0 ? 0 : entityCounts[at];
  }

  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeBoolean(closed);
    out.writeInt(articles);
    Checkpoints.writeVector(out, words);
    Checkpoints.writeInts(out, entityIds);
    Checkpoints.writeInts(out, entityCounts);
  }

  /** Reads what {@link #write} wrote into this (new) centroid. */
  void read(java.io.DataInputStream in) throws java.io.IOException {
    closed = in.readBoolean();
    articles = in.readInt();
    words = Checkpoints.readVector(in);
    entityIds = Checkpoints.readInts(in);
    entityCounts = Checkpoints.readInts(in);
  }

  /** Whether {@link #close} freed it. */
  boolean closed() {
    return closed;
  }

  /** Frees the vectors of a group that can no longer grow; it then resembles nothing. */
  void close() {
    closed = true;
    words = TermVector.EMPTY;
    entityIds = new int[0];
    entityCounts = new int[0];
    unit = TermVector.EMPTY;
    unitArticles = -1;
  }

  /** Adds an article; {@code vocabulary} orders terms of equal weight when the vector is cut back. */
  void add(ArticleProfile profile, Vocabulary vocabulary) {
    articles++;
    double norm = profile.words().norm();
    if (norm > 0) {
      words = words.plus(profile.words(), 1 / norm);
    }
    addEntities(profile.entities(), j -> 1);
    trim(vocabulary);
  }

  /** Adds the sums of another group (merged into this one); bounded as {@link #add} is. */
  void absorb(Centroid other, Vocabulary vocabulary) {
    articles += other.articles;
    words = words.plus(other.words, 1);
    int[] counts = other.entityCounts;
    addEntities(other.entityIds, j -> counts[j]);
    trim(vocabulary);
  }

  private void trim(Vocabulary vocabulary) {
    if (words.size() > MAX_TERMS) {
      words = heaviest(words, KEPT_TERMS, vocabulary);
    }
  }

  /** Merges sorted entity {@code ids} in, the {@code j}-th counting {@code countAt(j)} articles. */
  private void addEntities(int[] ids, IntUnaryOperator countAt) {
    int[] outIds = new int[entityIds.length + ids.length];
    int[] outCounts = new int[outIds.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < entityIds.length || j < ids.length) {
      if (j == ids.length || (i < entityIds.length && entityIds[i] < ids[j])) {
        outIds[n] = entityIds[i];
        outCounts[n++] = entityCounts[i++];
      } else if (i == entityIds.length || ids[j] < entityIds[i]) {
        outIds[n] = ids[j];
        outCounts[n++] = countAt.applyAsInt(j++);
      } else {
        outIds[n] = entityIds[i];
        outCounts[n++] = entityCounts[i++] + countAt.applyAsInt(j++);
      }
    }
    entityIds = Arrays.copyOf(outIds, n);
    entityCounts = Arrays.copyOf(outCounts, n);
  }

  /** The {@code keep} largest values of {@code vector}; among equal values the alphabetically first terms. */
  static TermVector heaviest(TermVector vector, int keep, Vocabulary vocabulary) {
    double[] values = vector.values();
    if (values.length <= keep) {
      return vector;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double threshold = sorted[sorted.length - keep];
    int above = 0;
    for (double value : values) {
      if (value > threshold) {
        above++;
      }
    }
    int[] ids = vector.ids();
    int tiesKept = keep - above;
    String[] tied = new String[0];
    if (tiesKept > 0) {
      int ties = 0;
      for (double value : values) {
        if (value == threshold) {
          ties++;
        }
      }
      tied = new String[ties];
      int t = 0;
      for (int i = 0; i < values.length; i++) {
        if (values[i] == threshold) {
          tied[t++] = vocabulary.term(ids[i]);
        }
      }
      Arrays.sort(tied);
    }
    String lastTied = tiesKept > 0 ? tied[tiesKept - 1] : null;
    int[] keptIds = new int[keep];
    double[] keptValues = new double[keep];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] > threshold || (values[i] == threshold && lastTied != null
          && vocabulary.term(ids[i]).compareTo(lastTied) <= 0)) {
        keptIds[n] = ids[i];
        keptValues[n++] = values[i];
      }
    }
    return new TermVector(keptIds, keptValues);
  }
}
