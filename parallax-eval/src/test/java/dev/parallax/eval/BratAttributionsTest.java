package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratAttributionsTest {

  @TempDir
  Path temp;

  @Test
  void discontinuousContentMultiLineTextAndMissingSourceAreRead() throws IOException {
    Path file = temp.resolve("a_0001.ann");
    Files.writeString(file, String.join("\n",
        "T1\tContent 0 10;20 30\tfirst half second half",
        "T2\tSource 12 18\tBrell",
        "T3\tCue 12 16\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        "T4\tContent 40 60\ta quote that runs",
        "over two lines",
        "E2\tAttribution-no-source:T3 Content:T4 Cue:T3",
        "T5\tContent 90 120\tbeyond the text",
        "E3\tAttribution:T3 Content:T5",
        "#1\tAnnotatorNotes T1\tcheck this"));
    List<BratAttributions.Attribution> read = BratAttributions.read(file, 80);
    assertEquals(2, read.size(), read::toString);
    assertEquals(List.of(new Span(0, 10), new Span(20, 30)), read.get(0).content());
    assertEquals(List.of(new Span(12, 18)), read.get(0).source());
    assertEquals(List.of(new Span(40, 60)), read.get(1).content());
    assertEquals(List.of(), read.get(1).source());
  }

  @Test
  void wordTokensAreIdentifiedByTheirStart() {
    assertEquals(Set.of(0, 6, 9, 15), WordTokens.starts("Yes, “we will” go", List.of(new Span(0, 13),
        new Span(15, 17))));
  }
}
