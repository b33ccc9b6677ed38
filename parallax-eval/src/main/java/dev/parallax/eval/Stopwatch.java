package dev.parallax.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall time, the process's CPU time (every thread: Lucene's merges, GC, JIT, an embedding
 * encoder's threads) and the calling thread's CPU time since it was started. CPU times read 0
 * where the JVM cannot measure them. Use from one thread.
 */
final class Stopwatch {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long wall = System.nanoTime();
  private final long process = processCpuNanos();
  private final long thread = threadCpuNanos();

  /** Elapsed nanoseconds. */
  record Lap(long wallNanos, long cpuNanos, long threadCpuNanos) {
    static final Lap ZERO = new Lap(0, 0, 0);

    Lap plus(Lap other) {
      return new Lap(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos, threadCpuNanos + other.threadCpuNanos);
    }

    double wallMillis() {
      return wallNanos / 1e6;
    }

    double cpuMillis() {
      return cpuNanos / 1e6;
    }
  }

  static Stopwatch start() {
    return new Stopwatch();
  }

  Lap lap() {
    return new Lap(System.nanoTime() - wall, processCpuNanos() - process, threadCpuNanos() - thread);
  }

  static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  private static long threadCpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }
}
