package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cluster.Clusterer;
import dev.parallax.model.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleBenchmarkTest {

  @Test
  void theStreamIsReproducibleAndInDayOrder() {
    List<AnnotatedArticle> a = new ArticleStream(500, 7).next(500);
    List<AnnotatedArticle> b = new ArticleStream(500, 7).next(500);
    assertEquals(500, a.size());
    assertEquals(a.get(123).body(), b.get(123).body());
    for (int i = 1; i < a.size(); i++) {
      assertTrue(!a.get(i).article().published().date().isBefore(a.get(i - 1).article().published().date()));
    }
    for (AnnotatedArticle article : a) {
      article.mentions().forEach(m -> assertEquals(m.entity(),
          article.body().substring(m.span().start(), m.span().end())));
    }
  }

  @Test
  void theBenchmarkClustersTheStreamAndScoresIt() {
    List<String> progress = new ArrayList<>();
    ScaleBenchmark.Result result = new ScaleBenchmark(Clusterer.Settings.DEFAULTS).run(1000, 250, 1, progress::add);
    assertEquals(1000, result.articles());
    assertEquals(1000, result.scores().items());
    assertTrue(result.scores().bcubedF1() > 0.9, "B-cubed F1 " + result.scores().bcubedF1());
    assertEquals(4, progress.size());
    assertTrue(result.articlesPerCpuSecond() > 0 && result.heapMiB() > 0);
  }
}
