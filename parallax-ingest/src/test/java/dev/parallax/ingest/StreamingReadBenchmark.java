package dev.parallax.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Not a test: the streaming-input measurement of docs/PERFORMANCE.md. {@code generate FILE GB}
 * writes a {@code .warc.gz} of about GB gigabytes (compressed) of HTML responses, one gzip
 * member a record; {@code read FILE...} streams the inputs in batches of 100, counting
 * documents (no extraction, no NLP), and prints the count, the time and the peak heap.
 */
final class StreamingReadBenchmark {

  private StreamingReadBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("generate")) {
      generate(Path.of(args[1]), (long) (Double.parseDouble(args[2]) * (1L << 30)));
    } else if (args.length >= 2 && args[0].equals("read")) {
      read(List.of(args).subList(1, args.length).stream().map(Path::of).toList());
    } else {
      System.err.println("usage: generate FILE GB | read FILE...");
    }
  }

  private static void read(List<Path> paths) {
    long start = System.nanoTime();
    long[] counts = new long[3];
    IngestLimits limits = new IngestLimits(16L << 20, 16 << 20, 32, Long.MAX_VALUE);
    new FileIngest(limits).stream(paths, 100, batch -> {
      counts[0] += batch.documents().size();
      counts[1] += batch.errors().size();
      counts[2] = batch.read().bytes();
      batch.errors().forEach(error -> System.err.println("error: " + error));
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("documents %,d, errors %,d, file bytes read %,d in %.1f s (%.0f MB/s); max heap %,d MB, peak heap used %,d MB%n",
        counts[0], counts[1], counts[2], seconds, counts[2] / 1e6 / seconds, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
  }

  private static void generate(Path file, long compressedBytes) throws IOException {
    String[] words = new String[4_000];
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < words.length; i++) {
      StringBuilder word = new StringBuilder();
      for (int n = 2 + random.nextInt(8); n > 0; n--) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = word.toString();
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (int record = 0; Files.size(file) < compressedBytes; record++) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Report ")
            .append(record).append("</title></head><body><article><h1>Report ").append(record).append("</h1>");
        for (int p = 0; p < 12; p++) {
          html.append("<p>");
          for (int w = 0; w < 250; w++) {
            html.append(words[random.nextInt(words.length)]).append(w % 17 == 16 ? ". " : " ");
          }
          html.append("</p>");
        }
        byte[] body = html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        String url = "https://bench.example.org/" + record;
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        byte[] head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2025-04-15T09:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", record) + ">\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        GZIPOutputStream member = new GZIPOutputStream(new NonClosing(out), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
        member.write(head);
        member.write(http);
        member.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        member.finish();
        if (record % 1_000 == 0) {
          out.flush();
        }
      }
    }
    System.out.printf("wrote %,d bytes to %s%n", Files.size(file), file);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** Lets each gzip member finish without closing the file. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
