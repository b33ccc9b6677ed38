package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code parallax} in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  JsonNode json() {
    try {
      return new ObjectMapper().readTree(out);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("not JSON: " + out + "\nstderr: " + err, e);
    }
  }

  /** The repository root: the nearest folder up from the working directory with a {@code samples/} folder. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no samples/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** {@code ../shared} beside the repository, where the seeds and benchmarks live (may be absent). */
  static Path shared() {
    String configured = System.getProperty("parallax.shared");
    return configured != null ? Path.of(configured) : repositoryRoot().resolveSibling("shared");
  }
}
