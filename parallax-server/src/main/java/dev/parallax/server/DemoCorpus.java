package dev.parallax.server;

import dev.parallax.ingest.FileIngest;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample corpus bundled in the jar under {@code samples/} (the repository's
 * {@code samples/} folder), read as ingest inputs for {@code parallax serve --demo}. Works the
 * same from the shaded command-line jar and from a build's class folder.
 */
public final class DemoCorpus {

  private DemoCorpus() {}

  /** The bundled samples as documents, each named {@code samples/FILE}. */
  public static FileIngest.Inputs read() {
    Path copy = null;
    try {
      copy = Files.createTempDirectory("parallax-demo-");
      copyBundled(copy);
      FileIngest.Inputs inputs = new FileIngest().read(List.of(copy));
      String prefix = copy.toString();
      List<RawDocument> documents = inputs.documents().stream()
          .map(d -> new RawDocument(rename(d.source(), prefix), d.format(), d.content(), d.hints())).toList();
      List<IngestError> errors = inputs.errors().stream()
          .map(e -> new IngestError(rename(e.source(), prefix), e.code(), e.message())).toList();
      if (documents.isEmpty()) {
        throw new IllegalStateException("the jar holds no sample articles under samples/");
      }
      return new FileIngest.Inputs(documents, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempFolders.delete(copy);
    }
  }

  private static void copyBundled(Path target) throws IOException {
    Path home;
    try {
      home = Path.of(DemoCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar holding the samples", e);
    }
    if (Files.isDirectory(home)) {
      copyFolder(home.resolve("samples"), target);
      return;
    }
    try (FileSystem jar = FileSystems.newFileSystem(home)) {
      copyFolder(jar.getPath("/samples"), target);
    }
  }

  private static void copyFolder(Path samples, Path target) throws IOException {
    if (!Files.isDirectory(samples)) {
      throw new IllegalStateException("no bundled samples at " + samples);
    }
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
  }

  private static String rename(String source, String prefix) {
    return source.startsWith(prefix) ? "samples" + source.substring(prefix.length()) : source;
  }
}
