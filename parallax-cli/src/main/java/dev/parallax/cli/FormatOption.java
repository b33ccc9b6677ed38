package dev.parallax.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print an analysis. */
final class FormatOption {

  @Option(names = "--format", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;
}
