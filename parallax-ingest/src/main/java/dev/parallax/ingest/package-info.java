/**
 * Reading inputs: files, folders and JSON Lines into raw documents, with a named error for
 * each input that cannot be read. Entry point: {@link dev.parallax.ingest.FileIngest}.
 */
package dev.parallax.ingest;
