package dev.parallax.eval;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.StoryPage;
import dev.parallax.StorySummary;
import dev.parallax.StoryView;
import dev.parallax.cluster.EmbeddingCheck;
import dev.parallax.model.RawDocument;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The whole path at scale: a {@link NewsStream} of raw documents ingested in batches through
 * the front door ({@link Parallax#ingest}: extraction, annotation, clustering, analysis, commit
 * to an on-disk {@link LuceneStore}), measured per tenth of the stream, then the reads a reader
 * makes of the full store, each timed: re-opening it, the first page of stories, the largest
 * story and a random one, a few searches, and one incremental batch of {@value #INCREMENTAL}
 * articles. Generating the documents is not timed. Uses only the public API of {@link
 * Parallax}, so it measures whatever engine is behind it. Not thread-safe; one run at a time
 * per store.
 */
public final class PipelineBenchmark {

  /** Articles of the incremental batch ingested into the full store, the stream's continuation. */
  public static final int INCREMENTAL = 100;
  /** Stories on the first page read. */
  public static final int FIRST_PAGE = 20;
  /** Results asked of each search. */
  public static final int SEARCH_LIMIT = 10;

  /**
   * What to run.
   *
   * @param articles articles to ingest, at least 10 (the continuation's {@value #INCREMENTAL} come on top)
   * @param batch articles per {@link Parallax#ingest} call (a tenth's last batch may be shorter)
   * @param seed the stream's seed
   * @param store a new or empty folder for the store, kept after the run; null for a temporary
   *     one, deleted after
   */
  public record Options(int articles, int batch, long seed, Path store) {
    public Options {
      if (articles < 10) {
        throw new IllegalArgumentException("--articles must be at least 10 (one per tenth), got " + articles);
      }
      if (batch < 1) {
        throw new IllegalArgumentException("--batch must be positive, got " + batch);
      }
    }
  }

  /**
   * One tenth of the ingest.
   *
   * @param tenth 1 to 10
   * @param articles documents ingested in this tenth
   * @param stored articles the ingest stored (the rest were duplicates or errors)
   * @param wallSeconds wall time of the ingest calls
   * @param cpuMsPerArticle process CPU (all threads) of the ingest calls per article
   * @param threadCpuMsPerArticle CPU of the ingesting thread per article
   * @param heapBytes heap in use after the tenth, after a GC hint
   * @param storeBytes bytes of the store's folder after the tenth
   */
  public record Tenth(int tenth, int articles, int stored, double wallSeconds, double cpuMsPerArticle,
      double threadCpuMsPerArticle, long heapBytes, long storeBytes) {}

  /**
   * One timed read (or the incremental ingest).
   *
   * @param name {@code reopen}, {@code firstPage}, {@code allStories}, {@code largestStory},
   *     {@code randomStory}, {@code search} or {@code incremental}
   * @param argument the story id, the query, the page asked ("0+20"); empty for reopen
   * @param results stories on the page, articles of the story, hits of the search, articles stored
   * @param wallMs wall milliseconds
   * @param cpuMs process CPU milliseconds (all threads)
   */
  public record Read(String name, String argument, int results, double wallMs, double cpuMs) {}

  /**
   * The whole ingest.
   *
   * @param articlesPerSecond articles over the wall seconds of the ingest calls
   * @param articlesPerCpuSecond articles over the process CPU seconds of the ingest calls
   * @param lastOverFirst the last tenth's CPU per article over the first tenth's (0 when unknown)
   * @param wallLastOverFirst the same on wall time
   * @param peakHeapBytes the sum of the heap pools' peaks over the run so far
   */
  public record Totals(int articles, int stored, int duplicates, int errors, double wallSeconds, double cpuSeconds,
      double articlesPerSecond, double articlesPerCpuSecond, double lastOverFirst, double wallLastOverFirst,
      long peakHeapBytes, long storeBytes) {}

  /**
   * The report.
   *
   * @param generatedEvents gold events in the generated stream (continuation included)
   * @param generatedStories gold stories in the generated stream
   * @param stories stories in the store after the ingest
   * @param largestStory the id of the story with the most articles after the ingest (ties: the
   *     first in list order), null when there are none
   * @param largestStoryArticles its articles, as the full story list counts them
   */
  public record Result(int articles, int batch, long seed, boolean embeddings, int generatedEvents,
      int generatedStories, List<Tenth> tenths, Totals totals, List<Read> reads, int stories, String largestStory,
      int largestStoryArticles) {
    public Result {
      tenths = List.copyOf(tenths);
      reads = List.copyOf(reads);
    }
  }

  private final EmbeddingCheck embeddings;
  private final dev.parallax.AnalysisPolicy policy;

  /** With sentence embeddings on the clusterer's uncertain cuts; {@code embeddings} null for none. */
  public PipelineBenchmark(EmbeddingCheck embeddings) {
    this(embeddings, dev.parallax.AnalysisPolicy.DEFAULTS);
  }

  /** With the given analysis policy (how large an event or story is analysed whole). */
  public PipelineBenchmark(EmbeddingCheck embeddings, dev.parallax.AnalysisPolicy policy) {
    this.embeddings = embeddings;
    this.policy = java.util.Objects.requireNonNull(policy, "policy");
  }

  /**
   * Runs the benchmark; {@code progress} hears a line per tenth and per read.
   *
   * @throws IllegalArgumentException if {@code options.store()} holds anything
   */
  public Result run(Options options, Consumer<String> progress) {
    Path store = options.store() == null ? temporaryFolder() : requireEmpty(options.store());
    try {
      return run(options, store, progress);
    } finally {
      if (options.store() == null) {
        delete(store);
      }
    }
  }

  private Result run(Options options, Path store, Consumer<String> progress) {
    NewsStream stream = new NewsStream(options.articles() + INCREMENTAL, options.seed());
    List<Tenth> tenths = new ArrayList<>();
    Stopwatch.Lap total = Stopwatch.Lap.ZERO;
    int stored = 0;
    int duplicates = 0;
    int errors = 0;
    Parallax parallax = open(store);
    try {
      for (int t = 0; t < 10; t++) {
        int count = (int) ((long) options.articles() * (t + 1) / 10 - (long) options.articles() * t / 10);
        Stopwatch.Lap lap = Stopwatch.Lap.ZERO;
        int storedNow = 0;
        for (int done = 0; done < count; ) {
          List<RawDocument> batch = stream.next(Math.min(options.batch(), count - done));
          Stopwatch watch = Stopwatch.start();
          IngestReport report = parallax.ingest(batch, List.of());
          lap = lap.plus(watch.lap());
          storedNow += report.added().size();
          duplicates += report.duplicates().size();
          errors += report.errors().size();
          done += batch.size();
        }
        total = total.plus(lap);
        stored += storedNow;
        Tenth tenth = new Tenth(t + 1, count, storedNow, lap.wallNanos() / 1e9, lap.cpuMillis() / count,
            lap.threadCpuNanos() / 1e6 / count, heapAfterGc(), bytes(store));
        tenths.add(tenth);
        progress.accept(String.format(Locale.ROOT, "tenth %d: %d articles, %.1f s, %.2f ms CPU per article, heap %d MiB,"
            + " store %d MiB", tenth.tenth(), count, tenth.wallSeconds(), tenth.cpuMsPerArticle(),
            tenth.heapBytes() >> 20, tenth.storeBytes() >> 20));
      }
      Totals totals = totals(options.articles(), stored, duplicates, errors, total, tenths, bytes(store));
      List<Read> reads = new ArrayList<>();
      parallax.close();
      parallax = timed(reads, progress, "reopen", "", () -> open(store), p -> 0);
      Parallax reader = parallax;
      StoryPage first = timed(reads, progress, "firstPage", "0+" + FIRST_PAGE, () -> reader.stories(0, FIRST_PAGE),
          page -> page.stories().size());
      StoryPage all = timed(reads, progress, "allStories", "0+" + Math.max(1, first.total()),
          () -> reader.stories(0, Math.max(1, first.total())), page -> page.stories().size());
      StorySummary largest = largest(all.stories());
      if (largest != null) {
        readStory(reads, progress, "largestStory", reader, largest.id());
        StorySummary random = all.stories().get(new Random(options.seed()).nextInt(all.stories().size()));
        readStory(reads, progress, "randomStory", reader, random.id());
      }
      for (String query : stream.queries()) {
        timed(reads, progress, "search", query, () -> reader.search(query, SEARCH_LIMIT), List::size);
      }
      List<RawDocument> continuation = stream.next(INCREMENTAL);
      timed(reads, progress, "incremental", String.valueOf(continuation.size()),
          () -> reader.ingest(continuation, List.of()), report -> report.added().size());
      return new Result(options.articles(), options.batch(), options.seed(), embeddings != null, stream.events(),
          stream.stories(), tenths, totals, reads, all.total(), largest == null ? null : largest.id(),
          largest == null ? 0 : largest.articles());
    } finally {
      parallax.close();
    }
  }

  /** The story with the most articles, the first in list order among equals; null for none. */
  private static StorySummary largest(List<StorySummary> stories) {
    StorySummary largest = null;
    for (StorySummary story : stories) {
      largest = largest == null || story.articles() > largest.articles() ? story : largest;
    }
    return largest;
  }

  private static void readStory(List<Read> reads, Consumer<String> progress, String name, Parallax parallax,
      String id) {
    timed(reads, progress, name, id, () -> parallax.story(id)
        .orElseThrow(() -> new IllegalStateException("story " + id + " is listed but cannot be read")),
        (StoryView view) -> view.articles().size());
  }

  private static <T> T timed(List<Read> reads, Consumer<String> progress, String name, String argument,
      Supplier<T> read, ToIntFunction<T> results) {
    Stopwatch watch = Stopwatch.start();
    T value = read.get();
    Stopwatch.Lap lap = watch.lap();
    Read entry = new Read(name, argument, results.applyAsInt(value), lap.wallMillis(), lap.cpuMillis());
    reads.add(entry);
    progress.accept(String.format(Locale.ROOT, "%s %s: %d results, %.1f ms wall, %.1f ms CPU", name, argument,
        entry.results(), entry.wallMs(), entry.cpuMs()));
    return value;
  }

  private static Totals totals(int articles, int stored, int duplicates, int errors, Stopwatch.Lap total,
      List<Tenth> tenths, long storeBytes) {
    Tenth first = tenths.get(0);
    Tenth last = tenths.get(tenths.size() - 1);
    double wallFirst = first.wallSeconds() / first.articles();
    double wallLast = last.wallSeconds() / last.articles();
    double cpuSeconds = total.cpuNanos() / 1e9;
    return new Totals(articles, stored, duplicates, errors, total.wallNanos() / 1e9, cpuSeconds,
        articles / (total.wallNanos() / 1e9), cpuSeconds > 0 ? articles / cpuSeconds : 0,
        first.cpuMsPerArticle() > 0 ? last.cpuMsPerArticle() / first.cpuMsPerArticle() : 0,
        wallFirst > 0 ? wallLast / wallFirst : 0, peakHeap(), storeBytes);
  }

  private Parallax open(Path store) {
    return Parallax.builder().store(LuceneStore.open(store)).embeddings(embeddings).analysisPolicy(policy).build();
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
  }

  /** Bytes of the files under {@code folder}; files a merge deletes meanwhile are left out. */
  static long bytes(Path folder) {
    long[] sum = {0};
    walk(folder, (file, attributes) -> sum[0] += attributes.size(), directory -> {});
    return sum[0];
  }

  private static Path requireEmpty(Path folder) {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("--store " + folder + " is not empty; the benchmark needs a new store");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (Files.exists(folder)) {
      throw new IllegalArgumentException("--store " + folder + " is not a folder");
    }
    return folder;
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("parallax-pipeline-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    walk(folder, (file, attributes) -> file.toFile().delete(), directory -> directory.toFile().delete());
  }

  private interface FileAction {
    void accept(Path file, BasicFileAttributes attributes);
  }

  private static void walk(Path folder, FileAction onFile, Consumer<Path> afterDirectory) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          onFile.accept(file, attributes);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException e) {
          afterDirectory.accept(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
