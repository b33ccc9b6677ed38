package dev.parallax.eval;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Readability4J (a Kotlin port of Mozilla's Readability.js), run as a reference extractor on the
 * same pages as Parallax's so that quality and speed can be compared in one process. Evaluation
 * only: the engine never uses it.
 */
public final class Readability4jBodies implements ExtractionEvaluation.BodyExtractor {

  @Override
  public String body(String html, String url) {
    try {
      Article article = new Readability4J(url == null ? "" : url, html).parse();
      return article.getTextContent();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
