package dev.parallax.extract;

import dev.parallax.model.PublicationTime;
import java.util.List;

/**
 * What a page extractor found in one page, before the pipeline assembles the {@code Article}
 * (body text, spans, id). Fields may be null or empty where the page does not reveal them.
 *
 * @param published when the page says it was published
 * @param modified when the page says it was last modified (never before {@code published})
 * @param section the section the page files the article under ("Politics"), as declared
 * @param paragraphs body paragraphs in reading order (sub-headings count as paragraphs)
 * @param boilerplate removed lines worth reporting (menus, counters, footers, credits), in page order
 */
record PageContent(
    String url,
    String outlet,
    String headline,
    PublicationTime published,
    PublicationTime modified,
    String section,
    List<String> authors,
    List<String> paragraphs,
    List<String> boilerplate,
    List<String> captions,
    List<String> credits,
    String language) {

  PageContent {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    boilerplate = List.copyOf(boilerplate);
    captions = List.copyOf(captions);
    credits = List.copyOf(credits);
  }
}
