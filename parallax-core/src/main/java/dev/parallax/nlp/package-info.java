/**
 * The annotation stage: sentences, entities, time expressions, quotes and segments of an
 * article. Entry point: {@link dev.parallax.nlp.Annotator}.
 */
package dev.parallax.nlp;
