package dev.parallax.ingest;

import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ingest front door for files: reads files and folders into {@link RawDocument}s, and
 * turns every input that cannot be read into a named {@link IngestError} while the rest goes
 * on.
 *
 * <p>By extension: {@code .txt} is scraped page text, {@code .html}, {@code .htm} and {@code
 * .xhtml} are HTML, {@code .jsonl} and {@code .ndjson} hold one record a line ({@link
 * JsonLinesReader}), {@code .rss}, {@code .atom} and {@code .xml} are RSS or Atom feeds, one
 * document an item ({@link FeedReader}), {@code .warc} and {@code .warc.gz} are web archives,
 * one document an HTML response ({@link WarcArchiveReader}). Folders are read recursively in name order; hidden entries and files of
 * other kinds inside folders are skipped, a file of another kind named explicitly is an
 * {@code unsupported} error. A document's {@code source} is the path as given, joined with
 * its place inside a given folder. Limits: {@link IngestLimits}. Thread-safe.
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

  public Inputs read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    Collector collector = new Collector();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        walk(path, 0, new HashSet<>(), collector);
      } else {
        readFile(path, true, collector);
      }
    }
    return new Inputs(collector.documents, collector.errors);
  }

  private void walk(Path folder, int depth, Set<Path> visiting, Collector collector) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      collector.error(folder, ErrorCode.UNREADABLE, "cannot resolve folder: " + describe(e));
      return;
    }
    if (!visiting.add(real)) {
      collector.error(folder, ErrorCode.UNREADABLE, "symbolic link loop back to " + real + "; not entered again");
      return;
    }
    if (depth > limits.maxFolderDepth()) {
      collector.error(folder, ErrorCode.TOO_LARGE, "folder nested deeper than " + limits.maxFolderDepth() + " levels; not entered");
      visiting.remove(real);
      return;
    }
    List<Path> entries;
    try (Stream<Path> listing = Files.list(folder)) {
      entries = listing.sorted().toList();
    } catch (IOException e) {
      collector.error(folder, ErrorCode.UNREADABLE, "cannot list folder: " + describe(e));
      visiting.remove(real);
      return;
    }
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry, depth + 1, visiting, collector);
      } else if (kind(entry) != null) {
        readFile(entry, false, collector);
      }
    }
    visiting.remove(real);
  }

  private void readFile(Path file, boolean explicit, Collector collector) {
    Kind kind = kind(file);
    if (kind == null) {
      if (explicit) {
        collector.error(file, Files.exists(file) ? ErrorCode.UNSUPPORTED : ErrorCode.UNREADABLE,
            Files.exists(file) ? "not a kind Parallax reads (use .txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc or .warc.gz)"
                : "no such file or folder");
      }
      return;
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      collector.error(file, ErrorCode.UNREADABLE, "not a regular file (a pipe, socket or device); not read");
      return;
    }
    try {
      if (kind == Kind.JSON_LINES) {
        new JsonLinesReader(limits).read(file, collector);
        return;
      }
      if (kind == Kind.WARC) {
        try (InputStream in = Files.newInputStream(file)) {
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
      if (kind == Kind.FEED) {
        if (bytes.length == 0) {
          collector.error(file, ErrorCode.EMPTY, "empty file");
        } else {
          new FeedReader().read(bytes, file.toString(), collector);
        }
        return;
      }
      String text = Decoder.decode(bytes, kind == Kind.HTML);
      if (text.isBlank()) {
        collector.error(file, ErrorCode.EMPTY, bytes.length == 0 ? "empty file" : "only white space");
        return;
      }
      collector.documents.add(RawDocument.of(file.toString(), kind == Kind.HTML ? SourceFormat.HTML : SourceFormat.TEXT, text));
    } catch (Decoder.NotText e) {
      collector.error(file, e.binary ? ErrorCode.BINARY : ErrorCode.INVALID_ENCODING, e.getMessage());
    } catch (IOException e) {
      collector.error(file, ErrorCode.UNREADABLE, describe(e));
    }
  }

  private enum Kind { TEXT, HTML, JSON_LINES, FEED, WARC }

  private static Kind kind(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Kind.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return Kind.FEED;
    }
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    return null;
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

  /** Accumulates the outcome of one {@link #read}. */
  static final class Collector {
    final List<RawDocument> documents = new ArrayList<>();
    final List<IngestError> errors = new ArrayList<>();

    void error(Path path, ErrorCode code, String message) {
      errors.add(new IngestError(path.toString(), code, message));
    }

    void error(String source, ErrorCode code, String message) {
      errors.add(new IngestError(source, code, message));
    }
  }
}
