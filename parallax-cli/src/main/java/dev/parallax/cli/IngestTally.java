package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.model.Article;
import dev.parallax.model.IngestError;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds up the reports of one ingest's batches. Of each added article it keeps the identity
 * (id, source, URL, outlet, headline, dates), not the text, so that memory stays bounded by the
 * batch rather than the input. Not thread-safe.
 */
final class IngestTally {

  private final List<Article> added = new ArrayList<>();
  private final List<IngestReport.Duplicate> duplicates = new ArrayList<>();
  private final List<IngestReport.Version> versions = new ArrayList<>();
  private final List<IngestError> errors = new ArrayList<>();
  private long inputs;

  /** One batch of {@code inputs} inputs (documents and read errors) and what ingesting it did. */
  void add(int inputs, IngestReport part) {
    this.inputs += inputs;
    part.added().forEach(article -> added.add(identity(article)));
    duplicates.addAll(part.duplicates());
    versions.addAll(part.versions());
    errors.addAll(part.errors());
  }

  long inputs() {
    return inputs;
  }

  long stored() {
    return added.size();
  }

  long duplicates() {
    return duplicates.size();
  }

  long rejected() {
    return errors.size();
  }

  /** The whole ingest's report; its articles carry no text. */
  IngestReport report() {
    return new IngestReport(added, duplicates, errors, versions);
  }

  private static Article identity(Article article) {
    return new Article(article.id(), article.source(), article.url(), article.outlet(), article.headline(),
        article.published(), article.authors(), "", List.of(), List.of(), List.of(), article.credits(),
        article.language(), article.modified(), article.section());
  }
}
