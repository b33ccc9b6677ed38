package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's bar: a folder of 1,000 generated inputs, good and bad of every kind the spec
 * lists, ingested in batches into an on-disk store; every good article is stored, every bad
 * input is reported under its own name with the reason expected for it, and nothing else.
 * An input is a file, a JSON Lines record, a feed item or a WARC response; the archive bomb
 * counts twice (its one record is too large, and so is the archive), hence 1,001 reports.
 */
class MixedInputsTest {

  @TempDir
  Path temp;

  private final List<String> good = new ArrayList<>();
  private final Map<String, String> bad = new LinkedHashMap<>();

  @Test
  void everyGoodArticleIsStoredAndEveryBadInputIsReportedByNameAndReason() throws Exception {
    Path folder = temp.resolve("inputs");
    Files.createDirectories(folder);
    writeGoodFiles(folder);
    writeJsonLines(folder.resolve("records.jsonl"));
    writeFeed(folder.resolve("feed.rss"));
    writeWarc(folder.resolve("crawl.warc.gz"));
    writeBadFiles(folder);
    assertEquals(1_001, good.size() + bad.size(), "good " + good.size() + ", bad " + bad.size());

    Cli ingest = Cli.run("ingest", folder.toString(), "--store", temp.resolve("store").toString(), "--batch", "100",
        "--max-archive-bytes", String.valueOf(48L << 20), "--format", "json");
    assertEquals(ExitCodes.INPUTS_REJECTED, ingest.exitCode(), ingest.err());
    JsonNode report = ingest.json();

    List<String> stored = new ArrayList<>();
    report.get("added").forEach(article -> stored.add(article.get("source").asText()));
    assertEquals(sorted(good), sorted(stored), "every good input stored, nothing else");
    assertEquals(0, report.get("duplicates").size());

    Map<String, String> reported = new TreeMap<>();
    for (JsonNode error : report.get("errors")) {
      assertFalse(error.get("message").asText().isBlank(), error.toString());
      assertEquals(null, reported.put(error.get("source").asText(), error.get("code").asText()), "reported twice: " + error);
    }
    Map<String, String> missing = new TreeMap<>(bad);
    missing.entrySet().removeAll(reported.entrySet());
    Map<String, String> unexpected = new TreeMap<>(reported);
    unexpected.entrySet().removeAll(bad.entrySet());
    assertEquals(Map.of(), missing, "expected but not reported as such; reported instead: " + unexpected);
    assertEquals(Map.of(), unexpected);

    Cli again = Cli.run("ingest", folder.toString(), "--store", temp.resolve("store").toString(),
        "--max-archive-bytes", String.valueOf(48L << 20), "--format", "json");
    assertEquals(0, again.json().get("added").size(), "re-ingesting adds nothing");
    assertEquals(good.size(), again.json().get("duplicates").size());
    JsonNode store = Cli.run("stories", "--store", temp.resolve("store").toString(), "--format", "json", "--all").json();
    assertEquals(good.size(), store.get("articles").size());
    assertEquals(bad.size(), store.get("errors").size(), "errors of inputs read twice are stored once");
  }

  private void writeGoodFiles(Path folder) throws IOException {
    for (Path file : GeneratedArticles.write(folder.resolve("text"), 300, 8)) {
      good.add(file.toString());
    }
    List<String> texts = texts(150, 9);
    for (int i = 0; i < texts.size(); i++) {
      Path page = folder.resolve("html").resolve(String.format("page-%03d.html", i));
      Files.createDirectories(page.getParent());
      Files.writeString(page, html(texts.get(i)));
      good.add(page.toString());
    }
  }

  private void writeJsonLines(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    List<String> texts = texts(80, 10);
    int line = 0;
    for (int i = 0; i < texts.size(); i++) {
      String url = "https://gen.example.org/jsonl/" + i;
      lines.append(mapper.writeValueAsString(Map.of("url", url, "text", texts.get(i)))).append('\n');
      good.add(url);
      line++;
      if (i % 4 == 0 && i < 76) {
        String[] broken = {"{\"url\": \"https://gen.example.org/cut", "[\"an array\"]", "{\"title\": \"no text\"}",
            "{\"text\": " + "[".repeat(5_000) + "]"};
        String[] codes = {"malformed", "malformed", "empty", "malformed"};
        lines.append(broken[(i / 4) % 4]).append('\n');
        line++;
        bad.put(file + "#" + line, codes[(i / 4) % 4]);
      }
    }
    Files.writeString(file, lines);
    try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
      out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "word ".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
      for (int written = 0; written <= 17 << 20; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    bad.put(file + "#" + (line + 1), "too_large");
  }

  private void writeFeed(Path file) throws IOException {
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Generated Gazette</title>\n");
    List<String> texts = texts(50, 11);
    for (int i = 0; i < texts.size(); i++) {
      String link = "https://gen.example.org/feed/" + i;
      feed.append("<item><title>Item ").append(i).append("</title><link>").append(link)
          .append("</link><pubDate>Tue, 15 Apr 2025 09:00:00 GMT</pubDate><content:encoded><![CDATA[")
          .append(html(texts.get(i))).append("]]></content:encoded></item>\n");
      good.add(link);
    }
    Files.writeString(file, feed.append("</channel></rss>\n"));
  }

  private void writeWarc(Path file) throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    List<String> texts = texts(70, 12);
    for (int i = 0; i < texts.size(); i++) {
      String url = "https://gen.example.org/warc/" + i;
      warc.writeBytes(gzip(record("request", url, "application/http; msgtype=request",
          ("GET /warc/" + i + " HTTP/1.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII))));
      warc.writeBytes(gzip(response(url, "text/html; charset=utf-8", null, html(texts.get(i)).getBytes(StandardCharsets.UTF_8))));
      good.add(url);
    }
    Files.write(file, warc.toByteArray());
  }

  private void writeBadFiles(Path folder) throws IOException {
    Path bads = folder.resolve("bad");
    Files.createDirectories(bads);
    for (int i = 0; i < 80; i++) {
      Path file = bads.resolve(String.format("binary-%02d.%s", i, i % 2 == 0 ? "txt" : "html"));
      byte[] bytes = i % 4 == 1 ? new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10} : ("text\0with NUL " + i).getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      bad.put(file.toString(), "binary");
    }
    for (int i = 0; i < 50; i++) {
      Path file = bads.resolve(String.format("empty-%02d.%s", i, i % 3 == 0 ? "html" : "txt"));
      Files.writeString(file, i % 2 == 0 ? "" : " \n\t\n");
      bad.put(file.toString(), "empty");
    }
    for (int i = 0; i < 70; i++) {
      Path file = bads.resolve(String.format("latin1-%02d.txt", i));
      Files.write(file, ("Caf\u00e9 cr\u00e8me number " + i + " served in the old town square on Tuesday.")
          .getBytes(StandardCharsets.ISO_8859_1));
      bad.put(file.toString(), "invalid_encoding");
    }
    for (int i = 0; i < 25; i++) {
      Path file = bads.resolve(String.format("mixed-%02d.html", i));
      ByteArrayOutputStream mixed = new ByteArrayOutputStream();
      mixed.writeBytes(("<html><body><p>Na\u00efve r\u00e9sum\u00e9 " + i + "</p>").getBytes(StandardCharsets.UTF_8));
      mixed.writeBytes("<p>Fa\u00e7ade</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
      Files.write(file, mixed.toByteArray());
      bad.put(file.toString(), "invalid_encoding");
    }
    List<String> texts = texts(30, 13);
    for (int i = 0; i < texts.size(); i++) {
      Path file = bads.resolve(String.format("truncated-%02d.html", i));
      String page = html(texts.get(i));
      Files.writeString(file, page.substring(0, page.indexOf("<body>") + 20));
      bad.put(file.toString(), "no_article");
    }
    for (int i = 0; i < 20; i++) {
      Path file = bads.resolve(String.format("truncated-%02d.rss", i));
      Files.writeString(file, "<rss version=\"2.0\"><channel><title>Cut</title><item><title>Half an item " + i);
      bad.put(file.toString(), "malformed");
    }
    for (int i = 0; i < 20; i++) {
      Path file = bads.resolve(String.format("broken-%02d.xml", i));
      Files.writeString(file, i % 2 == 0 ? "<rss><channel><item><title>a</titel></item></channel></rss>"
          : "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss>&x;</rss>");
      bad.put(file.toString(), "malformed");
    }
    for (int i = 0; i < 28; i++) {
      Path file = bads.resolve(String.format("menu-only-%02d.txt", i));
      Files.writeString(file, "Home | World | Sport\nSubscribe\nComment (" + i + ")\n");
      bad.put(file.toString(), "no_article");
    }
    Path huge = bads.resolve("huge-page.html");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(50L << 20);
    }
    bad.put(huge.toString(), "too_large");
    Path deep = bads.resolve("deep-nesting.html");
    Files.writeString(deep, "<html><body>" + "<div>".repeat(100_000) + "<p>x</p>" + "</div>".repeat(100_000) + "</body></html>");
    bad.put(deep.toString(), "no_article");
    Path deepArticle = folder.resolve("html").resolve("deep-article.html");
    String article = html(texts(1, 14).get(0));
    Files.writeString(deepArticle, article.replace("<article>", "<article>" + "<div>".repeat(100_000))
        .replace("</article>", "</div>".repeat(100_000) + "</article>"));
    good.add(deepArticle.toString());
    Path bodyBomb = bads.resolve("body-bomb.warc.gz");
    Files.write(bodyBomb, gzip(response("https://gen.example.org/bomb", "text/html", "gzip", gzipOfZeros(64L << 20))));
    bad.put("https://gen.example.org/bomb", "too_large");
    Path archiveBomb = bads.resolve("archive-bomb.warc.gz");
    Files.write(archiveBomb, gzipOfWarcOfZeros(80L << 20));
    bad.put(archiveBomb.toString(), "too_large");
    bad.put("https://gen.example.org/zeros", "too_large");
    Path loop = bads.resolve("loop");
    Files.createDirectories(loop);
    Files.createSymbolicLink(loop.resolve("again"), loop);
    bad.put(loop.resolve("again").toString(), "unreadable");
    Path dangling = bads.resolve("gone.txt");
    Files.createSymbolicLink(dangling, bads.resolve("never-written.txt"));
    bad.put(dangling.toString(), "unreadable");
  }

  private static List<String> texts(int count, long seed) throws IOException {
    Path scratch = Files.createTempDirectory("generated");
    List<String> texts = new ArrayList<>();
    for (Path file : GeneratedArticles.write(scratch, count, seed)) {
      texts.add(Files.readString(file));
      Files.delete(file);
    }
    Files.delete(scratch);
    return texts;
  }

  /** A generated scraped text as an HTML page: the second block is the headline, the rest paragraphs. */
  private static String html(String text) {
    String[] blocks = text.split("\n\n");
    StringBuilder page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(blocks[1]).append("</title></head><body><article><h1>").append(blocks[1]).append("</h1>");
    Arrays.stream(blocks, 3, blocks.length - 1).forEach(p -> page.append("<p>").append(p.replace("&", "&amp;")
        .replace("<", "&lt;")).append("</p>"));
    return page.append("</article></body></html>").toString();
  }

  private static byte[] response(String url, String type, String encoding, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n" + (encoding == null ? "" : "Content-Encoding: "
        + encoding + "\r\n") + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    http.writeBytes(body);
    return record("response", url, "application/http; msgtype=response", http.toByteArray());
  }

  private static byte[] record(String type, String url, String contentType, byte[] block) {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(("WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
        + "\r\nWARC-Date: 2025-04-15T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + url).getBytes(StandardCharsets.UTF_8))
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    record.writeBytes(block);
    record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return record.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] gzipOfZeros(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 16];
    try (OutputStream zip = new GZIPOutputStream(out)) {
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
    }
    return out.toByteArray();
  }

  /** One gzip member holding a WARC resource record of {@code size} zero bytes. */
  private static byte[] gzipOfWarcOfZeros(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 16];
    try (OutputStream zip = new GZIPOutputStream(out)) {
      zip.write(("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://gen.example.org/zeros\r\n"
          + "WARC-Date: 2025-04-15T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
          + "Content-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros);
      }
    }
    return out.toByteArray();
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
