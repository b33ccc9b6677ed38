package dev.parallax.server.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Coverage;
import dev.parallax.compare.Fact;
import dev.parallax.compare.FactStatement;
import dev.parallax.compare.Framing;
import dev.parallax.compare.Timeline;
import dev.parallax.model.Span;
import java.util.Locale;

/** The comparison part of an event or story in the JSON of {@code analyze} (see docs/JSON.md). */
final class ComparisonJson {

  private ComparisonJson() {}

  static void write(ObjectNode node, Comparison comparison) {
    coverage(node.putObject("coverage"), comparison.coverage());
    ArrayNode facts = node.putArray("facts");
    comparison.facts().forEach(fact -> fact(facts.addObject(), fact));
    framing(node.putObject("framing"), comparison.framing());
    ArrayNode timeline = node.putArray("timeline");
    for (Timeline.Entry entry : comparison.timeline().entries()) {
      ObjectNode out = timeline.addObject().put("date", entry.date().toString()).put("text", entry.text());
      ArrayNode sources = out.putArray("sources");
      entry.sources().forEach(source -> span(sources.addObject().put("article", source.article()), source.span()));
    }
  }

  private static void coverage(ObjectNode node, Coverage coverage) {
    node.put("outlets", coverage.outlets());
    node.put("first", coverage.first());
    ArrayNode reports = node.putArray("reports");
    for (Coverage.Report report : coverage.reports()) {
      ObjectNode out = reports.addObject()
          .put("article", report.article())
          .put("outlet", report.outlet())
          .put("published", report.published() == null ? null : report.published().iso());
      JsonReport.strings(out.putArray("credits"), report.credits());
    }
  }

  private static void fact(ObjectNode node, Fact fact) {
    node.put("text", fact.text());
    node.put("kind", fact.kind().name().toLowerCase(Locale.ROOT));
    JsonReport.strings(node.putArray("articles"), fact.articles());
    ArrayNode statements = node.putArray("statements");
    for (FactStatement statement : fact.statements()) {
      ObjectNode out = statements.addObject().put("article", statement.article());
      span(out, statement.span());
      out.put("stance", statement.stance().name().toLowerCase(Locale.ROOT));
      if (statement.figure() != null) {
        out.put("figure", statement.figure());
      }
    }
    JsonReport.strings(node.putArray("absent"), fact.absent());
  }

  private static void framing(ObjectNode node, Framing framing) {
    ArrayNode choices = node.putArray("wordChoices");
    for (Framing.WordChoice choice : framing.wordChoices()) {
      ObjectNode out = choices.addObject().put("referent", choice.referent());
      JsonReport.strings(out.putArray("terms"), choice.terms());
      ArrayNode wordings = out.putArray("wordings");
      choice.wordings().forEach(wording -> wording(wordings.addObject(), wording));
    }
    ArrayNode verbs = node.putArray("headlineVerbs");
    for (Framing.HeadlineVerb verb : framing.headlineVerbs()) {
      ObjectNode out = verbs.addObject().put("article", verb.article()).put("headline", verb.headline());
      JsonReport.strings(out.putArray("verbs"), verb.verbs());
    }
    ArrayNode voices = node.putArray("firstVoices");
    for (Framing.FirstVoice voice : framing.firstVoices()) {
      span(voices.addObject().put("article", voice.article()).put("speaker", voice.speaker()), voice.span());
    }
    ArrayNode quoted = node.putArray("quoteOnlyWords");
    for (Framing.QuotedWord word : framing.quoteOnlyWords()) {
      ObjectNode out = quoted.addObject().put("word", word.word());
      ArrayNode uses = out.putArray("uses");
      word.uses().forEach(use -> wording(uses.addObject(), use));
    }
  }

  private static void wording(ObjectNode node, Framing.Wording wording) {
    node.put("term", wording.term()).put("article", wording.article());
    if (wording.inHeadline()) {
      node.put("where", "headline");
    } else {
      node.put("where", wording.quoted() ? "quote" : "own voice");
      span(node, wording.span());
    }
  }

  private static void span(ObjectNode node, Span span) {
    node.put("start", span.start()).put("end", span.end());
  }
}
