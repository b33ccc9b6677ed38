package dev.parallax;

import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import java.util.List;

/**
 * What one ingest did: articles newly stored, new versions of stored articles, inputs that
 * were already stored (or appeared twice in the batch) and were not stored again, and inputs
 * that failed, each with its reason. An article stored as a new version is in {@code added}
 * too when it is current after the ingest.
 */
public record IngestReport(List<Article> added, List<Duplicate> duplicates, List<IngestError> errors,
    List<Version> versions) {

  public IngestReport {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
    errors = List.copyOf(errors);
    versions = List.copyOf(versions);
  }

  /** A report without versions. */
  public IngestReport(List<Article> added, List<Duplicate> duplicates, List<IngestError> errors) {
    this(added, duplicates, errors, List.of());
  }

  /** An input whose article is already stored, under {@code articleId}. */
  public record Duplicate(String source, String articleId) {}

  /**
   * An input whose article is a new version of another at the same canonical URL: {@code
   * articleId} is the new version, {@code previousId} the one it follows.
   */
  public record Version(String source, String articleId, String previousId) {}
}
