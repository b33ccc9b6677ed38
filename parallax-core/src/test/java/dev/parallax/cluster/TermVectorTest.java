package dev.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The int-id vectors give the results the string-keyed maps they replaced gave: the reference
 * computations below are the former {@code Map<String, Double>} arithmetic.
 */
class TermVectorTest {

  private static List<Map<String, Double>> profiles() throws IOException {
    try (InputStream in = TermVectorTest.class.getResourceAsStream("term-weights.txt")) {
      List<Map<String, Double>> profiles = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Map<String, Double> profile = new LinkedHashMap<>();
        for (String pair : line.trim().split(" ")) {
          profile.put(pair.substring(0, pair.indexOf('=')), Double.parseDouble(pair.substring(pair.indexOf('=') + 1)));
        }
        profiles.add(profile);
      }
      return profiles;
    }
  }

  private static TermVector vector(Map<String, Double> words, Vocabulary vocabulary) {
    int[] ids = new int[words.size()];
    double[] values = new double[words.size()];
    int n = 0;
    for (Map.Entry<String, Double> entry : words.entrySet()) {
      ids[n] = vocabulary.id(entry.getKey());
      values[n++] = entry.getValue();
    }
    return TermVector.sorting(ids, values);
  }

  private static double referenceDot(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
    }
    return dot;
  }

  private static Map<String, Double> referenceUnit(Map<String, Double> words, Map<String, Double> idf) {
    Map<String, Double> vector = new HashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> entry : words.entrySet()) {
      double value = entry.getValue() * idf.get(entry.getKey());
      vector.put(entry.getKey(), value);
      sum += value * value;
    }
    double norm = Math.sqrt(sum);
    vector.replaceAll((word, value) -> value / norm);
    return vector;
  }

  @Test
  void cosinesOfIdfWeightedVectorsMatchTheStringMaps() throws IOException {
    List<Map<String, Double>> profiles = profiles();
    Vocabulary vocabulary = new Vocabulary();
    Frequencies frequencies = new Frequencies();
    Map<String, Integer> df = new HashMap<>();
    List<TermVector> vectors = new ArrayList<>();
    for (Map<String, Double> profile : profiles) {
      TermVector vector = vector(profile, vocabulary);
      vectors.add(vector);
      frequencies.add(vector.ids(), new int[0]);
      profile.keySet().forEach(word -> df.merge(word, 1, Integer::sum));
    }
    Map<String, Double> idf = new HashMap<>();
    df.forEach((word, count) -> idf.put(word, Math.log((1.0 + profiles.size()) / (1.0 + count)) + 1.0));
    for (int a = 0; a < profiles.size(); a++) {
      for (int b = 0; b < profiles.size(); b++) {
        double expected = referenceDot(referenceUnit(profiles.get(a), idf), referenceUnit(profiles.get(b), idf));
        double actual = vectors.get(a).weightedUnit(frequencies).dot(vectors.get(b).weightedUnit(frequencies));
        assertEquals(expected, actual, 1e-12, "profiles " + a + " and " + b);
      }
    }
    // the two pirate profiles share words, the rehab and earthquake ones none
    assertTrue(vectors.get(0).weightedUnit(frequencies).dot(vectors.get(1).weightedUnit(frequencies)) > 0.1);
    assertEquals(0.0, vectors.get(2).weightedUnit(frequencies).dot(vectors.get(4).weightedUnit(frequencies)));
  }

  @Test
  void summedUnitVectorsMatchTheStringMaps() throws IOException {
    Vocabulary vocabulary = new Vocabulary();
    Map<String, Double> expected = new HashMap<>();
    TermVector sum = TermVector.EMPTY;
    for (Map<String, Double> profile : profiles()) {
      double norm = Math.sqrt(profile.values().stream().mapToDouble(w -> w * w).sum());
      profile.forEach((word, weight) -> expected.merge(word, weight / norm, Double::sum));
      sum = sum.plus(vector(profile, vocabulary), 1 / norm);
    }
    assertEquals(expected.size(), sum.size());
    for (Map.Entry<String, Double> entry : expected.entrySet()) {
      assertEquals(entry.getValue(), sum.get(vocabulary.id(entry.getKey())), 1e-12, entry.getKey());
    }
    for (int i = 1; i < sum.size(); i++) {
      assertTrue(sum.ids()[i - 1] < sum.ids()[i], "ids ascending");
    }
  }

  @Test
  void cuttingBackKeepsTheHeaviestTermsAndAmongEqualOnesTheAlphabeticallyFirst() {
    Vocabulary vocabulary = new Vocabulary();
    Map<String, Double> words = new LinkedHashMap<>();
    words.put("zulu", 1.0);
    words.put("alpha", 1.0);
    words.put("mike", 3.0);
    words.put("bravo", 1.0);
    words.put("kilo", 0.5);
    TermVector kept = Centroid.heaviest(vector(words, vocabulary), 3, vocabulary);
    assertEquals(3, kept.size());
    assertEquals(3.0, kept.get(vocabulary.id("mike")));
    assertEquals(1.0, kept.get(vocabulary.id("alpha")));
    assertEquals(1.0, kept.get(vocabulary.id("bravo")));
    assertEquals(0.0, kept.get(vocabulary.id("zulu")));
  }
}
