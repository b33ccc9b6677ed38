/** The embedded on-disk store: {@link dev.parallax.store.lucene.LuceneStore}. */
package dev.parallax.store.lucene;
