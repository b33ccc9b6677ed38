package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  private static final Path SAMPLES = Cli.repositoryRoot().resolve("samples");

  @TempDir
  Path temp;

  @Test
  void aStoreWrittenByOneRunIsReadByTheNextAndExtendedLater() throws IOException {
    Path store = temp.resolve("store");
    List<Path> files;
    try (var listing = Files.list(SAMPLES)) {
      files = listing.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    Path firstHalf = copy(files.subList(0, files.size() / 2), temp.resolve("first"));
    Path secondHalf = copy(files.subList(files.size() / 2, files.size()), temp.resolve("second"));

    Cli ingest = Cli.run("ingest", firstHalf.toString(), "--store", store.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    JsonNode before = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
    assertEquals(files.size() / 2, before.get("articles").size());

    JsonNode again = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
    assertEquals(before, again, "a second reader sees the same stories");

    Cli repeat = Cli.run("ingest", firstHalf.toString(), "--store", store.toString());
    assertTrue(repeat.out().startsWith("added 0 articles"), repeat.out());

    assertEquals(0, Cli.run("ingest", secondHalf.toString(), "--store", store.toString()).exitCode());
    JsonNode after = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
    assertEquals(files.size(), after.get("articles").size());
    Map<String, JsonNode> eventsAfter = new HashMap<>();
    after.get("events").forEach(event -> eventsAfter.put(event.get("id").asText(), event));
    for (JsonNode event : before.get("events")) {
      JsonNode grown = eventsAfter.get(event.get("id").asText());
      assertTrue(grown != null, "event " + event.get("id") + " kept its id");
      for (JsonNode member : event.get("articles")) {
        assertTrue(grown.get("articles").toString().contains(member.asText()), "event kept its members");
      }
    }
  }

  @Test
  void aStoreIngestedInOneProcessIsReadInAnother() throws Exception {
    Path store = temp.resolve("store");
    Process ingest = java("ingest", SAMPLES.toString(), "--store", store.toString());
    assertEquals(0, ingest.waitFor(), Files.readString(temp.resolve("child-stderr.txt")));
    // An ASCII locale must not garble the output: it is UTF-8 whatever the locale.
    Process stories = java(Map.of("LC_ALL", "C", "LANG", "C"), "stories", "--store", store.toString(), "--format", "json");
    String out = new String(stories.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, stories.waitFor());
    JsonNode inProcess = Cli.run("stories", "--store", store.toString(), "--format", "json").json();
    assertEquals(inProcess, new com.fasterxml.jackson.databind.ObjectMapper().readTree(out));
    assertTrue(inProcess.get("stories").size() >= 2);
  }

  /** Runs {@code parallax} in a child JVM with this test's class path. */
  private Process java(String... args) throws IOException {
    return java(Map.of(), args);
  }

  /** Runs {@code parallax} in a child JVM with this test's class path and {@code environment} added. */
  private Process java(Map<String, String> environment, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(temp.resolve("child-stderr.txt").toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  @Test
  void badInputsAreNamedAndTheRestOfTheBatchGoesOn() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("mixed"));
    Files.copy(SAMPLES.resolve(firstTextSample()), folder.resolve("good.txt"));
    Files.write(folder.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 3, 0, 'b'});
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(folder.resolve("menu.html"), "<html><body><nav>Home | World</nav></body></html>");

    Cli cli = Cli.run("analyze", folder.toString(), "--format", "json");
    assertEquals(ExitCodes.INPUTS_REJECTED, cli.exitCode(), cli.err());
    JsonNode json = cli.json();
    assertEquals(1, json.get("articles").size());
    Map<String, String> codes = new HashMap<>();
    json.get("errors").forEach(error -> codes.put(Path.of(error.get("source").asText()).getFileName().toString(),
        error.get("code").asText()));
    assertEquals(Map.of("binary.txt", "binary", "empty.txt", "empty", "latin1.txt", "invalid_encoding",
        "menu.html", "no_article"), codes);
    for (String name : codes.keySet()) {
      assertTrue(cli.err().contains(name), "stderr names " + name + ": " + cli.err());
    }
  }

  @Test
  void everyCommandTeachesItsUse() {
    for (String command : List.of("analyze", "ingest", "stories", "story", "extract", "search", "eval")) {
      Cli help = Cli.run(command, "--help");
      assertEquals(0, help.exitCode(), command);
      assertTrue(help.out().contains("Usage: parallax " + command), help.out());
      assertTrue(help.out().contains("Example:"), command + " help has an example");
    }
    Cli top = Cli.run("--help");
    assertTrue(top.out().contains("Exit codes"), top.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(ExitCodes.USAGE, Cli.run("analyze").exitCode());
    assertEquals(ExitCodes.USAGE, Cli.run("stories").exitCode());
    assertEquals(ExitCodes.USAGE, Cli.run("analyze", SAMPLES.toString(), "--format", "yaml").exitCode());
  }

  @Test
  void extractPrintsArticlesAndErrors() throws IOException {
    Cli cli = Cli.run("extract", SAMPLES.resolve(firstTextSample()).toString(), temp.resolve("missing.txt").toString());
    assertEquals(ExitCodes.INPUTS_REJECTED, cli.exitCode());
    JsonNode json = cli.json();
    assertEquals(1, json.get("articles").size());
    assertTrue(json.get("articles").get(0).get("body").asText().length() > 200);
    assertEquals("unreadable", json.get("errors").get(0).get("code").asText());
  }

  @Test
  void extractAndTheStoreCarryTheModifiedDateAndSection() throws IOException {
    Path page = temp.resolve("night-buses.html");
    Files.writeString(page, "<html><head><title>Council keeps the night buses</title>"
        + "<meta property=\"article:published_time\" content=\"2022-10-05T21:40:00+01:00\">"
        + "<meta property=\"article:modified_time\" content=\"2022-10-06T18:02:11+01:00\">"
        + "<meta property=\"article:section\" content=\"Transport\"></head><body><article>"
        + "<h1>Council keeps the night buses</h1><p>The county council voted on Wednesday evening to keep the three "
        + "night bus routes that were to be cut in January, after a petition gathered four thousand signatures.</p>"
        + "<p>The routes will be paid for from the parking budget for two more years, the transport lead said.</p>"
        + "</article></body></html>", StandardCharsets.UTF_8);
    JsonNode extracted = Cli.run("extract", page.toString(), "--format", "json").json().get("articles").get(0);
    assertEquals("2022-10-06T18:02:11+01:00", extracted.get("modified").asText());
    assertEquals("Transport", extracted.get("section").asText());
    Path store = temp.resolve("store");
    assertEquals(0, Cli.run("ingest", page.toString(), "--store", store.toString()).exitCode());
    JsonNode stored = Cli.run("stories", "--store", store.toString(), "--format", "json").json().get("articles").get(0);
    assertEquals("2022-10-05T21:40+01:00", stored.get("published").asText());
    assertEquals("2022-10-06T18:02:11+01:00", stored.get("modified").asText());
    assertEquals("Transport", stored.get("section").asText());
  }

  @Test
  void markdownAndTextNameEveryStory() {
    JsonNode json = Cli.run("analyze", SAMPLES.toString(), "--format", "json").json();
    String markdown = Cli.run("analyze", SAMPLES.toString(), "--format", "md").out();
    String text = Cli.run("analyze", SAMPLES.toString()).out();
    for (JsonNode story : json.get("stories")) {
      assertTrue(markdown.contains("## " + story.get("title").asText()), markdown);
      assertTrue(text.contains("STORY " + story.get("id").asText() + ": " + story.get("title").asText()), text);
    }
  }

  @Test
  void storyAndSearchReadAStore() {
    Path store = temp.resolve("store");
    Cli.run("ingest", SAMPLES.toString(), "--store", store.toString());
    Cli story = Cli.run("story", "s1", "--store", store.toString(), "--format", "json");
    assertEquals(0, story.exitCode(), story.err());
    assertEquals(1, story.json().get("stories").size());
    assertEquals(ExitCodes.USAGE, Cli.run("story", "s999", "--store", store.toString()).exitCode());
    Cli search = Cli.run("search", "port", "--store", store.toString());
    assertEquals(0, search.exitCode());
  }

  private static String firstTextSample() throws IOException {
    try (var listing = Files.list(SAMPLES)) {
      return listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
  }

  private static Path copy(List<Path> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Path file : files) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    return folder;
  }
}
