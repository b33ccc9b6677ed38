package dev.parallax.cluster;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A second opinion from sentence embeddings on the cuts {@link Bisection} is unsure of: those
 * whose across/within ratio lies within {@code band} of the split ratio. Such a cut is kept
 * exactly when the cosine of the two halves' mean embeddings is below {@code sameCosine}.
 * An article is embedded once, from its headline and first sentences (at most {@value
 * #MAX_CHARS} characters); the embeddings of the latest {@value #CACHE} articles are kept by id.
 * Not thread-safe.
 */
public final class EmbeddingCheck {

  /** Default {@link #band()}, tuned on the ECB+ train and dev topics. */
  public static final double DEFAULT_BAND = 0.1;
  /** Default {@link #sameCosine()}, tuned on the ECB+ train and dev topics. */
  public static final double DEFAULT_SAME_COSINE = 0.8;
  /** Characters of headline and lead sentences an article is embedded from, at most. */
  static final int MAX_CHARS = 600;
  /** Embeddings kept, latest used first out. */
  static final int CACHE = 10_000;

  private final SentenceEncoder encoder;
  private final double band;
  private final double sameCosine;
  private final Map<String, float[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHE;
    }
  };
  private long embedded;
  private long consulted;

  /** {@code band} around the split ratio in which the embeddings decide; {@code sameCosine} at which halves are one happening. */
  public EmbeddingCheck(SentenceEncoder encoder, double band, double sameCosine) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    if (band < 0 || sameCosine < -1 || sameCosine > 1) {
      throw new IllegalArgumentException("need band >= 0 and sameCosine in [-1, 1], got " + band + " and " + sameCosine);
    }
    this.band = band;
    this.sameCosine = sameCosine;
  }

  /** With the default band and cosine. */
  public EmbeddingCheck(SentenceEncoder encoder) {
    this(encoder, DEFAULT_BAND, DEFAULT_SAME_COSINE);
  }

  public SentenceEncoder encoder() {
    return encoder;
  }

  public double band() {
    return band;
  }

  public double sameCosine() {
    return sameCosine;
  }

  /** Articles embedded so far (each once, unless it fell out of the cache). */
  public long embedded() {
    return embedded;
  }

  /** Uncertain cuts decided by the embeddings so far. */
  public long consulted() {
    return consulted;
  }

  /** Whether a cut at {@code cutRatio} (across over within) is close enough to {@code splitRatio} to ask. */
  boolean uncertain(double cutRatio, double splitRatio) {
    return Math.abs(cutRatio - splitRatio) < band;
  }

  /** Whether the two groups of articles read as one happening: their mean embeddings' cosine reaches {@code sameCosine}. */
  boolean same(List<AnnotatedArticle> a, List<AnnotatedArticle> b) {
    consulted++;
    return cosine(mean(a), mean(b)) >= sameCosine;
  }

  private double[] mean(List<AnnotatedArticle> articles) {
    double[] sum = null;
    for (AnnotatedArticle article : articles) {
      float[] vector = vector(article);
      if (sum == null) {
        sum = new double[vector.length];
      }
      double norm = 0;
      for (float value : vector) {
        norm += value * value;
      }
      norm = norm == 0 ? 1 : Math.sqrt(norm);
      for (int i = 0; i < vector.length; i++) {
        sum[i] += vector[i] / norm;
      }
    }
    return sum;
  }

  private static double cosine(double[] x, double[] y) {
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
  }

  private float[] vector(AnnotatedArticle article) {
    float[] vector = cache.get(article.id());
    if (vector == null) {
      vector = encoder.encode(text(article));
      embedded++;
      cache.put(article.id(), vector);
    }
    return vector;
  }

  /** The headline and the first sentences of the body, cut at {@value #MAX_CHARS} characters. */
  static String text(AnnotatedArticle annotated) {
    StringBuilder text = new StringBuilder();
    String headline = annotated.article().headline();
    if (headline != null && !headline.isBlank()) {
      text.append(headline.strip()).append(". ");
    }
    String body = annotated.article().body();
    List<Span> sentences = annotated.sentences();
    if (sentences.isEmpty()) {
      text.append(body, 0, Math.min(body.length(), MAX_CHARS));
    }
    for (Span sentence : sentences) {
      if (text.length() >= MAX_CHARS) {
        break;
      }
      text.append(body, sentence.start(), sentence.end()).append(' ');
    }
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString().strip();
  }
}
