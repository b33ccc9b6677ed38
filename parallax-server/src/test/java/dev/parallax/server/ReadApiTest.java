package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadApiTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(ParallaxServer.Settings.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void statusCountsTheDemoCorpus() {
    JsonNode status = server.get("/api/status").json();
    assertEquals(10, status.get("articles").asInt());
    assertEquals(2, status.get("stories").asInt());
    assertFalse(status.get("writable").asBoolean());
  }

  @Test
  void storiesArePagedAndSayTheirTotal() {
    TestServer.Answer first = server.get("/api/stories?limit=1");
    assertEquals(200, first.status());
    assertEquals(2, first.json().get("total").asInt());
    assertEquals(1, first.json().get("items").size());
    JsonNode second = server.get("/api/stories?limit=1&offset=1").json();
    assertEquals(1, second.get("items").size());
    assertFalse(first.json().at("/items/0/id").equals(second.at("/items/0/id")));
    JsonNode beyond = server.get("/api/stories?offset=50").json();
    assertEquals(2, beyond.get("total").asInt());
    assertEquals(0, beyond.get("items").size());
  }

  @Test
  void badPagingIsA400WithAJsonBody() {
    for (String query : new String[] {"limit=0", "limit=501", "limit=ten", "offset=-1"}) {
      TestServer.Answer answer = server.get("/api/stories?" + query);
      assertEquals(400, answer.status(), query);
      assertEquals("bad_request", answer.json().at("/error/code").asText(), query);
      assertFalse(answer.json().at("/error/message").asText().isBlank(), query);
    }
  }

  @Test
  void oneStoryHoldsEverythingItsPageShows() {
    String id = server.get("/api/stories").json().at("/items/0/id").asText();
    JsonNode page = server.get("/api/stories/" + id).json();
    assertEquals(id, page.at("/story/id").asText());
    int articles = page.at("/summary/articles").asInt();
    assertEquals(articles, page.get("articles").size());
    assertEquals(page.at("/story/events").size(), page.get("events").size());
    int covered = 0;
    for (JsonNode day : page.get("coverage")) {
      covered += day.get("articles").asInt();
    }
    assertEquals(articles, covered);
    assertTrue(page.at("/story/brief/sentences").size() > 0);
    for (JsonNode event : page.get("events")) {
      for (JsonNode group : event.get("quotes")) {
        for (JsonNode variant : group.get("variants")) {
          String body = findArticle(page, variant.get("article").asText()).get("body").asText();
          assertEquals(variant.get("text").asText(), body.substring(variant.get("start").asInt(), variant.get("end").asInt()));
        }
      }
    }
  }

  private static JsonNode findArticle(JsonNode page, String id) {
    for (JsonNode article : page.get("articles")) {
      if (article.get("id").asText().equals(id)) {
        return article;
      }
    }
    throw new AssertionError("no article " + id + " in the story page");
  }

  @Test
  void unknownIdsAre404WithAJsonBody() {
    for (String path : new String[] {"/api/stories/nope", "/api/events/nope", "/api/articles/nope", "/api/nothing", "/assets/secret.txt"}) {
      TestServer.Answer answer = server.get(path);
      assertEquals(404, answer.status(), path);
      assertEquals("not_found", answer.json().at("/error/code").asText(), path);
    }
  }

  @Test
  void aKnownPathWithAnotherMethodIs405() {
    TestServer.Answer answer = server.post("/api/stories", "application/json", "{}", null);
    assertEquals(405, answer.status());
    assertEquals("method_not_allowed", answer.json().at("/error/code").asText());
  }

  @Test
  void eventsAndArticlesListAndResolve() {
    JsonNode events = server.get("/api/events?limit=500").json();
    assertEquals(4, events.get("total").asInt());
    JsonNode event = events.at("/items/0");
    assertEquals(event, server.get("/api/events/" + event.get("id").asText()).json());
    String articleId = event.at("/articles/0").asText();
    JsonNode article = server.get("/api/articles/" + articleId).json();
    assertEquals(event.get("id").asText(), article.get("event").asText());
    assertEquals(event.get("story").asText(), article.get("story").asText());
    assertTrue(article.get("body").asText().length() > 100);
    assertEquals(10, server.get("/api/articles?limit=3").json().get("total").asInt());
  }

  @Test
  void searchFindsStoriesEventsAndArticles() {
    JsonNode articles = server.get("/api/articles?q=spillway").json();
    assertTrue(articles.get("total").asInt() >= 1);
    assertEquals("spillway", articles.get("query").asText());
    String story = articles.at("/items/0/story").asText();
    JsonNode stories = server.get("/api/stories?q=spillway").json();
    assertEquals(1, stories.get("total").asInt());
    assertEquals(story, stories.at("/items/0/id").asText());
    assertTrue(server.get("/api/events?q=spillway").json().get("total").asInt() >= 1);
    assertEquals(0, server.get("/api/stories?q=xylophonequartz").json().get("total").asInt());
  }

  @Test
  void exportIsTheJsonContract() {
    TestServer.Answer answer = server.get("/api/export");
    assertEquals(200, answer.status());
    for (String key : new String[] {"articles", "errors", "events", "stories"}) {
      assertTrue(answer.json().has(key), key);
    }
    assertEquals(10, answer.json().get("articles").size());
  }

  @Test
  void thePageAndItsAssetsAreServedWithAStrictPolicy() {
    TestServer.Answer page = server.get("/");
    assertEquals(200, page.status());
    assertTrue(page.raw().body().contains("/assets/app.js"));
    String policy = page.raw().headers().firstValue("content-security-policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
    assertEquals(200, server.get("/assets/app.js").status());
    assertEquals(200, server.get("/assets/style.css").status());
  }
}
