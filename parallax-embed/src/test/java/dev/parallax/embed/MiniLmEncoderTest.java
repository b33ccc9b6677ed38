package dev.parallax.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {

  private static double cosine(float[] x, float[] y) {
    double dot = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return dot / Math.sqrt(xx * yy);
  }

  @Test
  void paraphrasesAreCloserThanAnUnrelatedSentence() {
    MiniLmEncoder encoder = new MiniLmEncoder();
    float[] a = encoder.encode("A ferry carrying ninety passengers sank off the coast of Velmora on Tuesday.");
    float[] b = encoder.encode("On Tuesday a passenger boat with 90 people aboard went down near Velmora's shore.");
    float[] c = encoder.encode("The city council of Brandt approved a new budget for public libraries.");
    assertEquals(384, a.length);
    assertTrue(cosine(a, b) > cosine(a, c) + 0.2, cosine(a, b) + " vs " + cosine(a, c));
  }
}
