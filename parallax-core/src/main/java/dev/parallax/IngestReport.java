package dev.parallax;

import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import java.util.List;

/**
 * What one ingest did: articles newly stored, inputs that were already stored (or appeared
 * twice in the batch) and were not stored again, and inputs that failed, each with its reason.
 */
public record IngestReport(List<Article> added, List<Duplicate> duplicates, List<IngestError> errors) {

  public IngestReport {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
    errors = List.copyOf(errors);
  }

  /** An input whose article is already stored, under {@code articleId}. */
  public record Duplicate(String source, String articleId) {}
}
