package dev.parallax.cli;

/** Output formats of the commands that print an analysis. */
enum Format {
  text,
  md,
  json,
  html
}
