package dev.parallax.cluster;

/**
 * Maps a text to a dense vector (a sentence embedding) whose cosine tells how alike two texts
 * are in meaning. Implementations live outside the core (see the parallax-embed module); the
 * clusterer calls one only on its uncertain decisions (see {@link EmbeddingCheck}).
 */
public interface SentenceEncoder {

  /** A short name for reports, such as the model's. */
  String name();

  /** The text's embedding; every call returns vectors of one length. */
  float[] encode(String text);
}
