package dev.parallax.cli;

import java.nio.file.Path;

/** The five seed articles of {@code ../shared/seeds} against their hand-written gold; skipped without it. */
class SeedsTest extends GoldCorpusTest {
  @Override
  Path corpus() {
    return Cli.shared().resolve("seeds");
  }
}
