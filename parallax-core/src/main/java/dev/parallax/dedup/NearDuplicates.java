package dev.parallax.dedup;

import dev.parallax.model.Article;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The dedup stage: finds which of an event's articles are copies of one text (syndicated or
 * lightly edited re-publications) and counts the event's independent origins. Copies are pairs
 * whose MinHash similarity reaches {@link #COPY_SIMILARITY}; candidate pairs come from
 * locality-sensitive hashing of the signatures (bands of rows), not from comparing all pairs;
 * articles with one signature (exact copies) are copies at once and enter the bands as one.
 * Articles that credit the same wire service, or credit the outlet of another member, share that
 * origin. Thread-safe.
 */
public final class NearDuplicates {

  /** Estimated shingle Jaccard similarity from which two articles are copies of one text. */
  public static final double COPY_SIMILARITY = 0.5;
  private static final int ROWS_PER_BAND = 4;

  /** The origins of the articles of one event, given in arrival order. */
  public Origins origins(List<Article> members) {
    Objects.requireNonNull(members, "members");
    int n = members.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    List<long[]> signatures = members.stream().map(article -> MinHash.signature(text(article))).toList();
    boolean[] banded = new boolean[n];
    Map<LongBuffer, Integer> firstWithSignature = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long[] signature = signatures.get(i);
      if (signature[0] != Long.MAX_VALUE) {
        Integer first = firstWithSignature.putIfAbsent(LongBuffer.wrap(signature), i);
        if (first != null && MinHash.similarity(signature, signature) >= COPY_SIMILARITY) {
          union(parent, first, i);
        } else {
          banded[i] = true;
        }
      }
    }
    for (int band = 0; band < MinHash.SIZE / ROWS_PER_BAND; band++) {
      Map<List<Long>, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        long[] signature = signatures.get(i);
        if (!banded[i]) {
          continue;
        }
        List<Long> key = new ArrayList<>(ROWS_PER_BAND);
        for (int row = 0; row < ROWS_PER_BAND; row++) {
          key.add(signature[band * ROWS_PER_BAND + row]);
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            if (find(parent, a) != find(parent, b)
                && MinHash.similarity(signatures.get(a), signatures.get(b)) >= COPY_SIMILARITY) {
              union(parent, a, b);
            }
          }
        }
      }
    }
    Map<String, Integer> bySource = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String credit : members.get(i).credits()) {
        Integer first = bySource.putIfAbsent(name(credit), i);
        if (first != null) {
          union(parent, first, i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String outlet = members.get(i).outlet();
      Integer crediting = outlet == null ? null : bySource.get(name(outlet));
      if (crediting != null) {
        union(parent, crediting, i);
      }
    }
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(members.get(i).id());
    }
    long outlets = members.stream().map(Article::outlet).filter(Objects::nonNull).map(NearDuplicates::name)
        .distinct().count();
    List<List<String>> copies = groups.values().stream().filter(group -> group.size() > 1).toList();
    return new Origins(n, (int) outlets, groups.size(), copies);
  }

  private static String text(Article article) {
    return article.headline() == null ? article.body() : article.headline() + "\n\n" + article.body();
  }

  private static String name(String source) {
    return source.strip().toLowerCase(Locale.ROOT);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }
}
