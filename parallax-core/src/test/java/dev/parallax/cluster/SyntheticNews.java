package dev.parallax.cluster;

import dev.parallax.model.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.EntityType;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationTime;
import dev.parallax.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Annotated articles for clusterer tests, reproducible from a seed: stories of several events
 * over weeks, each event reported by a few articles on its day, mixing general, story and event
 * words with the event's named people. Dated over {@code days} days, so stories close.
 */
final class SyntheticNews {

  private SyntheticNews() {}

  static List<AnnotatedArticle> articles(int count, int days, long seed) {
    Random random = new Random(seed);
    List<AnnotatedArticle> out = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 3, 1);
    int event = 0;
    while (out.size() < count) {
      int story = event / 4;
      LocalDate day = start.plusDays((long) out.size() * days / count);
      int size = 1 + random.nextInt(6);
      for (int i = 0; i < size && out.size() < count; i++) {
        out.add(article("a" + out.size(), day, story, event, random));
      }
      event++;
    }
    return out;
  }

  private static AnnotatedArticle article(String id, LocalDate day, int story, int event, Random random) {
    StringBuilder body = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int sentence = 0; sentence < 8; sentence++) {
      for (int w = 0; w < 10; w++) {
        int kind = random.nextInt(10);  // 2 in 10 general words, 4 the story's, 4 the event's
        String word = kind < 2 ? "common" + random.nextInt(300) : kind < 6 ? "story" + story + "x" + random.nextInt(12)
            : "event" + event + "y" + random.nextInt(8);
        body.append(w == 0 ? "" : " ").append(word);
      }
      int who = event % 7 == 0 ? story : event;
      String name = "Person" + who + " Surname" + who;
      body.append(" met ");
      int at = body.length();
      body.append(name);
      mentions.add(new Mention(new Span(at, body.length()), EntityType.PERSON, name));
      body.append(". ");
    }
    String text = body.toString().strip();
    Article article = new Article(id, id + ".txt", null, "Outlet" + random.nextInt(5), "Event" + event + "y1 story" + story + "x1",
        PublicationTime.of(day), List.of(), text, List.of(new Span(0, text.length())), List.of(), List.of(), List.of(),
        "en");
    return new AnnotatedArticle(article, List.of(new Span(0, text.length())), mentions, List.of(), List.of(), List.of(),
        List.of(new Span(0, text.length())), day);
  }
}
