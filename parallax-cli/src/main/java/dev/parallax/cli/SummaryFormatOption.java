package dev.parallax.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print a summary of what they did (text or JSON). */
final class SummaryFormatOption {

  @Option(names = "--format", defaultValue = "text", description = "Output: text or json (default ${DEFAULT-VALUE}).")
  Format format;
}
