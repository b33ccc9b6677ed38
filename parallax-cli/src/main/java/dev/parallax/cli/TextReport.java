package dev.parallax.cli;

import dev.parallax.Analysis;
import dev.parallax.brief.BriefSentence;
import dev.parallax.compare.Fact;
import dev.parallax.compare.Framing;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable renderings of an analysis: plain text for a terminal, Markdown for a document. */
final class TextReport {

  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Analysis.EventReport> events = new HashMap<>();
  private final boolean markdown;
  private final StringBuilder out = new StringBuilder();

  private TextReport(Analysis analysis, boolean markdown) {
    analysis.articles().forEach(article -> articles.put(article.id(), article));
    analysis.events().forEach(event -> events.put(event.event().id(), event));
    this.markdown = markdown;
  }

  static String plain(Analysis analysis) {
    return new TextReport(analysis, false).render(analysis);
  }

  static String markdown(Analysis analysis) {
    return new TextReport(analysis, true).render(analysis);
  }

  private String render(Analysis analysis) {
    if (markdown) {
      line("# Parallax analysis");
      line("");
    }
    line(analysis.articles().size() + " articles, " + analysis.events().size() + " events, "
        + analysis.stories().size() + " stories" + (analysis.errors().isEmpty() ? "" : ", " + analysis.errors().size() + " inputs rejected"));
    for (Analysis.StoryReport story : analysis.stories()) {
      line("");
      line(markdown ? "## " + story.story().title() + " (" + story.story().id() + ")"
          : "STORY " + story.story().id() + ": " + story.story().title());
      if (story.sample().partial()) {
        line((markdown ? "" : "  ") + sampleNote(story.sample()).substring(3));
      }
      BriefSentence.Section section = null;
      for (BriefSentence sentence : story.brief().sentences()) {
        if (sentence.section() != section) {
          section = sentence.section();
          String name = section.title();
          line(markdown ? "" : "  " + name + ":");
          if (markdown) {
            line("**" + name + "**");
            line("");
          }
        }
        String cited = sentence.citations().stream().map(c -> sourceOf(c.article())).distinct()
            .collect(Collectors.joining("; "));
        line((markdown ? "- " : "    ") + sentence.text() + " [" + cited + "]");
      }
      story.changes().stream().filter(ClusterChange::aboutStories).forEach(change ->
          line((markdown ? "- " : "  ") + "Id change: " + describe(change)));
      for (String eventId : story.story().events()) {
        event(events.get(eventId));
      }
    }
    if (!analysis.changes().isEmpty()) {
      line("");
      line(markdown ? "## Id changes" : "ID CHANGES");
      for (ClusterChange change : analysis.changes()) {
        line((markdown ? "- " : "  ") + describe(change));
      }
    }
    if (!analysis.errors().isEmpty()) {
      line("");
      line(markdown ? "## Rejected inputs" : "REJECTED INPUTS");
      for (IngestError error : analysis.errors()) {
        line((markdown ? "- " : "  ") + error.source() + ": " + error.code().code() + ": " + error.message());
      }
    }
    return out.toString();
  }

  /** " · analysed N of M articles" when an analysis read only part of them (see {@code AnalysisPolicy}), else "". */
  private static String sampleNote(Analysis.Sample sample) {
    return sample.partial() ? " · analysed " + sample.analysed().size() + " of " + sample.articles()
        + " articles (every outlet and day first)" : "";
  }

  private void event(Analysis.EventReport report) {
    Event event = report.event();
    line("");
    String heading = "Event " + event.id() + " · " + (event.date() == null ? "undated" : event.date()) + " · "
        + report.origins().summary() + sampleNote(report.sample());
    line(markdown ? "### " + heading : "  " + heading);
    for (ClusterChange change : report.changes()) {
      line((markdown ? "- " : "    ") + "Id change: " + describe(change));
    }
    int unlisted = 0;
    for (String id : event.articles()) {
      Article article = articles.get(id);
      if (article == null) {
        unlisted++;
        continue;
      }
      String published = article.published() == null ? "undated   " : article.published().date().toString();
      String row = published + "  " + (article.outlet() == null ? "(outlet unknown)" : article.outlet()) + " — "
          + (article.headline() == null ? "(no headline)" : article.headline()) + "  [" + article.source() + "]";
      line(markdown ? "- " + row : "    " + row);
    }
    if (unlisted > 0) {
      line((markdown ? "- " : "    ") + "… and " + unlisted + " more articles not read for this report");
    }
    List<String> named = report.entities().stream()
        .filter(entity -> entity.articles().size() > 1)
        .limit(8)
        .map(entity -> entity.name() + " (" + entity.articles().size() + ")")
        .toList();
    if (!named.isEmpty()) {
      line((markdown ? "- Named by several outlets: " : "    Named by several outlets: ") + String.join(", ", named));
    }
    facts(report);
    List<QuoteGroup> shared = report.quotes().stream().filter(group -> group.articleCount() > 1).toList();
    if (!shared.isEmpty()) {
      line(markdown ? "" : "    Quoted by several outlets:");
      for (QuoteGroup group : shared) {
        line((markdown ? "- **" : "      ") + group.speaker() + (markdown ? "**" : "") + ", " + group.articleCount() + " articles:");
        for (QuoteVariant variant : group.variants()) {
          line((markdown ? "  - " : "        ") + "“" + variant.text() + "” [" + sourceOf(variant.article()) + "]");
        }
      }
    }
  }

  private void facts(Analysis.EventReport report) {
    List<Fact> facts = report.comparison().facts();
    long agreed = facts.stream().filter(fact -> fact.kind() == Fact.Kind.AGREED).count();
    long partial = facts.stream().filter(fact -> fact.kind() == Fact.Kind.PARTIAL).count();
    line((markdown ? "- " : "    ") + "Facts: " + agreed + " agreed by several outlets, " + partial
        + " reported by one only");
    for (Fact fact : facts) {
      if (fact.kind() == Fact.Kind.CONFLICT) {
        line((markdown ? "- Conflict: " : "    Conflict: ") + fact.text() + " ["
            + fact.articles().stream().map(this::sourceOf).collect(Collectors.joining("; ")) + "]");
      }
    }
    for (Framing.WordChoice choice : report.comparison().framing().wordChoices()) {
      line((markdown ? "- " : "    ") + "Words for " + choice.referent() + ": " + String.join(", ", choice.terms()));
    }
  }

  private String describe(ClusterChange change) {
    return ChangeLine.of(change, id -> articles.containsKey(id) ? sourceOf(id) : id);
  }

  /** The outlet (else the input) of an article; its id when the report does not hold it. */
  private String sourceOf(String articleId) {
    Article article = articles.get(articleId);
    if (article == null) {
      return articleId;
    }
    return article.outlet() != null ? article.outlet() : article.source();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
