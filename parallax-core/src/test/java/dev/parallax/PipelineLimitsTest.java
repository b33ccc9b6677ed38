package dev.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.cluster.Clusterer;
import dev.parallax.model.ErrorCode;
import dev.parallax.model.IngestError;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineLimitsTest {

  @Test
  void anArticleOverTheWordLimitIsRefusedAsTooLarge() {
    try (Parallax parallax = Parallax.builder().maxWordsPerArticle(30).build()) {
      IngestReport report = parallax.ingest(List.of(ArticleVersionsTest.page(ArticleVersionsTest.URL, "")), List.of());
      assertEquals(List.of(), report.added());
      assertEquals(List.of(new IngestError(ArticleVersionsTest.URL, ErrorCode.TOO_LARGE,
          "the article has over 30 words, the limit per article; not stored")), report.errors());
    }
  }

  @Test
  void aFullEventTakesNoMoreArticles() {
    List<String> urls = List.of("https://a.example.org/pier", "https://b.example.org/pier", "https://c.example.org/pier");
    for (int cap : new int[] {Clusterer.Settings.DEFAULT_MAX_EVENT_ARTICLES, 2}) {
      try (Parallax parallax = Parallax.builder()
          .clusterSettings(Clusterer.Settings.DEFAULTS.withMaxEventArticles(cap)).build()) {
        parallax.ingest(urls.stream().map(url -> ArticleVersionsTest.page(url, "")).toList(), List.of());
        List<Integer> sizes = parallax.analysis().events().stream().map(e -> e.event().articles().size()).toList();
        assertEquals(cap == 2 ? List.of(2, 1) : List.of(3), sizes, "cap " + cap);
      }
    }
  }
}
