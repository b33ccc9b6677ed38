package dev.parallax.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches a page for URL ingest, defensively: http and https only; every host (also after each
 * redirect, at most {@value #MAX_REDIRECTS}) must resolve only to public addresses unless
 * private targets are allowed (loopback, private, link-local, unique-local, multicast and
 * wildcard addresses are refused); at most {@code maxBytes} are read and the whole fetch must
 * finish within {@code timeout}. Refusals are {@link ApiException}s with stable codes.
 */
final class UrlFetcher {

  static final int MAX_REDIRECTS = 5;

  /** What a fetch returned: the final URL, whether it is HTML, and the decoded text. */
  record Page(String url, boolean html, String text) {}

  private final boolean allowPrivate;
  private final long maxBytes;
  private final Duration timeout;
  private final HttpClient client;

  UrlFetcher(boolean allowPrivate, long maxBytes, Duration timeout) {
    this.allowPrivate = allowPrivate;
    this.maxBytes = maxBytes;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
  }

  Page fetch(String url) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI target = parse(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkTarget(target);
      HttpResponse<InputStream> response = send(target, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        Optional<String> location = response.headers().firstValue("location");
        close(response);
        if (location.isEmpty()) {
          throw new ApiException(502, "fetch_failed", "redirect " + status + " without a Location from " + target);
        }
        target = parse(target.resolve(location.get()).toString());
        continue;
      }
      if (status != 200) {
        close(response);
        throw new ApiException(502, "fetch_failed", target + " answered HTTP " + status);
      }
      String type = response.headers().firstValue("content-type").orElse("text/html").toLowerCase(Locale.ROOT);
      byte[] body = read(response, deadline);
      return new Page(target.toString(), !type.startsWith("text/plain"), new String(body, charset(type)));
    }
    throw new ApiException(502, "fetch_failed", "more than " + MAX_REDIRECTS + " redirects from " + url);
  }

  private static URI parse(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("not a URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw ApiException.badRequest("only http and https URLs with a host can be ingested, got '" + url + "'");
    }
    return uri;
  }

  private void checkTarget(URI uri) {
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new ApiException(502, "fetch_failed", "unknown host " + uri.getHost());
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new ApiException(403, "url_refused", uri.getHost() + " resolves to " + address.getHostAddress()
            + ", a loopback, private or link-local address; start the server with --allow-private-urls to allow it");
      }
    }
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
      boolean mappedV4 = isMappedV4(bytes);
      if (uniqueLocal) {
        return false;
      }
      if (mappedV4) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    boolean carrierNat = first == 100 && second >= 64 && second < 128;
    boolean thisNetwork = first == 0;
    return !carrierNat && !thisNetwork;
  }

  private static boolean isMappedV4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
  }

  private HttpResponse<InputStream> send(URI target, long deadline) {
    HttpRequest request = HttpRequest.newBuilder(target).timeout(remaining(deadline, target))
        .header("User-Agent", "parallax-serve/0.1").GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new ApiException(504, "fetch_timeout", "no answer from " + target + " within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new ApiException(502, "fetch_failed", "cannot fetch " + target + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "fetch_failed", "interrupted while fetching " + target);
    }
  }

  private Duration remaining(long deadline, URI target) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new ApiException(504, "fetch_timeout", "fetching " + target + " took longer than " + timeout.toMillis() + " ms");
    }
    return Duration.ofNanos(left);
  }

  /** Reads the body within the limits; a body that stalls is cut off by closing it at the deadline. */
  private byte[] read(HttpResponse<InputStream> response, long deadline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    InputStream in = response.body();
    CompletableFuture<Void> cutOff = CompletableFuture.runAsync(() -> close(response),
        CompletableFuture.delayedExecutor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    try (in) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) {
          throw new ApiException(413, "too_large", response.uri() + " is larger than the limit of " + maxBytes + " bytes");
        }
      }
    } catch (IOException e) {
      if (System.nanoTime() >= deadline) {
        throw new ApiException(504, "fetch_timeout", "fetching " + response.uri() + " took longer than " + timeout.toMillis() + " ms");
      }
      throw new ApiException(502, "fetch_failed", "cannot read " + response.uri() + ": " + e.getMessage());
    } finally {
      cutOff.cancel(false);
    }
    remaining(deadline, response.uri());
    return out.toByteArray();
  }

  private static Charset charset(String contentType) {
    int at = contentType.indexOf("charset=");
    if (at >= 0) {
      String name = contentType.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing left to read from a closed redirect or error answer
    }
  }
}
