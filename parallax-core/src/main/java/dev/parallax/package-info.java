/**
 * Parallax: multi-source news analysis. Start at {@link dev.parallax.Parallax}: ingest raw
 * documents, read back an {@link dev.parallax.Analysis} of events and stories.
 */
package dev.parallax;
