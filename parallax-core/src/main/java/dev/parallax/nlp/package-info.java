/**
 * The annotation stage: sentences, entities, time expressions, numbers with units, direct and
 * indirect quotes with their speakers, and segments of an article. Entry point: {@link dev.parallax.nlp.Annotator}.
 */
package dev.parallax.nlp;
