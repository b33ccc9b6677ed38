package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir
  Path temp;

  @Test
  void articleTextIsEscapedAndCitedSpansAreHighlightedWithAnchors() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    Files.writeString(folder.resolve("hostile.txt"), """
        Council <script>alert('x')</script> votes on ferry fares

        Valley Courier NEWS
        Published May 14,2025

        The council of Tessel voted on Tuesday to cut ferry fares by a third, officials said <img src=x onerror=alert(1)>.

        "Fares had become a wall between the islands and the town," councillor Ada Wenk said after the vote.

        The new fares apply from June and will cost the town about 2 million crowns a year, the treasurer said.
        """);
    Cli cli = Cli.run("analyze", folder.toString(), "--format", "html");
    assertEquals(0, cli.exitCode(), cli.err());
    String html = cli.out();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("<script"), "a script tag from the article reached the page");
    assertFalse(html.contains("<img"), "an img tag from the article reached the page");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("<mark id=\"a-"), "cited spans are highlighted");
    assertTrue(html.contains("class=\"cite\" href=\"#a-"), "brief sentences link to their spans");
  }
}
