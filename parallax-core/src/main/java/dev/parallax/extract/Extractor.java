package dev.parallax.extract;

import dev.parallax.model.Article;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.RawDocument;
import dev.parallax.model.RawDocument.Hints;
import dev.parallax.model.SourceFormat;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The extraction stage: turns one {@link RawDocument} (scraped text or HTML) into an {@link
 * Article}, or into a named {@link IngestError} when no article text can be found.
 *
 * <p>Metadata the input declares (a JSON Lines record's title, date, outlet, url) wins over what
 * the page reveals. The body is the article's paragraphs joined by blank lines; every span in
 * later stages points into it. Stateless and thread-safe.
 */
public final class Extractor {

  /**
   * Longer HTML pages are refused with {@link ErrorCode#TOO_LARGE}: the parsed DOM takes several
   * times the page's size in memory.
   */
  public static final int MAX_HTML_CHARS = 50_000_000;

  /** Fewer words than this in the body, and the input is reported as having no article. */
  public static final int MIN_BODY_WORDS = 20;

  private final OutletNames outlets = OutletNames.bundled();
  private final TextPageExtractor textPages = new TextPageExtractor(outlets);
  private final HtmlPageExtractor htmlPages = new HtmlPageExtractor();

  /** The outcome for one input: exactly one of {@code article} and {@code error} is set. */
  public record Result(Article article, IngestError error) {
    public Result {
      if ((article == null) == (error == null)) {
        throw new IllegalArgumentException("exactly one of article and error must be set");
      }
    }
  }

  /**
   * Extracts one document. Never throws for content: a page that makes an extractor fail
   * (a defect) comes back as a {@link ErrorCode#FAILED} error naming the failure.
   */
  public Result extract(RawDocument document) {
    Objects.requireNonNull(document, "document");
    try {
      return extractOrThrow(document);
    } catch (RuntimeException | StackOverflowError e) {
      return new Result(null, new IngestError(document.source(), ErrorCode.FAILED,
          "extraction failed (" + e.getClass().getSimpleName() + "); please report this input"));
    }
  }

  /**
   * Only the publication date an HTML page declares or shows (JSON-LD, meta tags, {@code <time>},
   * the URL's path, visible text), or null, chosen exactly as {@link #extract} chooses it.
   */
  public PublicationTime htmlPublished(String html, String url) {
    return htmlPages.published(html, url);
  }

  private Result extractOrThrow(RawDocument document) {
    Hints hints = document.hints();
    if (document.format() == SourceFormat.HTML && document.content().length() > MAX_HTML_CHARS) {
      return new Result(null, new IngestError(document.source(), ErrorCode.TOO_LARGE, "HTML page of "
          + document.content().length() + " characters, over the limit of " + MAX_HTML_CHARS));
    }
    PageContent page = switch (document.format()) {
      case TEXT -> textPages.extract(document.content());
      case HTML -> htmlPages.extract(document.content(), hints.url());
    };
    String body = String.join("\n\n", page.paragraphs());
    int words = TextShape.words(body);
    if (words < MIN_BODY_WORDS) {
      return new Result(null, new IngestError(document.source(), ErrorCode.NO_ARTICLE,
          "no article text found (" + words + " words of body; at least " + MIN_BODY_WORDS + " needed)"));
    }
    String url = ArticleIds.canonicalUrl(firstNonNull(hints.url(), page.url()));
    String id = hints.id() != null && !hints.id().isBlank() ? hints.id().strip() : ArticleIds.idOf(url, body);
    String outlet = firstNonNull(hints.outlet(), page.outlet(), outlets.selfReferenceIn(body));
    PublicationTime published = firstNonNull(hints.published(), page.published());
    PublicationTime modified = page.modified() != null && hints.published() != null
        && page.modified().date().isBefore(hints.published().date()) ? null : page.modified();
    List<String> credits = new ArrayList<>(page.credits());
    for (String credit : outlets.wireCreditsIn(body)) {
      if (!credits.contains(credit)) {
        credits.add(credit);
      }
    }
    return new Result(new Article(id, document.source(), url, outlet,
        firstNonNull(blankToNull(hints.title()), page.headline()), published, page.authors(), body,
        paragraphSpans(page.paragraphs()), page.boilerplate(), page.captions(), credits, page.language(),
        modified, page.section()), null);
  }

  private static List<Span> paragraphSpans(List<String> paragraphs) {
    List<Span> spans = new ArrayList<>(paragraphs.size());
    int at = 0;
    for (String paragraph : paragraphs) {
      spans.add(new Span(at, at + paragraph.length()));
      at += paragraph.length() + 2;
    }
    return spans;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
