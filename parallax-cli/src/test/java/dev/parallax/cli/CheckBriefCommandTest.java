package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckBriefCommandTest {

  private static final String BODY = "Mayor Ilse Varna said the canal \\\"belongs to the people\\\" on Tuesday.";

  @TempDir
  Path temp;

  @Test
  void aKeptBriefPasses() throws Exception {
    Cli cli = check("""
        {"text": "Mayor Ilse Varna said the canal \\"belongs to the people\\" on Tuesday.",
         "citations": [{"article": "a1", "start": 0, "end": 67}]}""");
    assertEquals(0, cli.exitCode(), cli.out());
    assertTrue(cli.out().contains("0 broken rules"), cli.out());
  }

  @Test
  void anAlteredQuoteAnUnnamedPersonAndAMissingCitationAreEachReported() throws Exception {
    Cli cli = check("""
        {"text": "Varna: “belongs to all the people”", "citations": [{"article": "a1", "start": 0, "end": 67}]},
        {"text": "Police chief Karl Dunne agreed.", "citations": [{"article": "a1", "start": 0, "end": 67}]},
        {"text": "The canal was closed.", "citations": []},
        {"text": "The canal was closed.", "citations": [{"article": "a1", "start": -1, "end": 3}]}""");
    assertEquals(1, cli.exitCode(), cli.out());
    assertTrue(cli.out().contains("sentence 1: quoted words are verbatim"), cli.out());
    assertTrue(cli.out().contains("sentence 2: every name appears in a cited span: Karl Dunne"), cli.out());
    assertTrue(cli.out().contains("sentence 3: every sentence cites a valid article span: no valid citation"), cli.out());
    assertTrue(cli.out().contains("sentence 4: every sentence cites a valid article span: citation without"), cli.out());
    assertTrue(cli.out().contains("5 broken rules"), cli.out());
  }

  @Test
  void aFileThatIsNotAnAnalysisIsAUsageError() throws Exception {
    Path file = Files.writeString(temp.resolve("x.json"), "{\"hello\": 1}");
    assertEquals(2, Cli.run("check-brief", file.toString()).exitCode());
    Path broken = Files.writeString(temp.resolve("y.json"), "{not json");
    Cli cli = Cli.run("check-brief", broken.toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("is not JSON"), cli.err());
  }

  private Cli check(String sentences) throws Exception {
    String json = "{\"articles\": [{\"id\": \"a1\", \"body\": \"" + BODY + "\"}], "
        + "\"stories\": [{\"id\": \"s1\", \"brief\": {\"sentences\": [" + sentences + "]}}]}";
    return Cli.run("check-brief", Files.writeString(temp.resolve("analysis.json"), json).toString());
  }
}
