package dev.parallax.server.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.Analysis;
import dev.parallax.IngestReport;
import dev.parallax.ReclusterReport;
import dev.parallax.brief.BriefSentence;
import dev.parallax.brief.Citation;
import dev.parallax.compare.EventEntity;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.Story;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of {@code analyze --format json} (see docs/JSON.md), shared by the command
 * line and the REST API so both speak the same shapes: whole reports as text, and single
 * articles, events and stories as nodes to embed in API responses.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The whole analysis: articles, errors, events, stories, id changes. */
  public static String of(Analysis analysis) {
    return write(tree(analysis));
  }

  /** The whole analysis as a tree, for embedding. */
  public static ObjectNode tree(Analysis analysis) {
    ObjectNode root = MAPPER.createObjectNode();
    articles(root.putArray("articles"), analysis.articles());
    errors(root.putArray("errors"), analysis.errors());
    ArrayNode events = root.putArray("events");
    for (Analysis.EventReport report : analysis.events()) {
      event(events.addObject(), report);
    }
    ArrayNode stories = root.putArray("stories");
    for (Analysis.StoryReport report : analysis.stories()) {
      story(stories.addObject(), report);
    }
    changes(root.putArray("changes"), analysis.changes());
    return root;
  }

  /** {@code {"articles": [...], "errors": [...]}} for the extract command. */
  public static String ofArticles(List<Article> articles, List<IngestError> errors) {
    ObjectNode root = MAPPER.createObjectNode();
    articles(root.putArray("articles"), articles);
    errors(root.putArray("errors"), errors);
    return write(root);
  }

  /** What an ingest did: counts, the new article ids, new versions, duplicates and errors. */
  public static String ofIngest(IngestReport report) {
    return write(ingest(report));
  }

  /** What an ingest did, as a tree. */
  public static ObjectNode ingest(IngestReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode added = root.putArray("added");
    report.added().forEach(article -> added.addObject().put("id", article.id()).put("source", article.source()));
    ArrayNode duplicates = root.putArray("duplicates");
    report.duplicates().forEach(d -> duplicates.addObject().put("source", d.source()).put("article", d.articleId()));
    ArrayNode versions = root.putArray("versions");
    report.versions().forEach(v -> versions.addObject().put("source", v.source()).put("article", v.articleId())
        .put("previous", v.previousId()));
    errors(root.putArray("errors"), report.errors());
    return root;
  }

  /**
   * What a re-clustering did: {@code {"articles", "events": {"before", "after"}, "stories":
   * {"before", "after"}, "merges", "splits", "stored", "changes": [...]}}.
   */
  public static String ofRecluster(ReclusterReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("articles", report.articles());
    root.putObject("events").put("before", report.eventsBefore()).put("after", report.eventsAfter());
    root.putObject("stories").put("before", report.storiesBefore()).put("after", report.storiesAfter());
    root.put("merges", report.count(ClusterChange.Kind.MERGE)).put("splits", report.count(ClusterChange.Kind.SPLIT));
    root.put("stored", report.stored());
    changes(root.putArray("changes"), report.changes());
    return write(root);
  }

  /** {@code {"changes": [...]}}: a store's recorded id changes. */
  public static String ofChanges(List<ClusterChange> changes) {
    ObjectNode root = MAPPER.createObjectNode();
    changes(root.putArray("changes"), changes);
    return write(root);
  }

  private static void articles(ArrayNode out, List<Article> articles) {
    articles.forEach(article -> article(out.addObject(), article));
  }

  /** Fills {@code node} with one article in the contract's shape. */
  public static ObjectNode article(ObjectNode node, Article article) {
    node.put("id", article.id());
    node.put("source", article.source());
    node.put("url", article.url());
    node.put("outlet", article.outlet());
    node.put("headline", article.headline());
    node.put("published", article.published() == null ? null : article.published().iso());
    node.put("modified", article.modified() == null ? null : article.modified().iso());
    node.put("section", article.section());
    strings(node.putArray("authors"), article.authors());
    node.put("language", article.language());
    node.put("body", article.body());
    strings(node.putArray("boilerplate"), article.boilerplate());
    strings(node.putArray("captions"), article.captions());
    strings(node.putArray("credits"), article.credits());
    return node;
  }

  /** Appends each ingest error ({@code source}, {@code code}, {@code message}) to {@code out}. */
  public static void errors(ArrayNode out, List<IngestError> errors) {
    for (IngestError error : errors) {
      out.addObject().put("source", error.source()).put("code", error.code().code()).put("message", error.message());
    }
  }

  /** Fills {@code node} with one event in the contract's shape. */
  public static ObjectNode event(ObjectNode node, Analysis.EventReport report) {
    Event event = report.event();
    node.put("id", event.id());
    node.put("date", event.date() == null ? null : event.date().toString());
    node.put("story", event.story());
    strings(node.putArray("articles"), event.articles());
    ObjectNode origins = node.putObject("origins")
        .put("articles", report.origins().articles())
        .put("outlets", report.origins().outlets())
        .put("independent", report.origins().origins());
    ArrayNode copies = origins.putArray("copies");
    report.origins().copies().forEach(group -> strings(copies.addArray(), group));
    ArrayNode entities = node.putArray("entities");
    for (EventEntity entity : report.entities()) {
      ObjectNode out = entities.addObject()
          .put("name", entity.name())
          .put("type", entity.type().name().toLowerCase(Locale.ROOT))
          .put("mentions", entity.mentions());
      strings(out.putArray("articles"), entity.articles());
    }
    ArrayNode quotes = node.putArray("quotes");
    for (QuoteGroup group : report.quotes()) {
      ObjectNode quote = quotes.addObject();
      quote.put("speaker", group.speaker());
      ArrayNode variants = quote.putArray("variants");
      for (QuoteVariant variant : group.variants()) {
        variants.addObject()
            .put("article", variant.article())
            .put("text", variant.text())
            .put("start", variant.span().start())
            .put("end", variant.span().end())
            .put("kind", variant.kind().name().toLowerCase(Locale.ROOT))
            .put("rendering", variant.rendering().name().toLowerCase(Locale.ROOT))
            .put("similarity", variant.similarity());
      }
    }
    ComparisonJson.write(node, report.comparison());
    changes(node.putArray("changes"), report.changes());
    sample(node, report.sample());
    return node;
  }

  /**
   * {@code "sample": {"articles", "analysed", "partial"}}: how many of the articles the entities,
   * quotes, facts, framing, timeline and brief were read from (coverage and origins count all).
   */
  private static void sample(ObjectNode node, Analysis.Sample sample) {
    node.putObject("sample").put("articles", sample.articles()).put("analysed", sample.analysed().size())
        .put("partial", sample.partial());
  }

  /**
   * Appends each recorded id change ({@code kind}, {@code from}, {@code to}, {@code at},
   * {@code cause}, {@code article}) to {@code out}.
   */
  public static void changes(ArrayNode out, List<ClusterChange> changes) {
    for (ClusterChange change : changes) {
      ObjectNode node = out.addObject().put("kind", change.kind().name().toLowerCase(Locale.ROOT));
      strings(node.putArray("from"), change.from());
      strings(node.putArray("to"), change.to());
      node.put("at", change.at().toString())
          .put("cause", change.cause().name().toLowerCase(Locale.ROOT))
          .put("article", change.article());
    }
  }

  /** Fills {@code node} with one story and its brief in the contract's shape. */
  public static ObjectNode story(ObjectNode node, Analysis.StoryReport report) {
    Story story = report.story();
    node.put("id", story.id());
    node.put("title", story.title());
    strings(node.putArray("events"), story.events());
    ArrayNode sentences = node.putObject("brief").putArray("sentences");
    for (BriefSentence sentence : report.brief().sentences()) {
      ObjectNode out = sentences.addObject();
      out.put("text", sentence.text());
      out.put("section", sentence.section().name().toLowerCase(Locale.ROOT));
      ArrayNode citations = out.putArray("citations");
      for (Citation citation : sentence.citations()) {
        citations.addObject().put("article", citation.article())
            .put("start", citation.span().start()).put("end", citation.span().end());
      }
    }
    ComparisonJson.write(node, report.comparison());
    changes(node.putArray("changes"), report.changes());
    sample(node, report.sample());
    return node;
  }

  static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
