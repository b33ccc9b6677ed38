/**
 * The comparison stage: what the articles of one event share and where they differ, starting
 * with quotes aligned into utterances ({@link dev.parallax.compare.QuoteAligner}).
 */
package dev.parallax.compare;
