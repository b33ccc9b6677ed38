package dev.parallax.cli;

import java.nio.file.Path;

/** The bundled sample corpus ({@code samples/}) against its own gold file. */
class SamplesTest extends GoldCorpusTest {
  @Override
  Path corpus() {
    return Cli.repositoryRoot().resolve("samples");
  }
}
