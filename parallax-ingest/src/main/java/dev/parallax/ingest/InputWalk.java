package dev.parallax.ingest;

import dev.parallax.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the paths given, in the order given, handing each file to read to a {@link Visitor} as
 * it is reached: folders recursively in name order, one folder's listing held at a time; hidden
 * entries and files of kinds ingest does not read are skipped inside folders. A symbolic link
 * loop, a folder nested deeper than the limit or one that cannot be listed is an error and the
 * walk goes on. Not thread-safe; one walk per instance.
 */
final class InputWalk {

  /** What the walk reaches. */
  interface Visitor {
    /** A file to read; {@code explicit} when it was named, not found inside a folder. */
    void file(Path file, boolean explicit);

    void error(Path path, ErrorCode code, String message);
  }

  private final int maxFolderDepth;
  private final Visitor visitor;
  private final Set<Path> visiting = new HashSet<>();

  InputWalk(int maxFolderDepth, Visitor visitor) {
    this.maxFolderDepth = maxFolderDepth;
    this.visitor = visitor;
  }

  void walk(List<Path> paths) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        folder(path, 0);
      } else {
        visitor.file(path, true);
      }
    }
  }

  private void folder(Path folder, int depth) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      visitor.error(folder, ErrorCode.UNREADABLE, "cannot resolve folder: " + FileIngest.describe(e));
      return;
    }
    if (!visiting.add(real)) {
      visitor.error(folder, ErrorCode.UNREADABLE, "symbolic link loop back to " + real + "; not entered again");
      return;
    }
    try {
      if (depth > maxFolderDepth) {
        visitor.error(folder, ErrorCode.TOO_LARGE, "folder nested deeper than " + maxFolderDepth + " levels; not entered");
        return;
      }
      List<Path> entries;
      try (Stream<Path> listing = Files.list(folder)) {
        entries = listing.sorted().toList();
      } catch (IOException e) {
        visitor.error(folder, ErrorCode.UNREADABLE, "cannot list folder: " + FileIngest.describe(e));
        return;
      }
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          folder(entry, depth + 1);
        } else if (InputKind.of(entry) != null) {
          visitor.file(entry, false);
        }
      }
    } finally {
      visiting.remove(real);
    }
  }
}
