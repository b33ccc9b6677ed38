package dev.parallax;

import dev.parallax.brief.Brief;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.EventEntity;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.dedup.Origins;
import dev.parallax.model.Article;
import dev.parallax.model.ClusterChange;
import dev.parallax.model.Event;
import dev.parallax.model.IngestError;
import dev.parallax.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * Everything Parallax knows about a store, ready to show: the articles, the inputs that failed,
 * the events with their quote groups, the stories with their briefs, and the merges and
 * splits of event and story ids recorded so far ({@code changes}, oldest first).
 */
public record Analysis(List<Article> articles, List<IngestError> errors, List<EventReport> events,
    List<StoryReport> stories, List<ClusterChange> changes) {

  public Analysis {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    changes = List.copyOf(changes);
  }

  /**
   * An event and what its articles say: who they name, utterances grouped across outlets, and
   * how many independent origins its coverage has, and how the outlets compare (coverage,
   * facts, framing, timeline), and the recorded merges and splits that name it. Entities, quotes and
   * facts come from the articles of its {@code sample}; coverage and origins count every article.
   */
  public record EventReport(Event event, List<EventEntity> entities, List<QuoteGroup> quotes, Origins origins,
      Comparison comparison, List<ClusterChange> changes, Sample sample) {
    public EventReport {
      Objects.requireNonNull(sample, "sample");
      changes = List.copyOf(changes);
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(origins, "origins");
      entities = List.copyOf(entities);
      quotes = List.copyOf(quotes);
      Objects.requireNonNull(comparison, "comparison");
    }
  }

  /**
   * A story, titled, with its brief, the comparison of all its articles, and the recorded
   * merges and splits that name it or one of its events. The brief and comparison come from the
   * articles of its {@code sample}.
   */
  public record StoryReport(Story story, Brief brief, Comparison comparison, List<ClusterChange> changes,
      Sample sample) {
    public StoryReport {
      Objects.requireNonNull(sample, "sample");
      changes = List.copyOf(changes);
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(brief, "brief");
      Objects.requireNonNull(comparison, "comparison");
    }
  }

  /**
   * Which articles an analysis read, when an event or story is too large to read whole (see
   * {@link AnalysisPolicy}): {@code analysed} of its {@code articles} articles, the analysed ones'
   * ids in the order the policy chose them (every outlet and day first).
   */
  public record Sample(int articles, List<String> analysed) {
    public Sample {
      analysed = List.copyOf(analysed);
      if (analysed.size() > articles) {
        throw new IllegalArgumentException("a sample of " + analysed.size() + " from " + articles + " articles");
      }
    }

    /** Whether some articles were left out. */
    public boolean partial() {
      return analysed.size() < articles;
    }
  }
}
