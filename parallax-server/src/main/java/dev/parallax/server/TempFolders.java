package dev.parallax.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing the temporary folders the server writes uploads and samples to. */
final class TempFolders {

  private TempFolders() {}

  /** Deletes {@code folder} and everything in it; a leftover file is not worth a failure. */
  static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // temporary files left behind are cleaned by the system
    }
  }
}
