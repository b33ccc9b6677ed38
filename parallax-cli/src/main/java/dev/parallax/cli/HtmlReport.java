package dev.parallax.cli;

import dev.parallax.Analysis;
import dev.parallax.brief.BriefSentence;
import dev.parallax.brief.Citation;
import dev.parallax.compare.Fact;
import dev.parallax.compare.Framing;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.model.Article;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A self-contained HTML page of an analysis (no scripts, no external resources): per story the
 * brief with links to the cited spans, the events with coverage, facts, word choices and quote
 * variants, and every article's body with the cited and quoted spans highlighted. All article
 * text is escaped.
 */
final class HtmlReport {

  private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;"
      + "color:#222}h1,h2,h3{line-height:1.2}.cite{font-size:.8em;margin-left:.3em}mark{background:#fff3b0}"
      + ".conflict{color:#a11}.article{border-top:1px solid #ccc;margin-top:1.5rem}.meta{color:#666;font-size:.9em}"
      + "blockquote{margin:.3rem 0 .3rem 1rem;border-left:3px solid #ccc;padding-left:.6rem}"
      + "table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;border-bottom:1px solid #eee}";

  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Set<Span>> marks = new HashMap<>();
  private final StringBuilder out = new StringBuilder();

  private HtmlReport(Analysis analysis) {
    analysis.articles().forEach(article -> articles.put(article.id(), article));
  }

  static String of(Analysis analysis) {
    return new HtmlReport(analysis).render(analysis);
  }

  private String render(Analysis analysis) {
    Map<String, Analysis.EventReport> events = new HashMap<>();
    analysis.events().forEach(event -> events.put(event.event().id(), event));
    append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Parallax analysis</title><style>")
        .append(STYLE).append("</style></head><body><h1>Parallax analysis</h1><p class=\"meta\">")
        .append(analysis.articles().size()).append(" articles, ").append(analysis.events().size()).append(" events, ")
        .append(analysis.stories().size()).append(" stories</p>");
    for (Analysis.StoryReport story : analysis.stories()) {
      story(story, events);
    }
    append("<h2>Articles</h2>");
    for (Article article : analysis.articles()) {
      article(article);
    }
    return append("</body></html>\n").out.toString();
  }

  private void story(Analysis.StoryReport report, Map<String, Analysis.EventReport> events) {
    append("<section class=\"story\"><h2>").text(report.story().title()).append("</h2>");
    BriefSentence.Section section = null;
    for (BriefSentence sentence : report.brief().sentences()) {
      if (sentence.section() != section) {
        append(section == null ? "" : "</ul>").append("<h3>").text(sentence.section().title()).append("</h3><ul>");
        section = sentence.section();
      }
      append("<li>").text(sentence.text());
      for (Citation citation : sentence.citations()) {
        citeLink(citation.article(), citation.span());
      }
      append("</li>");
    }
    append(section == null ? "" : "</ul>");
    for (String eventId : report.story().events()) {
      event(events.get(eventId));
    }
    append("</section>");
  }

  private void event(Analysis.EventReport report) {
    append("<h3>Event ").text(report.event().id()).append(" · ")
        .text(report.event().date() == null ? "undated" : report.event().date().toString()).append("</h3>");
    append("<table><tr><th>published</th><th>outlet</th><th>headline</th></tr>");
    for (var coverage : report.comparison().coverage().reports()) {
      Article article = articles.get(coverage.article());
      if (article == null) {
        continue;
      }
      append("<tr><td>").text(coverage.published() == null ? "undated" : coverage.published().iso()).append("</td><td>")
          .text(outletOf(article)).append("</td><td><a href=\"#").append(anchor(article.id())).append("\">")
          .text(article.headline() == null ? "(no headline)" : article.headline()).append("</a></td></tr>");
    }
    append("</table><ul>");
    for (Fact fact : report.comparison().facts()) {
      if (fact.kind() != Fact.Kind.PARTIAL) {
        append(fact.kind() == Fact.Kind.CONFLICT ? "<li class=\"conflict\">Conflict: " : "<li>Agreed: ").text(fact.text());
        fact.statements().forEach(statement -> citeLink(statement.article(), statement.span()));
        append("</li>");
      }
    }
    for (Framing.WordChoice choice : report.comparison().framing().wordChoices()) {
      append("<li>Words for ").text(choice.referent()).append(": ").text(String.join(", ", choice.terms())).append("</li>");
    }
    append("</ul>");
    for (QuoteGroup group : report.quotes()) {
      if (group.articleCount() > 1) {
        append("<p><strong>").text(group.speaker()).append("</strong>, ").append(group.articleCount()).append(" articles:</p>");
        for (QuoteVariant variant : group.variants()) {
          append("<blockquote>").text(variant.text());
          citeLink(variant.article(), variant.span());
          append("</blockquote>");
        }
      }
    }
  }

  private void article(Article article) {
    append("<section class=\"article\" id=\"").append(anchor(article.id())).append("\"><h3>")
        .text(article.headline() == null ? "(no headline)" : article.headline()).append("</h3><p class=\"meta\">")
        .text(outletOf(article)).append(" · ").text(article.published() == null ? "undated" : article.published().iso())
        .append(" · ").text(article.source()).append("</p>");
    Set<Span> cited = marks.getOrDefault(article.id(), Set.of());
    List<Span> highlighted = nonOverlapping(cited);
    String body = article.body();
    for (Span paragraph : article.paragraphs()) {
      append("<p>");
      for (Span hidden : cited) {
        if (!highlighted.contains(hidden) && paragraph.contains(new Span(hidden.start(), hidden.start()))) {
          append("<a id=\"").append(anchor(article.id(), hidden)).append("\"></a>");
        }
      }
      int at = paragraph.start();
      for (Span mark : highlighted) {
        if (mark.start() < paragraph.start() || mark.end() > paragraph.end()) {
          continue;
        }
        text(body.substring(at, mark.start()));
        append("<mark id=\"").append(anchor(article.id(), mark)).append("\">").text(mark.of(body)).append("</mark>");
        at = mark.end();
      }
      text(body.substring(at, paragraph.end())).append("</p>");
    }
    append("</section>");
  }

  /** Marks to draw: the earliest of overlapping spans wins; the others link to the article. */
  private static List<Span> nonOverlapping(Set<Span> spans) {
    List<Span> kept = new ArrayList<>();
    for (Span span : new TreeSet<>(spans)) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= span.start()) {
        kept.add(span);
      }
    }
    return kept;
  }

  private void citeLink(String articleId, Span span) {
    Article article = articles.get(articleId);
    if (article == null) {
      return;
    }
    marks.computeIfAbsent(articleId, id -> new LinkedHashSet<>()).add(span);
    append("<a class=\"cite\" href=\"#").append(anchor(articleId, span)).append("\">[").text(outletOf(article)).append("]</a>");
  }

  private static String anchor(String articleId, Span span) {
    return anchor(articleId) + "-" + span.start() + "-" + span.end();
  }

  private static String anchor(String articleId) {
    return "a-" + articleId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String outletOf(Article article) {
    return article.outlet() != null ? article.outlet() : article.source().replaceAll(".*[/\\\\]", "");
  }

  private HtmlReport append(Object raw) {
    out.append(raw);
    return this;
  }

  private HtmlReport text(String untrusted) {
    for (int i = 0; i < untrusted.length(); i++) {
      char c = untrusted.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return this;
  }

}
