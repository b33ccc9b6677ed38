package dev.parallax.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.parallax.cluster.SentenceEncoder;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) run in-process on CPU through ONNX Runtime, by
 * LangChain4j; the weights ship inside the jar, nothing is downloaded. The model is loaded on
 * the first {@link #encode} (about a second), so an encoder never asked costs nothing. The tokenizer's native library is unpacked under {@code DJL_CACHE_DIR}
 * (default {@code ~/.djl.ai}). Not thread-safe. Texts beyond the model's 256 word pieces are cut.
 */
public final class MiniLmEncoder implements SentenceEncoder {

  private AllMiniLmL6V2QuantizedEmbeddingModel model;

  @Override
  public String name() {
    return "all-MiniLM-L6-v2-q";
  }

  @Override
  public float[] encode(String text) {
    if (model == null) {
      model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
    return model.embed(text.isBlank() ? "-" : text).content().vector();
  }
}
