/**
 * The extraction stage: page text or HTML in, {@link dev.parallax.model.Article} out. Entry
 * point: {@link dev.parallax.extract.Extractor}.
 */
package dev.parallax.extract;
