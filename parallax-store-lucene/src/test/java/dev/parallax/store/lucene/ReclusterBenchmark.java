package dev.parallax.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.Parallax;
import dev.parallax.ReclusterReport;
import dev.parallax.model.ClusterChange;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The recluster run of docs/PERFORMANCE.md, a benchmark rather than a test (its name keeps it
 * out of the normal test run): copies a store (the 10k-article store {@code LoadBenchmark}
 * fills), opens it, re-clusters it twice and prints the CPU time of this thread for opening
 * (re-annotation) and for each recluster, per article, the heap, and what changed. The second
 * run must store and record nothing. Skips when the store is absent. Run:
 *
 * <pre>
 * nice -n 10 mvn -B -q -o -pl parallax-store-lucene -am test -Dtest=ReclusterBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.store=$PWD/parallax-server/target/bench-store-10000
 * </pre>
 */
class ReclusterBenchmark {

  @Test
  void reclusterAStoreTwice() throws IOException {
    Path source = Path.of(System.getProperty("bench.store", "../parallax-server/target/bench-store-10000"));
    Assumptions.assumeTrue(Files.isDirectory(source), "no store at " + source);
    Path copy = Path.of("target/recluster-bench");
    delete(copy);
    copyTree(source, copy);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long started = threads.getCurrentThreadCpuTime();
    try (Parallax parallax = Parallax.builder().store(LuceneStore.open(copy)).build()) {
      double openSeconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
      System.gc();
      long heapOpen = heapUsed();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

      started = threads.getCurrentThreadCpuTime();
      ReclusterReport first = parallax.recluster();
      double firstSeconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
          .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

      started = threads.getCurrentThreadCpuTime();
      ReclusterReport second = parallax.recluster();
      double secondSeconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
      System.gc();
      long heapAfter = heapUsed();

      int n = first.articles();
      System.out.printf(Locale.ROOT, "recluster of %d articles: events %d -> %d, stories %d -> %d, %d merges, %d splits%n",
          n, first.eventsBefore(), first.eventsAfter(), first.storiesBefore(), first.storiesAfter(),
          first.count(ClusterChange.Kind.MERGE), first.count(ClusterChange.Kind.SPLIT));
      System.out.printf(Locale.ROOT, "CPU s: open (re-annotate, resume) %.1f = %.0f us/article; first recluster %.1f = %.0f"
          + " us/article; second (no-op) %.1f = %.0f us/article%n", openSeconds, openSeconds * 1e6 / n,
          firstSeconds, firstSeconds * 1e6 / n, secondSeconds, secondSeconds * 1e6 / n);
      System.out.printf(Locale.ROOT, "heap after open %d MiB, peak during recluster <= %d MiB (sum of pool peaks),"
          + " after %d MiB%n", heapOpen >> 20, peak >> 20, heapAfter >> 20);
      assertFalse(second.stored(), "a second recluster stores nothing");
      assertEquals(0, second.changes().size());
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
