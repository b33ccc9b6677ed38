package dev.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.IngestReport;
import dev.parallax.ingest.FileIngest;
import dev.parallax.ingest.IngestLimits;
import dev.parallax.model.IngestError;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceFormat;
import dev.parallax.server.json.JsonReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The write API: ingest of uploaded files, posted text or HTML, and a fetched URL. Off
 * ({@code 403 writes_disabled}) unless the server has a token; then each request must carry
 * {@code Authorization: Bearer TOKEN} ({@code 401 unauthorized} otherwise). Bodies over the
 * limit get {@code 413 too_large}. Inputs that cannot be read are reported in the answer's
 * {@code errors} with their code, and the rest of the request goes on.
 */
final class Ingestion {

  private final Library library;
  private final ParallaxServer.Settings settings;
  private final UrlFetcher fetcher;

  Ingestion(Library library, ParallaxServer.Settings settings) {
    this.library = library;
    this.settings = settings;
    this.fetcher = new UrlFetcher(settings.allowPrivateUrls(), settings.maxBodyBytes(), settings.fetchTimeout());
  }

  boolean writable() {
    return settings.token() != null;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/ingest/text", ctx -> posted(ctx, SourceFormat.TEXT));
    routes.post("/api/ingest/html", ctx -> posted(ctx, SourceFormat.HTML));
    routes.post("/api/ingest/files", this::files);
    routes.post("/api/ingest/url", this::url);
  }

  private void posted(Context ctx, SourceFormat format) {
    authorize(ctx);
    String text = new String(body(ctx), StandardCharsets.UTF_8);
    String source = ctx.queryParam("source");
    source = source == null || source.isBlank() ? "api:" + format.name().toLowerCase(java.util.Locale.ROOT) : source.trim();
    if (text.isBlank()) {
      throw ApiException.badRequest("the request body is empty; post the article's " + format.name().toLowerCase(java.util.Locale.ROOT));
    }
    answer(ctx, library.ingest(List.of(RawDocument.of(source, format, text)), List.of()));
  }

  private void files(Context ctx) {
    authorize(ctx);
    checkLength(ctx);
    if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/form-data")) {
      throw ApiException.badRequest("upload files as multipart/form-data");
    }
    List<UploadedFile> uploads = ctx.uploadedFiles();
    if (uploads.isEmpty()) {
      throw ApiException.badRequest("the request holds no files");
    }
    Path folder = null;
    try {
      folder = Files.createTempDirectory("parallax-upload-");
      List<Path> paths = new ArrayList<>();
      for (int i = 0; i < uploads.size(); i++) {
        Path file = folder.resolve(i + "-" + safeName(uploads.get(i).filename()));
        try (InputStream in = uploads.get(i).content()) {
          Files.copy(in, file);
        }
        paths.add(file);
      }
      IngestLimits limits = new IngestLimits(settings.maxBodyBytes(), (int) settings.maxBodyBytes(), 0,
          IngestLimits.DEFAULTS.maxBytesPerArchive());
      FileIngest.Inputs inputs = new FileIngest(limits).read(paths);
      String prefix = folder.toString();
      List<RawDocument> documents = inputs.documents().stream()
          .map(d -> new RawDocument(uploadName(d.source(), prefix), d.format(), d.content(), d.hints())).toList();
      List<IngestError> errors = inputs.errors().stream()
          .map(e -> new IngestError(uploadName(e.source(), prefix), e.code(), e.message())).toList();
      answer(ctx, library.ingest(documents, errors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempFolders.delete(folder);
    }
  }

  private void url(Context ctx) {
    authorize(ctx);
    JsonNode request;
    try {
      request = Json.MAPPER.readTree(body(ctx));
    } catch (IOException e) {
      throw ApiException.badRequest("the body must be JSON like {\"url\": \"https://...\"}");
    }
    JsonNode url = request == null ? null : request.get("url");
    if (url == null || !url.isTextual() || url.asText().isBlank()) {
      throw ApiException.badRequest("the body must be JSON like {\"url\": \"https://...\"}");
    }
    UrlFetcher.Page page = fetcher.fetch(url.asText());
    RawDocument document = new RawDocument(url.asText(), page.html() ? SourceFormat.HTML : SourceFormat.TEXT, page.text(),
        new RawDocument.Hints(page.url(), null, null, null, null));
    answer(ctx, library.ingest(List.of(document), List.of()));
  }

  private void authorize(Context ctx) {
    if (settings.token() == null) {
      throw new ApiException(403, "writes_disabled",
          "this server is read-only; start it with --token (or PARALLAX_TOKEN) to allow ingest");
    }
    String header = ctx.header("Authorization");
    String expected = "Bearer " + settings.token();
    if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'");
    }
  }

  private byte[] body(Context ctx) {
    checkLength(ctx);
    return ctx.bodyAsBytes();
  }

  private void checkLength(Context ctx) {
    if (ctx.contentLength() > settings.maxBodyBytes()) {
      throw new ApiException(413, "too_large",
          "the body has " + ctx.contentLength() + " bytes, over the limit of " + settings.maxBodyBytes());
    }
  }

  private static void answer(Context ctx, IngestReport report) {
    ObjectNode body = JsonReport.ingest(report);
    body.put("addedCount", report.added().size()).put("duplicateCount", report.duplicates().size())
        .put("errorCount", report.errors().size());
    Json.send(ctx, 200, body);
  }

  /** A file name safe to create: the last path segment, unusual characters replaced. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }

  private static String uploadName(String source, String prefix) {
    if (!source.startsWith(prefix)) {
      return source;
    }
    String rest = source.substring(prefix.length() + 1);
    return "upload:" + rest.substring(rest.indexOf('-') + 1);
  }
}
