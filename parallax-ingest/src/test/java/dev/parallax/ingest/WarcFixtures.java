package dev.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC archives for tests: response and other records, plain or gzip per record. */
final class WarcFixtures {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private int records;

  WarcFixtures(boolean gzip) {
    this.gzip = gzip;
  }

  /** A 200 HTML response for {@code url}. */
  WarcFixtures html(String url, String html) {
    return response(url, "200 OK", "text/html; charset=utf-8", null, html.getBytes(StandardCharsets.UTF_8));
  }

  /** A response with the given status, content type, optional Content-Encoding and body. */
  WarcFixtures response(String url, String status, String contentType, String encoding, byte[] body) {
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n"
        + (encoding == null ? "" : "Content-Encoding: " + encoding + "\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    http.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    http.writeBytes(body);
    return record("response", url, "application/http; msgtype=response", http.toByteArray());
  }

  /** Any record. */
  WarcFixtures record(String type, String url, String contentType, byte[] block) {
    records++;
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
        + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
        + "WARC-Date: 2024-03-12T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", records) + ">\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    record.writeBytes(block);
    record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(gzip ? gzip(record.toByteArray()) : record.toByteArray());
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream zip = new GZIPOutputStream(compressed)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }

  /** {@code size} zero bytes, gzip-compressed without holding them in memory: a bomb. */
  static byte[] gzipOfZeros(long size) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 16];
    try (OutputStream zip = new GZIPOutputStream(compressed)) {
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed.toByteArray();
  }
}
