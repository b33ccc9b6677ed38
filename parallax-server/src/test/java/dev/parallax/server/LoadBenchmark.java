package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.Parallax;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load run of docs/PERFORMANCE.md, a benchmark rather than a test (its name keeps it out of
 * the normal test run): fills a store with invented articles (once; the store is kept), serves
 * it on loopback, and has concurrent clients read random story pages ({@code GET
 * /api/stories/ID}, what the story page loads) for a fixed time, then prints the throughput,
 * the latency percentiles and the errors, and fails on any error. Run:
 *
 * <pre>
 * nice -n 10 mvn -B -q -pl parallax-server -am test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.articles=10000 -Dbench.clients=64 -Dbench.seconds=30
 * </pre>
 */
class LoadBenchmark {

  private static final String[] OUTLETS = {"Harbour Herald", "Meridian Wire", "Northgate Times", "Coastline Daily",
      "Valley Courier", "Riverbend Radio", "Kelmar Post", "Tessel Tribune", "Orrin Observer", "Messa Mercury",
      "Brack Bulletin", "Tarn Telegraph"};
  private static final String[] SYLLABLES = {"ka", "lo", "ver", "mes", "tan", "ri", "bo", "sel", "dun", "ar", "wen", "ost",
      "mar", "ilk", "fen", "gor", "pa", "th", "ul", "zen"};
  private static final String[] TOPICS = {"bridge repairs", "harbour strike", "school budget", "rail fares", "flood defences",
      "hospital wing", "tram line", "water prices", "fishing quotas", "wind farm", "airport noise", "housing plan"};
  private static final String[] ACTIONS = {"approved", "rejected", "postponed", "cut", "doubled", "reviewed"};

  @Test
  void readStoryPagesUnderLoad() throws Exception {
    int articles = Integer.getInteger("bench.articles", 10_000);
    int clients = Integer.getInteger("bench.clients", 64);
    int seconds = Integer.getInteger("bench.seconds", 30);
    System.setProperty("http.maxConnections", String.valueOf(clients));
    Path storeDir = Path.of(System.getProperty("bench.store", "target/bench-store-" + articles));
    long started = System.nanoTime();
    Parallax parallax = Parallax.builder().store(LuceneStore.open(storeDir)).build();
    fill(parallax, articles);
    System.out.printf(Locale.ROOT, "store ready (%s): %.1f s%n", storeDir, (System.nanoTime() - started) / 1e9);
    started = System.nanoTime();
    try (ParallaxServer server = ParallaxServer.start(parallax, ParallaxServer.Settings.local(0))) {
      String base = "http://127.0.0.1:" + server.port();
      JsonNode status = Json.MAPPER.readTree(URI.create(base + "/api/status").toURL());
      System.out.printf(Locale.ROOT, "serving %d articles, %d events, %d stories after %.1f s%n",
          status.get("articles").asInt(), status.get("events").asInt(), status.get("stories").asInt(),
          (System.nanoTime() - started) / 1e9);
      List<String> ids = storyIds(base);
      run(base, ids, clients, 5, false);
      Result result = run(base, ids, clients, seconds, true);
      System.out.printf(Locale.ROOT,
          "%d clients, %d s: %d requests (%.0f/s), %d errors; latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
          clients, seconds, result.latencies.length, result.latencies.length / (double) seconds, result.errors,
          percentile(result.latencies, 50), percentile(result.latencies, 90), percentile(result.latencies, 99),
          percentile(result.latencies, 100));
      assertEquals(0, result.errors, "requests failed under load");
    }
  }

  private record Result(long[] latencies, long errors) {}

  private static Result run(String base, List<String> ids, int clients, int seconds, boolean measured) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1024];
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        while (System.nanoTime() < end) {
          String id = ids.get(random.nextInt(ids.size()));
          long start = System.nanoTime();
          boolean ok = fetch(base + "/api/stories/" + id, buffer);
          long took = System.nanoTime() - start;
          if (!ok) {
            errors.incrementAndGet();
          }
          if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
          }
          latencies[count++] = took;
        }
        return Arrays.copyOf(latencies, count);
      }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> future : futures) {
      parts.add(future.get());
    }
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, measured ? errors.get() : 0);
  }

  /** One GET over a kept-alive connection (the JDK pools them), body read to the end. */
  private static boolean fetch(String url, byte[] buffer) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      int status = connection.getResponseCode();
      try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
        while (in != null && in.read(buffer) >= 0) {
          // drain, so the connection can be reused
        }
      }
      return status == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static List<String> storyIds(String base) throws IOException {
    List<String> ids = new ArrayList<>();
    int total = Integer.MAX_VALUE;
    for (int offset = 0; offset < total; offset += Paging.MAX_LIMIT) {
      JsonNode page = Json.MAPPER.readTree(URI.create(base + "/api/stories?limit=" + Paging.MAX_LIMIT + "&offset=" + offset).toURL());
      total = page.get("total").asInt();
      page.get("items").forEach(item -> ids.add(item.get("id").asText()));
    }
    return ids;
  }

  /**
   * Adds invented articles until the store holds {@code target}: events of 2 to 6 outlets'
   * reports. Each event has its own invented place, people, contractor and district names,
   * as real events have their own rare words, so that clustering meets realistic candidates.
   */
  private static void fill(Parallax parallax, int target) {
    int stored = parallax.store().articleCount();
    Random random = new Random(7);
    int event = 0;
    List<RawDocument> batch = new ArrayList<>();
    int made = 0;
    while (stored + made < target) {
      String town = name(random, 3) + (random.nextBoolean() ? "ton" : "by");
      String person = capital(name(random, 2)) + " " + capital(name(random, 3));
      String contractor = capital(name(random, 3)) + " " + capital(name(random, 2)) + "works";
      String district = capital(name(random, 3)) + "vale";
      String street = capital(name(random, 3)) + " Street";
      String topic = TOPICS[random.nextInt(TOPICS.length)];
      String action = ACTIONS[random.nextInt(ACTIONS.length)];
      int amount = 5 + random.nextInt(400);
      int day = 1 + random.nextInt(28);
      int month = 1 + random.nextInt(12);
      int reports = 2 + random.nextInt(5);
      for (int r = 0; r < reports && stored + made < target; r++) {
        String outlet = OUTLETS[(event + r * 5) % OUTLETS.length];
        String text = capital(town) + " council " + action + " " + topic + " plan\n\n"
            + "By " + capital(name(random, 2)) + " " + capital(name(random, 2)) + " | " + outlet + " | 2025-"
            + String.format(Locale.ROOT, "%02d-%02d", month, day) + "\n\n"
            + "The council of " + capital(town) + " " + action + " the " + topic + " plan on Tuesday, a measure worth "
            + amount + " million crowns, " + (r % 2 == 0 ? "officials said." : "the town hall confirmed.") + "\n\n"
            + "\"" + (r % 2 == 0 ? "This is the right decision for " : "We believe this is the right choice for ")
            + capital(town) + " and for everyone who lives here,\" " + person + " told reporters.\n\n"
            + "Opponents of the " + topic + " plan said the vote came too fast and asked for a public hearing "
            + (r % 3 == 0 ? "next month." : "before the summer.") + "\n\n"
            + "The work, to be carried out by " + contractor + ", starts in the " + district + " district near "
            + street + (r % 2 == 0 ? " in the spring." : " early next year.") + "\n\n"
            + "Report " + event + "-" + r + " filed from " + capital(town) + ".\n";
        batch.add(RawDocument.of("bench/" + event + "-" + r + ".txt", SourceFormat.TEXT, text));
        made++;
      }
      event++;
      if (batch.size() >= 500) {
        parallax.ingest(batch, List.of());
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      parallax.ingest(batch, List.of());
    }
  }

  private static String name(Random random, int syllables) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return name.toString();
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
