package dev.parallax.ingest;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The ingest front door for files: reads files and folders into {@link RawDocument}s, and
 * turns every input that cannot be read into a named {@link IngestError} while the rest goes
 * on.
 *
 * <p>By extension: {@code .txt} is scraped page text, {@code .html}, {@code .htm} and {@code
 * .xhtml} are HTML, {@code .jsonl} and {@code .ndjson} hold one record a line ({@link
 * JsonLinesReader}), {@code .rss}, {@code .atom} and {@code .xml} are RSS or Atom feeds, one
 * document an item ({@link FeedReader}), {@code .warc} and {@code .warc.gz} are web archives,
 * one document an HTML response ({@link WarcArchiveReader}). Folders are read recursively in
 * name order; hidden entries and files of other kinds inside folders are skipped, a file of
 * another kind named explicitly is an {@code unsupported} error. A document's {@code source} is
 * the path as given, joined with its place inside a given folder. Limits: {@link IngestLimits}.
 *
 * <p>{@link #stream} reads in batches: memory is bounded by the batch (and by the limits for
 * one file, feed or record), not by the input; a 5 GB archive is read record by record. {@link
 * #read} collects the whole stream. Thread-safe: each call reads on the caller's thread.
 */
public final class FileIngest {

  private final IngestLimits limits;

  public FileIngest() {
    this(IngestLimits.DEFAULTS);
  }

  public FileIngest(IngestLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** What reading produced: documents and errors, each in input order. */
  public record Inputs(List<RawDocument> documents, List<IngestError> errors) {
    public Inputs {
      documents = List.copyOf(documents);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Files and bytes: how much of the inputs was read so far, or how much a set of inputs
   * holds ({@link #measure}).
   */
  public record Volume(long files, long bytes) {
    public Volume {
      if (files < 0 || bytes < 0) {
        throw new IllegalArgumentException("negative volume: " + files + " files, " + bytes + " bytes");
      }
    }
  }

  /**
   * One batch of a {@link #stream}: the documents and the read errors met since the previous
   * batch, each in input order, and how much was read by the time it was handed on ({@code
   * read.files()} counts the files finished, {@code read.bytes()} the bytes of files finished
   * plus those read of the current one).
   */
  public record Batch(List<RawDocument> documents, List<IngestError> errors, Volume read) {
    public Batch {
      documents = List.copyOf(documents);
      errors = List.copyOf(errors);
      Objects.requireNonNull(read, "read");
    }

    /** Documents plus errors: the inputs of this batch. */
    public int size() {
      return documents.size() + errors.size();
    }
  }

  /** Reads {@code paths} whole: the documents and errors of every batch of {@link #stream}, in order. */
  public Inputs read(List<Path> paths) {
    Collector collector = new Collector();
    stream(paths, collector);
    return new Inputs(collector.documents, collector.errors);
  }

  /**
   * Reads {@code paths} in input order and hands what it meets to {@code consumer} in batches
   * of at most {@code batchSize} inputs (documents plus errors), on this thread: a full batch
   * is handed on as soon as the next input is met, and nothing further is read before {@code
   * consumer} returns. The last batch, handed on once everything is read, carries the final
   * {@link Batch#read} and may be smaller or empty (so there is always at least one). An
   * exception thrown by {@code consumer} stops reading and is thrown here as it was.
   *
   * @throws IllegalArgumentException if {@code batchSize} is below 1
   */
  public void stream(List<Path> paths, int batchSize, Consumer<Batch> consumer) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    stream(paths, new Collector(batchSize, Objects.requireNonNull(consumer, "consumer")));
  }

  /**
   * How many files {@link #stream} would read from {@code paths} and how many bytes they hold,
   * from one walk of the folders (names and sizes only, no file is opened). For progress.
   */
  public Volume measure(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    long[] files = new long[1];
    long[] bytes = new long[1];
    new InputWalk(limits.maxFolderDepth(), new InputWalk.Visitor() {
      @Override
      public void file(Path file, boolean explicit) {
        if (InputKind.of(file) != null && Files.isRegularFile(file)) {
          files[0]++;
          bytes[0] += sizeOrZero(file);
        }
      }

      @Override
      public void error(Path path, ErrorCode code, String message) {
        // reported when the inputs are read
      }
    }).walk(paths);
    return new Volume(files[0], bytes[0]);
  }

  private void stream(List<Path> paths, Collector collector) {
    Objects.requireNonNull(paths, "paths");
    try {
      new InputWalk(limits.maxFolderDepth(), new InputWalk.Visitor() {
        @Override
        public void file(Path file, boolean explicit) {
          long before = collector.bytes;
          long size = sizeOrZero(file);
          readFile(file, explicit, collector);
          collector.fileDone(before + size);
          collector.rethrowFailure();
        }

        @Override
        public void error(Path path, ErrorCode code, String message) {
          collector.error(path, code, message);
        }
      }).walk(paths);
      collector.finish();
    } catch (Collector.Stopped stopped) {
      throw stopped.cause;
    }
  }

  private void readFile(Path file, boolean explicit, Collector collector) {
    InputKind kind = InputKind.of(file);
    if (kind == null) {
      if (explicit) {
        collector.error(file, Files.exists(file) ? ErrorCode.UNSUPPORTED : ErrorCode.UNREADABLE,
            Files.exists(file) ? "not a kind Parallax reads (use " + InputKind.EXTENSIONS + ")" : "no such file or folder");
      }
      return;
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      collector.error(file, ErrorCode.UNREADABLE, "not a regular file (a pipe, socket or device); not read");
      return;
    }
    try {
      if (kind == InputKind.JSON_LINES) {
        try (InputStream in = new BufferedInputStream(collector.counted(Files.newInputStream(file)), 1 << 16)) {
          new JsonLinesReader(limits).read(in, file.toString(), collector);
        }
        return;
      }
      if (kind == InputKind.WARC) {
        try (InputStream in = collector.counted(Files.newInputStream(file))) {
          new WarcArchiveReader(limits).read(in, file.toString(), collector);
        }
        return;
      }
      long size = Files.size(file);
      if (size > limits.maxBytesPerFile()) {
        collector.error(file, ErrorCode.TOO_LARGE, size + " bytes, over the limit of " + limits.maxBytesPerFile());
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (kind == InputKind.FEED) {
        if (bytes.length == 0) {
          collector.error(file, ErrorCode.EMPTY, "empty file");
        } else {
          new FeedReader().read(bytes, file.toString(), collector);
        }
        return;
      }
      String text = Decoder.decode(bytes, kind == InputKind.HTML);
      if (text.isBlank()) {
        collector.error(file, ErrorCode.EMPTY, bytes.length == 0 ? "empty file" : "only white space");
        return;
      }
      collector.add(RawDocument.of(file.toString(), kind == InputKind.HTML ? SourceFormat.HTML : SourceFormat.TEXT, text));
    } catch (Decoder.NotText e) {
      collector.error(file, e.binary ? ErrorCode.BINARY : ErrorCode.INVALID_ENCODING, e.getMessage());
    } catch (IOException e) {
      collector.error(file, ErrorCode.UNREADABLE, describe(e));
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * Gathers what the readers meet and hands it on in batches, counting the files and bytes
   * read. Readers call {@link #add} and {@link #error} and ask {@link #documentsSeen} and
   * {@link #errorsSeen}, never the lists' sizes (a batch empties them). Without a consumer it
   * keeps everything. When the consumer throws, every later call throws {@link Stopped}, and
   * a reader that swallowed it is caught up with by {@link #rethrowFailure}. Not thread-safe.
   */
  static final class Collector {
    final List<RawDocument> documents = new ArrayList<>();
    final List<IngestError> errors = new ArrayList<>();
    private final int batchSize;
    private final Consumer<Batch> consumer;
    private long documentsSeen;
    private long errorsSeen;
    private long files;
    private long bytes;
    private RuntimeException failure;

    /** Keeps everything: one batch, at the end. */
    Collector() {
      this(Integer.MAX_VALUE, null);
    }

    Collector(int batchSize, Consumer<Batch> consumer) {
      this.batchSize = batchSize;
      this.consumer = consumer;
    }

    void add(RawDocument document) {
      checkNotStopped();
      handOnIfFull();
      documentsSeen++;
      documents.add(document);
    }

    void error(Path path, ErrorCode code, String message) {
      error(path.toString(), code, message);
    }

    void error(String source, ErrorCode code, String message) {
      checkNotStopped();
      handOnIfFull();
      errorsSeen++;
      errors.add(new IngestError(source, code, message));
    }

    long documentsSeen() {
      return documentsSeen;
    }

    long errorsSeen() {
      return errorsSeen;
    }

    /** {@code in}, counting the bytes read from it into the progress. */
    InputStream counted(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            bytes++;
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          bytes += Math.max(n, 0);
          return n;
        }

        @Override
        public long skip(long n) throws IOException {
          long skipped = super.skip(n);
          bytes += skipped;
          return skipped;
        }
      };
    }

    /** One file is done; {@code bytesAfter} is where the byte count stands after it at least. */
    void fileDone(long bytesAfter) {
      files++;
      bytes = Math.max(bytes, bytesAfter);
    }

    void finish() {
      checkNotStopped();
      if (consumer != null) {
        handOn();
      }
    }

    void rethrowFailure() {
      if (failure != null) {
        throw failure;
      }
    }

    /** Hands the batch on when it is full, before the input just met joins the next one. */
    private void handOnIfFull() {
      if (consumer != null && documents.size() + errors.size() >= batchSize) {
        handOn();
      }
    }

    private void handOn() {
      Batch batch = new Batch(documents, errors, new Volume(files, bytes));
      documents.clear();
      errors.clear();
      try {
        consumer.accept(batch);
      } catch (RuntimeException e) {
        failure = e;
        throw new Stopped(e);
      }
    }

    private void checkNotStopped() {
      if (failure != null) {
        throw new Stopped(failure);
      }
    }

    /** The consumer failed; carries its exception out through the readers. */
    static final class Stopped extends RuntimeException {
      final RuntimeException cause;

      Stopped(RuntimeException cause) {
        super("the batch consumer failed", cause, false, false);
        this.cause = cause;
      }
    }
  }
}
