package dev.parallax.server;

import dev.parallax.Parallax;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code parallax serve}: the JSON REST API (docs/API.md) and the story web page over one
 * {@link Parallax}, in one process. Reads never wait for an ingest; write endpoints answer
 * {@code 403 writes_disabled} unless a token is configured, and then need it as a bearer
 * token. Closing stops the server and closes the engine.
 *
 * <pre>{@code
 * try (ParallaxServer server = ParallaxServer.start(parallax, ParallaxServer.Settings.local(0))) {
 *   URI page = URI.create("http://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 */
public final class ParallaxServer implements AutoCloseable {

  private final Library library;
  private final Javalin app;

  /**
   * How to serve.
   *
   * @param host the address to listen on (loopback by default)
   * @param port the port, 0 for any free one
   * @param token the write token, or null for a read-only server
   * @param allowPrivateUrls whether URL ingest may fetch loopback, private and link-local hosts
   * @param maxBodyBytes the largest request body accepted (larger ones get 413)
   * @param fetchTimeout the time limit of one URL fetch, redirects included
   */
  public record Settings(String host, int port, String token, boolean allowPrivateUrls, long maxBodyBytes,
      Duration fetchTimeout) {

    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(fetchTimeout, "fetchTimeout");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
      }
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("the write token must not be blank");
      }
      if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("the body limit must be from 1 to " + Integer.MAX_VALUE + " bytes, got " + maxBodyBytes);
      }
    }

    /** Loopback, read-only, default limits. */
    public static Settings local(int port) {
      return new Settings("127.0.0.1", port, null, false, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(10));
    }

    public Settings withToken(String writeToken) {
      return new Settings(host, port, writeToken, allowPrivateUrls, maxBodyBytes, fetchTimeout);
    }
  }

  private ParallaxServer(Library library, Javalin app) {
    this.library = library;
    this.app = app;
  }

  /**
   * Analyses what the store holds, then listens. The server owns {@code parallax} from now on
   * (it is closed also when starting fails).
   *
   * @throws IllegalArgumentException when the address cannot be listened on
   */
  public static ParallaxServer start(Parallax parallax, Settings settings) {
    Library library = new Library(parallax);
    try {
      Routes routes = new Routes(library, settings);
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
        routes.register(config.routes);
      });
      try {
        app.start(settings.host(), settings.port());
      } catch (JavalinBindException e) {
        throw new IllegalArgumentException("cannot listen on " + settings.host() + ":" + settings.port()
            + " (in use, or not an address of this machine); choose another --port or --host", e);
      }
      return new ParallaxServer(library, app);
    } catch (RuntimeException e) {
      library.close();
      throw e;
    }
  }

  /** The port listened on (the chosen one when started on port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      library.close();
    }
  }
}
