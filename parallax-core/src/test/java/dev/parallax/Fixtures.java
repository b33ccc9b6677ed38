package dev.parallax;

import dev.parallax.extract.Extractor;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test fixtures kept as files beside the tests. */
public final class Fixtures {

  private Fixtures() {}

  /** A classpath resource as text, e.g. {@code "/dev/parallax/extract/text/roundup.txt"}. */
  public static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scraped-text fixture as a raw document named after the resource. */
  public static RawDocument text(String resource) {
    return RawDocument.of(resource, SourceFormat.TEXT, read(resource));
  }

  /** A scraped-text fixture extracted into an article; fails if extraction fails. */
  public static Article article(String resource) {
    Extractor.Result result = new Extractor().extract(text(resource));
    if (result.error() != null) {
      throw new AssertionError("fixture " + resource + " did not extract: " + result.error());
    }
    return result.article();
  }
}
