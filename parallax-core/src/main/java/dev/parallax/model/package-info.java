/**
 * Immutable records that flow through the pipeline. Text positions are {@link
 * dev.parallax.model.Span}s into an article's body.
 */
package dev.parallax.model;
