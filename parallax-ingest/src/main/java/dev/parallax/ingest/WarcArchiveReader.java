package dev.parallax.ingest;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} compressed per record or as a whole)
 * with jwarc: every successful HTTP response (and every resource record) holding HTML becomes
 * one document whose source and URL are the record's target URI. Other records (requests,
 * metadata, images, redirects) are passed over without an error.
 *
 * <p>Bounds: the archive is decompressed here, and reading stops with {@code too_large} once
 * it has produced {@link IngestLimits#maxBytesPerArchive()} bytes (a gzip bomb); a response
 * body larger than {@link IngestLimits#maxBytesPerFile()} after its own Content-Encoding is
 * undone is its own {@code too_large} error. A broken or truncated archive stops with {@code
 * malformed}; the records before it are kept; so does a record that does not move the reader
 * forward (jwarc re-reads a record with a negative Content-Length forever). The body's charset is its byte-order mark, else
 * the HTTP header's, else what {@link Decoder} finds (a meta charset, else strict UTF-8).
 * Thread-safe.
 */
final class WarcArchiveReader {

  private final IngestLimits limits;

  WarcArchiveReader(IngestLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the archive in {@code in} record by record (gzip members as they come), handing each
   * document on before the next record is read; {@code name} names it in sources and errors.
   */
  void read(InputStream in, String name, FileIngest.Collector collector) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    boolean gzip = buffered.read() == 0x1F && buffered.read() == 0x8B;
    buffered.reset();
    long documentsBefore = collector.documentsSeen();
    long errorsBefore = collector.errorsSeen();
    int records = 0;
    try (Bounded bounded = new Bounded(gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered, limits.maxBytesPerArchive());
         WarcReader reader = new WarcReader(bounded)) {
      reader.setLenient(true);
      long last = -1;
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        records++;
        if (reader.position() <= last) {
          collector.error(name, ErrorCode.MALFORMED, "record " + records + " does not advance past byte " + last
              + " (a negative or broken Content-Length); the rest of the archive was not read");
          return;
        }
        last = reader.position();
        readRecord(next.get(), name, records, collector);
      }
    } catch (ArchiveTooLarge e) {
      collector.error(name, ErrorCode.TOO_LARGE, "decompressed past " + limits.maxBytesPerArchive()
          + " bytes after " + records + " records; the rest of the archive was not read");
      return;
    } catch (EOFException | ZipException e) {
      collector.error(name, ErrorCode.MALFORMED, "truncated or corrupt archive after " + records + " records: "
          + message(e));
      return;
    } catch (IOException | RuntimeException e) {
      collector.error(name, ErrorCode.MALFORMED, "broken WARC after " + records + " records: " + message(e));
      return;
    }
    if (collector.documentsSeen() == documentsBefore && collector.errorsSeen() == errorsBefore) {
      collector.error(name, records == 0 ? ErrorCode.EMPTY : ErrorCode.NO_ARTICLE,
          records == 0 ? "no WARC records" : "no HTML responses among " + records + " records");
    }
  }

  private void readRecord(WarcRecord record, String name, int number, FileIngest.Collector collector)
      throws IOException {
    String target;
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      target = response.target();
      HttpResponse http;
      try {
        http = response.http();
      } catch (ArchiveTooLarge e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        if (response.contentType().base().toString().startsWith("application/http")) {
          collector.error(sourceOf(target, name, number), ErrorCode.MALFORMED, "broken HTTP response: " + message(e));
        }
        return;
      }
      if (http.status() < 200 || http.status() > 299) {
        return;
      }
      type = http.contentType();
      if (!isHtml(type)) {
        return;
      }
      try {
        body = http.bodyDecoded();
      } catch (ArchiveTooLarge e) {
        throw e;
      } catch (IOException | RuntimeException | LinkageError e) {
        collector.error(sourceOf(target, name, number), ErrorCode.UNSUPPORTED,
            "cannot undo the response's Content-Encoding: " + message(e));
        return;
      }
    } else if (record instanceof WarcResource resource) {
      target = resource.target();
      type = resource.contentType();
      if (!isHtml(type)) {
        return;
      }
      body = resource.body();
    } else {
      return;
    }
    String source = sourceOf(target, name, number);
    byte[] bytes;
    try (InputStream stream = body.stream()) {
      bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxBytesPerFile() + 1));
    } catch (ArchiveTooLarge e) {
      throw e;
    } catch (IOException e) {
      collector.error(source, ErrorCode.MALFORMED, "broken response body: " + message(e));
      return;
    }
    if (bytes.length > limits.maxBytesPerFile()) {
      collector.error(source, ErrorCode.TOO_LARGE, "response body over the limit of " + limits.maxBytesPerFile() + " bytes");
      return;
    }
    try {
      Charset header = StrictCharset.named(type.parameters().get("charset"));
      boolean bom = bytes.length > 1 && (bytes[0] == (byte) 0xEF || bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF);
      String text = header == null || bom ? Decoder.decode(bytes, true) : StrictCharset.decode(bytes, header, "the HTTP header");
      if (text.isBlank()) {
        collector.error(source, ErrorCode.EMPTY, "empty response body");
        return;
      }
      collector.add(new RawDocument(source, SourceFormat.HTML, text,
          new RawDocument.Hints(target, null, null, null, null)));
    } catch (Decoder.NotText e) {
      collector.error(source, e.binary ? ErrorCode.BINARY : ErrorCode.INVALID_ENCODING, e.getMessage());
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String sourceOf(String target, String name, int number) {
    return target == null || target.isBlank() ? name + "#record-" + number : target;
  }

  private static String message(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip());
  }

  /** Reading past the archive limit. */
  private static final class ArchiveTooLarge extends IOException {
    ArchiveTooLarge() {
      super("archive limit reached", null);
    }
  }

  /** Counts the decompressed bytes and fails once they pass the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long count;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }

    private void add(long n) throws ArchiveTooLarge {
      count += n;
      if (count > limit) {
        throw new ArchiveTooLarge();
      }
    }
  }
}
