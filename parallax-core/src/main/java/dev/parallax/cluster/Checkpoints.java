package dev.parallax.cluster;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/** Primitive pieces of a clusterer checkpoint (see {@link Clusterer#checkpoint}): arrays, vectors, days. */
final class Checkpoints {

  private Checkpoints() {}

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[length(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  static void writeVector(DataOutputStream out, TermVector vector) throws IOException {
    writeInts(out, vector.ids());
    for (double value : vector.values()) {
      out.writeDouble(value);
    }
  }

  static TermVector readVector(DataInputStream in) throws IOException {
    int[] ids = readInts(in);
    double[] values = new double[ids.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return ids.length == 0 ? TermVector.EMPTY : new TermVector(ids, values);
  }

  static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
    out.writeBoolean(day != null);
    if (day != null) {
      out.writeLong(day.toEpochDay());
    }
  }

  static LocalDate readDay(DataInputStream in) throws IOException {
    return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
  }

  /** A length read back, checked so a damaged checkpoint fails clearly instead of allocating wildly. */
  static int length(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 28) {
      throw new IOException("checkpoint damaged: a length of " + length);
    }
    return length;
  }
}
