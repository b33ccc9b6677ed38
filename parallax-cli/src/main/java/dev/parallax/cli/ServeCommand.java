package dev.parallax.cli;

import dev.parallax.IngestReport;
import dev.parallax.Parallax;
import dev.parallax.ingest.FileIngest;
import dev.parallax.server.DemoCorpus;
import dev.parallax.server.ParallaxServer;
import dev.parallax.store.lucene.LuceneStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the story web page and the JSON REST API (docs/API.md) until stopped (Ctrl-C).",
        "Listens on loopback unless --host says otherwise. Ingest over the API needs --token.",
        "Examples: parallax serve --demo;  parallax serve --store my.store --port 8080"})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--store", paramLabel = "DIR", description = "Serve this store directory (created if missing).")
    Path store;

    @Option(names = "--demo", description = "Serve the bundled sample articles from a temporary store.")
    boolean demo;
  }

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on, 0 for any free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARALLAX_TOKEN}",
      description = "Allow ingest over the API to requests with 'Authorization: Bearer TOKEN' (default: env PARALLAX_TOKEN; none: read-only).")
  String token;

  @Option(names = "--allow-private-urls",
      description = "Let URL ingest fetch loopback, private and link-local addresses (refused by default).")
  boolean allowPrivateUrls;

  @Option(names = "--max-body-bytes", defaultValue = "16777216", paramLabel = "BYTES",
      description = "Largest request body and fetched page accepted (default ${DEFAULT-VALUE}, 16 MiB).")
  long maxBodyBytes;

  @Option(names = "--fetch-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "Time limit of one URL fetch, redirects included (default ${DEFAULT-VALUE}).")
  int fetchTimeoutSeconds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (fetchTimeoutSeconds < 1) {
      throw new IllegalArgumentException("--fetch-timeout must be at least 1 second, got " + fetchTimeoutSeconds);
    }
    ParallaxServer.Settings settings = new ParallaxServer.Settings(host, port, token, allowPrivateUrls, maxBodyBytes,
        Duration.ofSeconds(fetchTimeoutSeconds));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path directory = source.demo ? Files.createTempDirectory("parallax-demo-store-") : source.store;
    Parallax parallax = Parallax.builder().store(LuceneStore.open(directory)).build();
    if (source.demo) {
      FileIngest.Inputs samples = DemoCorpus.read();
      IngestReport report = parallax.ingest(samples.documents(), samples.errors());
      report.errors().forEach(error -> err.println("parallax: " + error));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ParallaxServer server;
    try {
      server = ParallaxServer.start(parallax, settings);
    } catch (RuntimeException e) {
      if (source.demo) {
        AnalyzeCommand.deleteTree(directory);
      }
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      if (source.demo) {
        AnalyzeCommand.deleteTree(directory);
      }
      stopped.countDown();
    }, "parallax-serve-shutdown"));
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      err.println("parallax: listening on " + host + ": reachable from other machines");
      err.flush();
    }
    out.println("parallax: serving " + (source.demo ? "the bundled samples" : directory) + " at http://"
        + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/"
        + (token == null ? " (read-only: no --token)" : " (ingest allowed with the token)"));
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
