package dev.parallax.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids and canonical URLs. The id is the first 16 hex digits of SHA-256 over the
 * canonical URL and the body with white space folded, so the same article read twice gets the
 * same id, and the same text at two addresses gets two. Thread-safe.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** The id of an article with this canonical URL (may be null) and body. */
  public static String idOf(String canonicalUrl, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((canonicalUrl == null ? "" : canonicalUrl).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(body.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  /**
   * The canonical form of a web address: lower-case scheme and host, no fragment, no default
   * port, no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), no trailing
   * slash on a path. Anything that is not an absolute http(s) URL is returned stripped, as given.
   */
  public static String canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
        return trimmed;
      }
      int port = uri.getPort();
      if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
        port = -1;
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = keptQuery(uri.getRawQuery());
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port)
          + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static String keptQuery(String rawQuery) {
    if (rawQuery == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String parameter : rawQuery.split("&")) {
      String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (parameter.isEmpty() || name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append('&');
      }
      kept.append(parameter);
    }
    return kept.toString();
  }
}
