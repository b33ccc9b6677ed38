package dev.parallax.cli;

import picocli.CommandLine.Option;

/** The {@code --batch} option of the commands that write to a store. */
final class BatchOption {

  @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
      description = "Commit to the store every N inputs (default ${DEFAULT-VALUE}); a crash loses at most one batch, "
          + "and ingesting again resumes where it stopped.")
  int size;
}
