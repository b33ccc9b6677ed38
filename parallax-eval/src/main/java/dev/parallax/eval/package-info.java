/**
 * Quality evaluation on public benchmarks, each in its own published metric: clustering
 * ({@link dev.parallax.eval.ClusterEvaluation}) and body extraction ({@link
 * dev.parallax.eval.ExtractionEvaluation}). The benchmark data stays outside the repository.
 */
package dev.parallax.eval;
