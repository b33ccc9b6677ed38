package dev.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the terms clustering compares (content words, numbers, entity keys) as dense int ids
 * 0, 1, 2, ... in order of first use, so vectors are sorted primitive arrays and the hot path
 * hashes no strings. Not thread-safe.
 */
final class Vocabulary {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /** The id of {@code term}, assigned on first use. */
  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  /** The term of an id. */
  String term(int id) {
    return terms.get(id);
  }

  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(terms.size());
    for (String term : terms) {
      out.writeUTF(term);
    }
  }

  /** Reads what {@link #write} wrote into this (empty) vocabulary. */
  void read(java.io.DataInputStream in) throws java.io.IOException {
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      id(in.readUTF());
    }
  }

  /** How many terms have ids (every id is below this). */
  int size() {
    return terms.size();
  }
}
