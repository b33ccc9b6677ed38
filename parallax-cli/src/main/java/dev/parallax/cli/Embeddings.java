package dev.parallax.cli;

import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.embed.MiniLmEncoder;
import java.lang.management.ManagementFactory;

/** Builds the clusterer's embedding check on the bundled MiniLM encoder. */
final class Embeddings {

  private Embeddings() {}

  /** The check with the given band and same-happening cosine, defaults where null. */
  static EmbeddingCheck check(Double band, Double sameCosine) {
    return new EmbeddingCheck(new MiniLmEncoder(), band == null ? EmbeddingCheck.DEFAULT_BAND : band,
        sameCosine == null ? EmbeddingCheck.DEFAULT_SAME_COSINE : sameCosine);
  }

  /** CPU time of the whole process (all threads, the encoder's included), or 0 when unknown. */
  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
