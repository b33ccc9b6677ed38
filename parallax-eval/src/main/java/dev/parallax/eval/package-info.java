/**
 * Quality evaluation on public benchmarks, each in its own published metric: clustering
 * ({@link dev.parallax.eval.ClusterEvaluation}), body extraction on the Scrapinghub layout
 * ({@link dev.parallax.eval.ExtractionEvaluation}, with {@link dev.parallax.eval.Readability4jBodies}
 * as a reference extractor) and the trafilatura layout ({@link dev.parallax.eval.SnippetEvaluation}),
 * and publication dates on htmldate's set ({@link dev.parallax.eval.DateEvaluation}). The
 * benchmark data stays outside the repository. Speed on generated streams: the clustering stage
 * alone ({@link dev.parallax.eval.ScaleBenchmark} over {@link dev.parallax.eval.ArticleStream}) and
 * the whole path into an on-disk store ({@link dev.parallax.eval.PipelineBenchmark} over {@link
 * dev.parallax.eval.NewsStream}).
 */
package dev.parallax.eval;
