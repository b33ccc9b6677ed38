/**
 * Reading inputs: files, folders, JSON Lines, RSS/Atom feeds and WARC archives into raw
 * documents, with a named error for each input that cannot be read. Entry point: {@link
 * dev.parallax.ingest.FileIngest}.
 */
package dev.parallax.ingest;
