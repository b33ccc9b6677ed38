package dev.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingEvaluationTest {

  @TempDir
  Path folder;

  @Test
  void aMarkedPhraseHoldingAWordChoiceIsShownAndOneWithoutIsNot() throws Exception {
    Files.writeString(folder.resolve("docs.jsonl"), """
        {"id": "a_1", "title": "Rioters clash with police in Tessel", "text": "Hundreds of rioters clashed with police in Tessel on Monday.\\nThe mayor called for calm.", "event": "e"}
        {"id": "a_2", "title": "Protest in Tessel", "text": "Hundreds of protesters marched peacefully through Tessel on Monday.\\nThe mayor called for calm.", "event": "e"}
        """);
    Files.createDirectories(folder.resolve("annotations"));
    Files.writeString(folder.resolve("annotations/a_1_ann.json"), """
        {"phrase-level-annotations": [
          {"bias": "lex", "quote": "no", "txt": "hundreds of rioters"},
          {"bias": "lex", "quote": "no", "txt": "clashed"},
          {"bias": "inf", "quote": "no", "txt": "The mayor called for calm."}]}
        """);
    FramingEvaluation.Result result = new FramingEvaluation().run(folder);
    assertEquals(1, result.events());
    assertEquals(2, result.phrases());
    assertEquals(1, result.shown());
    assertEquals(0.5, result.share(), 1e-9);
  }
}
