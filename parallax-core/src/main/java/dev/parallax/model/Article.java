package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * An extracted article: the body text every span points into, plus its metadata.
 *
 * @param id stable id: a hash of the canonical URL (when known) and the normalised body
 * @param source the input it came from, as given
 * @param url canonical URL, or null
 * @param outlet the publishing outlet (site) name, or null when the input does not reveal it
 * @param headline the headline, or null
 * @param published when the article says it was published, or null
 * @param authors bylined authors, possibly empty
 * @param body paragraphs of the article, in order, separated by a blank line
 * @param paragraphs spans of the paragraphs in {@code body}
 * @param boilerplate every line removed from the page text except the headline (menus,
 *     counters, footers, bylines, captions, credits), in page order
 * @param captions image captions, kept apart from the body
 * @param credits wire services or outlets the article credits ("Reuters", "TASS")
 * @param language ISO 639-1 language code where known, or null
 * @param modified when the article says it was last modified (never before {@code published}), or null
 * @param section the section the outlet files the article under ("Politics", "Sport"), or null
 */
public record Article(
    String id,
    String source,
    String url,
    String outlet,
    String headline,
    PublicationTime published,
    List<String> authors,
    String body,
    List<Span> paragraphs,
    List<String> boilerplate,
    List<String> captions,
    List<String> credits,
    String language,
    PublicationTime modified,
    String section) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    boilerplate = List.copyOf(boilerplate);
    captions = List.copyOf(captions);
    credits = List.copyOf(credits);
    for (Span paragraph : paragraphs) {
      if (paragraph.end() > body.length()) {
        throw new IllegalArgumentException(
            "paragraph " + paragraph + " exceeds body length " + body.length() + " in " + source);
      }
    }
  }

  /** An article whose modified date and section are not known. */
  public Article(String id, String source, String url, String outlet, String headline, PublicationTime published,
      List<String> authors, String body, List<Span> paragraphs, List<String> boilerplate, List<String> captions,
      List<String> credits, String language) {
    this(id, source, url, outlet, headline, published, authors, body, paragraphs, boilerplate, captions, credits,
        language, null, null);
  }
}
